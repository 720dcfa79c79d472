package io.sprecher.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Inflected adjectives before a noun, recognised by their stem from a lexicon of adjective suffixes
 * and words, and given the ending of the nominative without an article ("des Auswärtigen Amtes"
 * names the "Auswärtiges Amt").
 */
public final class Adjectives {

  private static final Pattern ENDING = Pattern.compile("(en|em|er|es|e)$");

  /** The shortest stem in -t the rule takes ("vereint", "oberst"; not "Kont" of "Konten"). */
  private static final int MIN_PARTICIPLE_STEM = 5;

  private final List<String> suffixes;
  private final List<String> placeSuffixes;
  private final List<String> words;

  public Adjectives() {
    List<String[]> rows = ResourceLines.readColumns(Adjectives.class, "adjective-stems.tsv");
    this.suffixes = column(rows, "suffix");
    this.placeSuffixes = column(rows, "place");
    this.words = column(rows, "word");
  }

  private static List<String> column(List<String[]> rows, String kind) {
    return rows.stream().filter(r -> r[0].equals(kind)).map(r -> r[1].strip()).toList();
  }

  /**
   * {@code word} with the nominative ending {@code ending} in place of its own when it is an
   * inflected adjective ("Auswärtigen" with "es" gives "Auswärtiges"), else {@code word} itself.
   */
  public String withEnding(String word, String ending) {
    String lower = word.toLowerCase(Locale.GERMAN);
    var m = ENDING.matcher(lower);
    if (!m.find() || Determiners.isDeterminer(lower)) { // "einige", "dessen": no adjectives
      return word;
    }
    String stem = lower.substring(0, m.start());
    boolean capitalised = Character.isUpperCase(word.charAt(0));
    boolean bySuffix = suffixes.stream().anyMatch(stem::endsWith);
    boolean byPlaceSuffix = placeSuffixes.stream().anyMatch(stem::endsWith);
    boolean participle = stem.endsWith("t") && stem.length() >= MIN_PARTICIPLE_STEM;
    boolean adjective =
        capitalised && m.group(1).equals("er")
            ? bySuffix // "Wiener", "Frankfurter", "Leipziger": place adjectives never change
            : bySuffix || byPlaceSuffix || participle || words.contains(stem);
    return adjective ? word.substring(0, m.start()) + ending : word;
  }
}
