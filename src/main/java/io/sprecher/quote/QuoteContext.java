package io.sprecher.quote;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.nlp.Sentence;
import io.sprecher.nlp.Token;
import java.util.List;

/** What every step of finding statements needs: the text, its sentences and its quotation marks. */
record QuoteContext(AnnotatedText text, List<QuoteSpan> quotes) {

  /** A quotation is "full" when it covers at least this share of its sentences' words. */
  static final double FULL_QUOTE_SHARE = 0.6;

  List<Sentence> sentences() {
    return text.sentences();
  }

  boolean inQuote(Token t) {
    return quoteAt(t.begin()) != null;
  }

  QuoteSpan quoteAt(int offset) {
    for (QuoteSpan q : quotes) {
      if (q.contains(offset)) {
        return q;
      }
    }
    return null;
  }

  int sentenceAt(int offset) {
    List<Sentence> ss = sentences();
    for (int i = ss.size() - 1; i >= 0; i--) {
      if (ss.get(i).begin() <= offset) {
        return i;
      }
    }
    return 0;
  }

  /** A quotation that fills tokens {@code first}..{@code last} (quotation marks aside), or null. */
  QuoteSpan fillingQuote(Sentence s, int first, int last) {
    int words = 0;
    QuoteSpan best = null;
    int bestInside = 0;
    for (int i = first; i <= last; i++) {
      Token t = s.token(i);
      if (t.isPunct()) {
        continue;
      }
      words++;
      QuoteSpan q = quoteAt(t.begin());
      if (q != null) {
        int inside = 0;
        for (int k = first; k <= last; k++) {
          if (!s.token(k).isPunct() && q.contains(s.token(k).begin())) {
            inside++;
          }
        }
        if (inside > bestInside) {
          best = q;
          bestInside = inside;
        }
      }
    }
    return words > 0 && bestInside >= FULL_QUOTE_SHARE * words ? best : null;
  }

  int wordCount(QuoteSpan q) {
    return text().span(q.contentBegin(), q.contentEnd()).strip().split("\\s+").length;
  }

  String cueText(Sentence s, Cue cue) {
    String verb = text().span(s, cue.verb(), cue.verb());
    return cue.particle() < 0 ? verb : verb + " " + text().span(s, cue.particle(), cue.particle());
  }
}
