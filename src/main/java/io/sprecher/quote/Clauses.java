package io.sprecher.quote;

import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;

/** Where a sentence's words, verbs and quotation marks stand: helpers of both passes. */
final class Clauses {

  private Clauses() {}

  /** The first word after any punctuation and any dateline ("Wien – "). */
  static int firstWord(Sentence s) {
    for (int i = Datelines.dash(s) + 1; i < s.size(); i++) {
      if (!s.token(i).isPunct()) {
        return i;
      }
    }
    return 0;
  }

  /** The last token of content that runs to the sentence end (or to a post-posed frame). */
  static int lastContentToken(Sentence s, int limit) {
    int last = Math.min(limit, s.size()) - 1;
    while (last >= 0 && s.token(last).isPunct() && !s.token(last).isQuotationMark()) {
      last--;
    }
    return last;
  }

  static boolean hasVerb(Sentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  static boolean isNominal(Token t) {
    return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("PRON");
  }

  /**
   * True when a verb of tokens {@code first}..{@code last} stands outside quotation {@code q}: the
   * quotation is then part of a reported clause ("unter ihnen seien „viele Frauen“"), not all of
   * it. Verbs before a colon that opens the quotation do not count.
   */
  static boolean verbOutside(Sentence s, int first, int last, QuoteSpan q) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).word().equals(":") && i + 1 <= last && q.contains(s.token(i + 1).end() - 1)) {
        // "Allerdings sei dies Teil eines Problems: „...“": the colon hands over to the quotation
        first = i + 1;
      }
    }
    for (int i = first; i <= last; i++) {
      Token t = s.token(i);
      if (t.isVerb() && !q.contains(t.begin())) {
        return true;
      }
    }
    return false;
  }
}
