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
  record Attributed(QuoteType type, String text, Speaker speaker, Speaker via) {
    String name() {
      return speaker.name();
    }

    String mention() {
      return speaker.mention();
    }

    /** The relaying source's name (or its words when it has no name), or null. */
    String viaName() {
      return via == null ? null : via.name() != null ? via.name() : via.mention();
    }
  }

  private Attributions() {}

  static List<Attributed> of(String article) {
    AnnotatedText t = German.annotate(article);
    List<Quotation> quotations = FINDER.find(t);
    List<Attribution> attributions = RESOLVER.attribute(t, quotations);
    assertThat(attributions).hasSameSizeAs(quotations);
    List<Attributed> out = new ArrayList<>();
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      Attribution a = attributions.get(i);
      out.add(
          new Attributed(
              q.type(),
              article.substring(q.begin(), q.end()),
              a.speaker(),
              a.via() == null ? null : a.via().speaker()));
    }
    return out;
  }
}
