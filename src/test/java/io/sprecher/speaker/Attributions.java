package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.quote.Quotation;
import io.sprecher.quote.QuotationFinder;
import io.sprecher.quote.QuoteType;
import io.sprecher.testing.German;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: who said what in a German text, through CoreNLP, QuotationFinder and
 * SpeakerResolver.
 */
final class Attributions {

  private static final QuotationFinder FINDER = new QuotationFinder();
  private static final SpeakerResolver RESOLVER = new SpeakerResolver();

  /** A statement with its text (the article between its offsets) and its resolved speaker. */
  record Attributed(QuoteType type, String text, Speaker speaker) {
    String name() {
      return speaker.name();
    }
  }

  private Attributions() {}

  static List<Attributed> of(String article) {
    AnnotatedText t = German.annotate(article);
    List<Quotation> quotations = FINDER.find(t);
    List<Speaker> speakers = RESOLVER.resolve(t, quotations);
    assertThat(speakers).hasSameSizeAs(quotations);
    List<Attributed> out = new ArrayList<>();
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      out.add(new Attributed(q.type(), article.substring(q.begin(), q.end()), speakers.get(i)));
    }
    return out;
  }
}
