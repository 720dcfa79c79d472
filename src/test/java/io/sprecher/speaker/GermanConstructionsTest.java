package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.quote.Quotation;
import io.sprecher.quote.QuotationFinder;
import io.sprecher.quote.QuoteType;
import io.sprecher.testing.German;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The German constructions of reported speech that the Wikinews evaluation showed to matter, each
 * on a real sentence (written in news style): who is said to have said what.
 */
class GermanConstructionsTest {

  private final QuotationFinder finder = new QuotationFinder();
  private final SpeakerResolver resolver = new SpeakerResolver();

  private record Said(QuoteType type, String text, String speaker) {}

  private List<Said> said(String article) {
    AnnotatedText t = German.annotate(article);
    List<Quotation> quotations = finder.find(t);
    List<Speaker> speakers = resolver.resolve(t, quotations);
    List<Said> out = new ArrayList<>();
    for (int i = 0; i < quotations.size(); i++) {
      Quotation q = quotations.get(i);
      out.add(new Said(q.type(), article.substring(q.begin(), q.end()), speakers.get(i).name()));
    }
    return out;
  }

  @Test
  void nounOfOpinionFramesADassClause() {
    assertThat(
            said("Pressesprecher Steven McNamara ist der Meinung, dass es nicht umgesetzt werde."))
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(tuple(QuoteType.INDIRECT, "es nicht umgesetzt werde", "Steven McNamara"));
  }

  @Test
  void demonstrativeFrameReportsTheSentenceBefore() {
    assertThat(
            said(
                "Der neue Airbus startet am Mittwoch zu seinem ersten Testflug. Dies gab Airbus"
                    + " in Toulouse bekannt."))
        .extracting(Said::type, Said::text)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Der neue Airbus startet am Mittwoch zu seinem ersten Testflug"));
  }

  @Test
  void colonAfterAClauseWithSubjectIntroducesTheSubjectsQuote() {
    List<Said> s =
        said(
            "Jegliche Mitverantwortung für die Affäre weist Hartmann von sich: „Diese Verantwortung"
                + " kann nur der Vorsitzende übernehmen.“");
    assertThat(s)
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Diese Verantwortung kann nur der Vorsitzende übernehmen.",
                "Hartmann"));
  }

  @Test
  void quotedPredicateAfterAlsIsTheSubjectsWords() {
    assertThat(said("Die Bundesregierung verurteilte den Angriff als „hinterhältigen Anschlag“."))
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(tuple(QuoteType.DIRECT, "hinterhältigen Anschlag", "Bundesregierung"));
  }

  @Test
  void passiveFrameGivesTheAgentOrNobody() {
    assertThat(
            said(
                "Der Vertrag wird von den Gewerkschaften als „Geschäft des Jahrhunderts“"
                    + " bezeichnet."))
        .extracting(Said::type, Said::speaker)
        .containsExactly(tuple(QuoteType.DIRECT, "Gewerkschaften"));
  }

  @Test
  void possessiveOpinionPhraseBeforeNachIsReported() {
    assertThat(
            said(
                "Seiner Meinung nach hätte die Flughafenaufsicht von einer Landung abraten"
                    + " müssen."))
        .extracting(Said::type, Said::text)
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "hätte die Flughafenaufsicht von einer Landung abraten müssen"));
  }

  @Test
  void konjunktivAfterASentenceNamingTheSpeakerContinuesIt() {
    List<Said> s =
        said(
            "US-Außenministerin Condoleezza Rice forderte China zur Aufnahme eines Dialogs mit dem"
                + " Dalai Lama auf. Dieser sei eine Autoritätsperson.");
    assertThat(s)
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(
            tuple(QuoteType.FREE_INDIRECT, "Dieser sei eine Autoritätsperson", "Condoleezza Rice"));
  }

  @Test
  void reportativeSollenContinuesTheStatementBefore() {
    List<Said> s =
        said(
            "Die Polizei teilte mit, der Täter sei geflohen. Er soll über die Grenze nach"
                + " Österreich gefahren sein.");
    assertThat(s)
        .extracting(Said::type, Said::speaker)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Polizei"), tuple(QuoteType.FREE_INDIRECT, "Polizei"));
  }

  @Test
  void zuInfinitiveAfterDirectiveVerbIsItsContent() {
    assertThat(said("Kritiker warnen davor, das Gebot der Trennung aufzuweichen."))
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "das Gebot der Trennung aufzuweichen", "Kritiker"));
  }

  @Test
  void closingSoNamesTheSpeaker() {
    assertThat(said("Oftmals habe der Mann vor der Tür gewartet, so Celebi."))
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(
            tuple(QuoteType.REPORTED, "Oftmals habe der Mann vor der Tür gewartet", "Celebi"));
  }

  @Test
  void geratenIsNoVerbOfSaying() {
    assertThat(
            said(
                "Lokale Medien berichteten, dass 50 Heimbewohner in einen Streit geraten"
                    + " waren."))
        .extracting(Said::type, Said::text, Said::speaker)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "50 Heimbewohner in einen Streit geraten waren",
                "Lokale Medien"));
  }
}
