package io.sprecher.quote;

import io.sprecher.lexicon.ResourceLines;
import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells quoted names («Washington Post», „Hvalur 9“, „news.bbc.co.uk“) from quoted words: a name
 * has only proper nouns, named entities and numbers inside its marks, or is a web address, or
 * follows a noun of titles ("das Lied „Kein schöner Land“", title-nouns.txt).
 */
public final class QuotedNames {

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
      if (mark <= 0 || !Set.of("NOUN", "PROPN").contains(s.token(mark - 1).pos())) {
        return false;
      }
      String word = s.token(mark - 1).word().toLowerCase(Locale.GERMAN);
      // "des Magazins", "des Magazines": the genitive's ending
      List<String> forms = List.of(word, word.replaceAll("e?s$", ""));
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
