package io.sprecher.lexicon;

import java.util.List;
import java.util.Locale;

/**
 * The grammatical gender of nouns that head organisations' names, from a lexicon matched by the
 * longest ending ("Staatsanwaltschaft" is feminine by "schaft", "Gerichtshof" masculine by "hof").
 */
public final class NounGenders {

  /** A gender, with the ending it gives an adjective in the nominative without an article. */
  public enum Gender {
    MASCULINE("er"),
    FEMININE("e"),
    NEUTER("es"),
    PLURAL("e");

    private final String strongEnding;

    Gender(String strongEnding) {
      this.strongEnding = strongEnding;
    }

    /** "Auswärtig-es Amt", "Bayerisch-er Rundfunk", "Europäisch-e Union", "Vereint-e Nationen". */
    public String strongEnding() {
      return strongEnding;
    }

    static Gender of(String code) {
      return switch (code) {
        case "m" -> MASCULINE;
        case "f" -> FEMININE;
        case "n" -> NEUTER;
        case "pl" -> PLURAL;
        default -> throw new IllegalStateException("unknown gender '" + code + "' in lexicon");
      };
    }
  }

  private record Entry(String ending, Gender gender) {}

  private final List<Entry> entries;

  public NounGenders() {
    this.entries =
        ResourceLines.readColumns(NounGenders.class, "noun-genders.tsv").stream()
            .map(c -> new Entry(c[0].toLowerCase(Locale.GERMAN), Gender.of(c[1].strip())))
            .toList();
  }

  /** The gender of {@code noun} by the longest listed ending it has, or null when none fits. */
  public Gender of(String noun) {
    String w = noun.toLowerCase(Locale.GERMAN);
    Entry best = null;
    for (Entry e : entries) {
      if (w.endsWith(e.ending())
          && (best == null || e.ending().length() > best.ending().length())) {
        best = e;
      }
    }
    return best == null ? null : best.gender();
  }
}
