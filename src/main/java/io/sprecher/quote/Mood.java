package io.sprecher.quote;

/** The mood of a finite verb, as far as reported speech is concerned. */
public enum Mood {
  /** Konjunktiv I: "sei", "habe", "koordiniere": the mark of indirect speech. */
  KONJUNKTIV_I,
  /** Konjunktiv II standing in for Konjunktiv I: "würden", "hätten", "könnten". */
  KONJUNKTIV_II,
  /** Anything else (indicative, or not a finite verb). */
  OTHER
}
