package io.sprecher.quote;

import io.sprecher.lexicon.WordEndings;

/** Nouns that name a source of information ("Angaben", "Bericht"), from source-nouns.txt. */
public final class SourceNouns {

  private final WordEndings endings =
      new WordEndings(SourceNouns.class, "source-nouns.txt", "not-views.txt");

  /**
   * The first part of a compound source noun ("Polizei" of "Polizeiangaben", "Regierungs" of
   * "Regierungsangaben"); empty for a bare source noun or another word.
   */
  public String prefix(String word) {
    return endings.prefix(word);
  }

  /** True when {@code word} is, or ends with, a source noun. */
  public boolean isSource(String word) {
    return endings.matches(word);
  }
}
