package io.sprecher.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMarkScannerTest {

  private final QuotationMarkScanner scanner = new QuotationMarkScanner();

  /** The content of each span found in {@code text}, as written. */
  private List<String> contents(String text) {
    return scanner.scan(text).stream()
        .map(q -> text.substring(q.contentBegin(), q.contentEnd()))
        .toList();
  }

  @Test
  void findsGermanLowHighQuotationWithExactOffsets() {
    String text = "Er sagte: „Wir kommen.“ Dann ging er.";

    assertThat(scanner.scan(text)).containsExactly(new QuoteSpan(10, 23, 11, 22));
    assertThat(contents(text)).containsExactly("Wir kommen.");
  }

  @Test
  void findsSeedQuotationBeforePostposedFrame() {
    String text = "„Wir haben die gleichen Ziele“, sagte Kerry dem britischen Fernsehsender.";

    assertThat(scanner.scan(text)).containsExactly(new QuoteSpan(0, 30, 1, 29));
  }

  @Test
  void acceptsRightDoubleQuoteAsCloserOfLowQuote() {
    assertThat(contents("Er sagte: „Wir kommen” und ging.")).containsExactly("Wir kommen");
  }

  @Test
  void findsGuillemetsPointingInward() {
    assertThat(contents("Er sprach von »Unsinn« und ging.")).containsExactly("Unsinn");
  }

  @Test
  void findsSwissGuillemetsPointingOutward() {
    String text = "Kerry sagte, er hoffe bei seinen Gesprächen auf einen «echten Fortschritt».";

    assertThat(scanner.scan(text)).containsExactly(new QuoteSpan(54, 74, 55, 73));
    assertThat(contents(text)).containsExactly("echten Fortschritt");
  }

  @Test
  void findsEnglishCurlyQuotes() {
    assertThat(contents("Er sagte “Ja” und ging.")).containsExactly("Ja");
  }

  @Test
  void findsStraightQuotesOpenedAfterSpaceAndClosedBeforePunctuation() {
    String text = "\"Wir nehmen nichts für bare Münze\", stellte der Chefdiplomat klar.";

    assertThat(scanner.scan(text)).containsExactly(new QuoteSpan(0, 34, 1, 33));
  }

  @Test
  void findsSeveralStraightQuotationsInOneSentence() {
    String text =
        "Die USA würden eine \"konstruktive Unterstützung\" Moskaus begrüßen, "
            + "sagte Earnest, und nannte den Plan \"vernünftig\".";

    assertThat(contents(text)).containsExactly("konstruktive Unterstützung", "vernünftig");
  }

  @Test
  void opensStraightQuoteAfterBracketOrColon() {
    assertThat(contents("Er sagte (\"Nein\") und dann:\"Doch\".")).containsExactly("Nein", "Doch");
  }

  @Test
  void doesNotOpenStraightQuoteFollowedBySpace() {
    assertThat(scanner.scan("Er zögerte \" und schwieg.")).isEmpty();
  }

  @Test
  void inchMarkAfterDigitDoesNotOpenQuotation() {
    assertThat(scanner.scan("Das Gerät hat einen 10\" großen Bildschirm.")).isEmpty();
  }

  @Test
  void inchMarkDoesNotHideLaterQuotation() {
    String text = "Ein 3\" Zoll kleines Display und ein \"Retina\"-Bildschirm.";

    assertThat(contents(text)).containsExactly("Retina");
  }

  @Test
  void apostropheOpensNoQuotation() {
    assertThat(scanner.scan("Kerry's Plan und Obama's Antwort gibt's schon.")).isEmpty();
  }

  @Test
  void nestedSingleQuotesGiveOneOuterSpan() {
    String text = "„Er sagte: ‚Wir kommen‘, und ging dann“, berichtete sie.";

    assertThat(scanner.scan(text)).containsExactly(new QuoteSpan(0, 39, 1, 38));
    assertThat(contents(text)).containsExactly("Er sagte: ‚Wir kommen‘, und ging dann");
  }

  @Test
  void nestedGuillemetsInsideLowQuoteGiveOneOuterSpan() {
    assertThat(contents("„Das nannte er »Unsinn«, mehr nicht“, sagte sie."))
        .containsExactly("Das nannte er »Unsinn«, mehr nicht");
  }

  @Test
  void singleQuotesAloneAreNoQuotation() {
    assertThat(scanner.scan("Er nannte den Plan ‚Unsinn‘.")).isEmpty();
  }

  @Test
  void quotationLeftOpenEndsAtParagraphEnd() {
    String text = "„Erster Absatz.\n„Zweiter Absatz.“, sagte Kerry.";

    assertThat(scanner.scan(text))
        .containsExactly(new QuoteSpan(0, 15, 1, 15), new QuoteSpan(16, 33, 17, 32));
    assertThat(contents(text)).containsExactly("Erster Absatz.", "Zweiter Absatz.");
  }

  @Test
  void quotationLeftOpenEndsAtTextEnd() {
    String text = "Er sagte: „Wir kommen";

    assertThat(scanner.scan(text)).containsExactly(new QuoteSpan(10, 21, 11, 21));
  }

  @Test
  void emptyQuotationIsNoSpan() {
    assertThat(scanner.scan("Er sagte: „“ und ging.")).isEmpty();
  }

  @Test
  void openingMarkAtLineEndIsNoSpan() {
    assertThat(scanner.scan("Er sagte: „\nDann ging er.")).isEmpty();
  }

  @Test
  void findsConsecutiveQuotationsOfDifferentStyles() {
    String text = "„Ja“, sagte er. »Nein«, sagte sie. «Vielleicht», sagte ein Dritter.";

    assertThat(contents(text)).containsExactly("Ja", "Nein", "Vielleicht");
  }
}
