package io.sprecher.article;

import io.sprecher.lexicon.ResourceLines;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells German text from text in another language, by the share of its words that are German
 * function words ({@code german-function-words.txt}): at least 7 % in every German article of the
 * project's test data, 0 % in English or Russian news. A text of at least {@value #MIN_WORDS} words
 * with less than {@value #MIN_GERMAN_SHARE} German function words is not German; shorter texts are
 * given the benefit of the doubt.
 */
public final class LanguageCheck implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MIN_WORDS = 30;
  static final double MIN_GERMAN_SHARE = 0.03;
  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  private final Set<String> german;
  private final Set<String> english;

  public LanguageCheck() {
    this.german = Set.copyOf(ResourceLines.read(LanguageCheck.class, "german-function-words.txt"));
    this.english =
        Set.copyOf(ResourceLines.read(LanguageCheck.class, "english-function-words.txt"));
  }

  /** Why {@code text} is not German (a readable detail), or empty when it may be German. */
  public Optional<String> notGerman(String text) {
    int words = 0;
    int germanWords = 0;
    int englishWords = 0;
    int latinWords = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      words++;
      if (german.contains(w)) {
        germanWords++;
      } else if (english.contains(w)) {
        englishWords++;
      }
      if (Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.LATIN) {
        latinWords++;
      }
    }
    if (words < MIN_WORDS || germanWords >= words * MIN_GERMAN_SHARE) {
      return Optional.empty();
    }
    String looks;
    if (latinWords < words / 2) {
      looks = "mostly non-Latin script";
    } else if (englishWords >= words * MIN_GERMAN_SHARE) {
      looks = "looks English (" + percent(englishWords, words) + " English function words)";
    } else {
      looks = "another language";
    }
    return Optional.of(
        percent(germanWords, words)
            + " of "
            + words
            + " words are German function words (German news: 7 % or more); "
            + looks);
  }

  private static String percent(int part, int whole) {
    return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
  }
}
