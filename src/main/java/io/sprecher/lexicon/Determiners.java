package io.sprecher.lexicon;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * German determiners by what the pipeline asks of them (genitive, definite, singular, relative, any
 * determiner), from one lexicon ({@code determiners.tsv}), loaded once per JVM: the words are
 * constants of the language, so the holder is immutable.
 */
public final class Determiners {

  private static final List<String> ENDINGS = List.of("", "e", "en", "em", "er", "es");
  private static final Map<String, Set<String>> KINDS = load();

  private Determiners() {}

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> kinds = new HashMap<>();
    for (String[] row : ResourceLines.readColumns(Determiners.class, "determiners.tsv")) {
      kinds.put(row[0], Set.of(row[1].strip().split(",")));
    }
    return Map.copyOf(kinds);
  }

  private static boolean is(String kind, String word) {
    return KINDS.get(kind).contains(word.toLowerCase(Locale.GERMAN));
  }

  /** "des", "seiner", "einiger": may open a genitive attribute. */
  public static boolean isGenitive(String word) {
    return is("genitive", word);
  }

  /** "des", "eines": the article of a masculine or neuter genitive singular. */
  public static boolean isGenitiveSingular(String word) {
    return is("genitive-sg", word);
  }

  /** "der", "die", "das", "dem", "den", "des". */
  public static boolean isDefinite(String word) {
    return is("definite", word);
  }

  /** "der", "ein", "eine", "das": the article of a nominative singular. */
  public static boolean isSingular(String word) {
    return is("singular", word);
  }

  /** "der", "welche", "dessen": a relative pronoun. */
  public static boolean isRelative(String word) {
    return is("relative", word);
  }

  /** Any determiner or pronoun that inflects like one ("einige", "seinen", "dessen", "die"). */
  public static boolean isDeterminer(String word) {
    String w = word.toLowerCase(Locale.GERMAN);
    if (is("definite", w) || is("relative", w)) {
      return true;
    }
    for (String stem : KINDS.get("stem")) {
      if (w.startsWith(stem) && ENDINGS.contains(w.substring(stem.length()))) {
        return true;
      }
    }
    return false;
  }
}
