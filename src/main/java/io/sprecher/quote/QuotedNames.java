package io.sprecher.quote;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;

/**
 * Tells quoted names («Washington Post», „Hvalur 9“, „news.bbc.co.uk“) from quoted words: a name
 * has only proper nouns, named entities and numbers inside its marks, or is a web address.
 */
public final class QuotedNames {

  private QuotedNames() {}

  public static boolean isName(AnnotatedText text, QuoteSpan q) {
    String inside = text.span(q.contentBegin(), q.contentEnd());
    if (!inside.contains(" ") && inside.matches("(?s).*\\w\\.\\w.*")) {
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
