package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells quoted names («Washington Post», „Hvalur 9“, „news.bbc.co.uk“) from quoted words: a name
 * has only proper nouns, named entities and numbers inside its marks, or is a web address, or
 * follows a noun of titles ("das Lied „Kein schöner Land“", title-nouns.txt).
 */
public final class QuotedNames {

  /**
   * The most tokens a quoted name has between its marks ("„auto, motor und sport“"): where a
   * source's name in quotation marks ends.
   */
  public static final int MAX_NAME_TOKENS = 6;

  private static final Set<String> NOUN_TAGS = Set.of("NOUN", "PROPN");

  /** "des Magazins", "des Magazines": the genitive's ending. */
  private static final Pattern GENITIVE_ENDING = Pattern.compile("e?s$");

  private static final List<String[]> TITLE_NOUNS =
      ResourceLines.readColumns(QuotedNames.class, "title-nouns.txt");

  private QuotedNames() {}

  /** True when the word before the quotation is a noun of titles, or a compound ending in one. */
  private static boolean afterTitleNoun(AnnotatedText text, QuoteSpan q) {
    for (Sentence s : text.sentences()) {
      if (q.begin() < s.begin() || q.begin() >= s.end()) {
        continue;
      }
      int mark = s.firstTokenAtOrAfter(q.begin());
      // the tagger takes some of these nouns for proper nouns ("des Magazins")
      if (mark <= 0 || !NOUN_TAGS.contains(s.token(mark - 1).pos())) {
        return false;
      }
      String word = s.token(mark - 1).word().toLowerCase(Locale.GERMAN);
      List<String> forms = List.of(word, GENITIVE_ENDING.matcher(word).replaceFirst(""));
      return TITLE_NOUNS.stream()
          .anyMatch(
              t ->
                  forms.stream()
                      .anyMatch(noun -> noun.equals(t[0]) || t.length > 1 && noun.endsWith(t[0])));
    }
    return false;
  }

  public static boolean isName(AnnotatedText text, QuoteSpan q) {
    String inside = text.span(q.contentBegin(), q.contentEnd());
    if (!inside.contains(" ") && inside.matches("(?s).*\\w\\.\\w.*") || afterTitleNoun(text, q)) {
      return true;
    }
    for (Sentence s : text.sentences()) {
      if (s.end() <= q.contentBegin() || s.begin() >= q.contentEnd()) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (t.begin() >= q.contentBegin() && t.end() <= q.contentEnd() && !t.isPunct()) {
          boolean nameLike = t.pos().equals("PROPN") || t.pos().equals("NUM") || t.isNamed();
          if (!nameLike) {
            return false;
          }
        }
      }
    }
    return true;
  }
}
