package io.sprecher.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.testing.German;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The statements QuotationFinder finds in real German sentences parsed by CoreNLP (most from the
 * seeds). Each statement is checked as (type, text between its offsets, cue as written, word at the
 * head of the speaker phrase, index of the statement it continues).
 */
class QuotationFinderTest {

  private final QuotationFinder finder = new QuotationFinder();

  /**
   * The statements of {@code article}, each as a tuple (type, text, cue, speaker word, continues).
   */
  private List<Tuple> statements(String article) {
    AnnotatedText t = German.annotate(article);
    return finder.find(t).stream()
        .map(
            q ->
                tuple(
                    q.type(),
                    article.substring(q.begin(), q.end()),
                    q.cueText(),
                    q.speakerHead() < 0
                        ? null
                        : t.sentences().get(q.sentence()).token(q.speakerHead()).word(),
                    q.continues()))
        .toList();
  }

  // ---------------------------------------------------------------- framed statements

  @Test
  void directQuoteBeforePostposedFrameWithSeparatedParticle() {
    assertThat(
            statements(
                "US-Außenminister John Kerry traf am Mittwoch seine südafrikanische"
                    + " Amtskollegin. „Wir nehmen nichts für bare Münze“, stellte der"
                    + " Chefdiplomat klar."))
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Wir nehmen nichts für bare Münze",
                "stellte klar",
                "Chefdiplomat",
                -1));
  }

  @Test
  void reportedSpeechBeforePostposedFrameIsIndirect() {
    // CoreNLP heads "US-Außenminister John Kerry" on "US"; SpeakerResolver finds the name in it
    assertThat(
            statements(
                "Im Gespräch seien Absprachen auf militärischer Ebene, sagte US-Außenminister"
                    + " John Kerry am Mittwoch."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Im Gespräch seien Absprachen auf militärischer Ebene",
                "sagte",
                "US",
                -1));
  }

  @Test
  void konjunktivClauseAfterFrameIsIndirect() {
    assertThat(statements("Hammond erklärte, die Situation in Syrien werde immer komplizierter."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die Situation in Syrien werde immer komplizierter",
                "erklärte",
                "Hammond",
                -1));
  }

  @Test
  void dassClauseAfterFusedSeparableVerbIsIndirectWithoutTheConjunction() {
    assertThat(
            statements(
                "Zuvor hatte das Verteidigungsministerium in Moskau mitgeteilt, dass die"
                    + " russische Luftwaffe in Syrien bereits mit den US-Streitkräften"
                    + " abgestimmte Angriffe ausgeführt habe."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die russische Luftwaffe in Syrien bereits mit den US-Streitkräften abgestimmte"
                    + " Angriffe ausgeführt habe",
                "mitgeteilt",
                "Verteidigungsministerium",
                -1));
  }

  @Test
  void organisationFramesKonjunktivClause() {
    assertThat(
            statements(
                "Das Pentagon erklärte dazu, es koordiniere keine Luftangriffe mit den"
                    + " russischen Streitkräften."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "es koordiniere keine Luftangriffe mit den russischen Streitkräften",
                "erklärte",
                "Pentagon",
                -1));
  }

  @Test
  void separatedParticleAtSentenceEndFramesContentBeforeIt() {
    assertThat(
            statements(
                "Allerdings sei es noch zu früh, um Auswirkungen abschätzen zu können, teilte"
                    + " das US-Außenministerium am Montag mit."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Allerdings sei es noch zu früh, um Auswirkungen abschätzen zu können",
                "teilte mit",
                "US",
                -1));
  }

  @Test
  void indirectSpeechHoldingQuotedFragmentIsMixed() {
    assertThat(
            statements(
                "Wenn es eine Möglichkeit gebe, den IS zusammen mit Russland oder irgendeinem"
                    + " anderen Land zu bekämpfen, dann \"werden wir sie sicherlich ergreifen\","
                    + " sagte der Pressesprecher des Weißen Hauses, Sean Spicer, am Montag in"
                    + " Washington."))
        .containsExactly(
            tuple(
                QuoteType.MIXED,
                "Wenn es eine Möglichkeit gebe, den IS zusammen mit Russland oder irgendeinem"
                    + " anderen Land zu bekämpfen, dann \"werden wir sie sicherlich ergreifen\"",
                "sagte",
                "Pressesprecher",
                -1));
  }

  @Test
  void verbOfSayingInsideContentIsPartOfIt() {
    // "klargemacht" is a verb of saying too, but inside what "betonte" frames
    assertThat(
            statements(
                "Trump habe klargemacht, dass er \"mit jedem Land zusammenarbeiten wird, dass"
                    + " unser Interesse daran teilt, den IS zu besiegen\", betonte der"
                    + " Sprecher."))
        .containsExactly(
            tuple(
                QuoteType.MIXED,
                "Trump habe klargemacht, dass er \"mit jedem Land zusammenarbeiten wird, dass"
                    + " unser Interesse daran teilt, den IS zu besiegen\"",
                "betonte",
                "Sprecher",
                -1));
  }

  @Test
  void quotationRightAfterFrameIsDirect() {
    assertThat(statements("Am Abend sagte Kerry in London „Wir haben die gleichen Ziele“."))
        .containsExactly(
            tuple(QuoteType.DIRECT, "Wir haben die gleichen Ziele", "sagte", "Kerry", -1));
  }

  @Test
  void colonFrameAtParagraphEndTakesQuotationOfNextParagraph() {
    assertThat(statements("Kerry sagte dazu:\n„Wir haben die gleichen Ziele.“"))
        .containsExactly(
            tuple(QuoteType.DIRECT, "Wir haben die gleichen Ziele.", "sagte", "Kerry", -1));
  }

  @Test
  void nameBeforeColonIsSpeakerOfQuotation() {
    assertThat(statements("Merkel: „Wir werden diese Krise gemeinsam bewältigen.“"))
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Wir werden diese Krise gemeinsam bewältigen.",
                null,
                "Merkel",
                -1));
  }

  @Test
  void pronounSubjectOfPostposedFrameIsSpeakerNotNameInContent() {
    assertThat(
            statements(
                "Kerry dementierte die Angaben nicht, wollte sich aber nicht näher dazu"
                    + " äussern. Er wolle zunächst Präsident Putin treffen, sagte er."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Er wolle zunächst Präsident Putin treffen",
                "sagte",
                "er",
                -1));
  }

  // ---------------------------------------------------------------- reported statements

  @Test
  void zufolgeInMidSentenceReportsTheWholeSentence() {
    assertThat(statements("Der Vorschlag kam Kerry zufolge von russischer Seite."))
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "Der Vorschlag kam Kerry zufolge von russischer Seite",
                "zufolge",
                "Kerry",
                -1));
  }

  @Test
  void lautAtSentenceStartReportsTheRest() {
    assertThat(statements("Laut Polizei wurden bei dem Unfall drei Menschen verletzt."))
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "wurden bei dem Unfall drei Menschen verletzt",
                "Laut",
                "Polizei",
                -1));
  }

  @Test
  void nachAngabenFramesTheRestOfTheSentence() {
    assertThat(statements("Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt."))
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "wurden bei dem Unfall drei Menschen verletzt",
                "Nach Angaben",
                "Angaben",
                -1));
  }

  @Test
  void longNounObjectMakesTheWholeSentenceReported() {
    assertThat(
            statements(
                "Lawrow betonte in dem Gespräch nach Angaben aus Moskau die Notwendigkeit, eine"
                    + " Einheitsfront im Kampf gegen Terrorgruppen in Syrien zu bilden."))
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "Lawrow betonte in dem Gespräch nach Angaben aus Moskau die Notwendigkeit, eine"
                    + " Einheitsfront im Kampf gegen Terrorgruppen in Syrien zu bilden",
                "betonte",
                "Lawrow",
                -1));
  }

  // ---------------------------------------------------------------- continuations

  @Test
  void konjunktivSentencesAfterStatementContinueIt() {
    assertThat(
            statements(
                "Hammond erklärte, die Lage werde komplizierter. Es gebe keine einfache Lösung."
                    + " Großbritannien halte sich alle Optionen offen."))
        .containsExactly(
            tuple(QuoteType.INDIRECT, "die Lage werde komplizierter", "erklärte", "Hammond", -1),
            tuple(QuoteType.FREE_INDIRECT, "Es gebe keine einfache Lösung", null, null, 0),
            tuple(
                QuoteType.FREE_INDIRECT,
                "Großbritannien halte sich alle Optionen offen",
                null,
                null,
                1));
  }

  @Test
  void konjunktivSentenceAfterDirectQuoteContinuesIt() {
    assertThat(
            statements(
                "\"Wir nehmen nichts für bare Münze\", stellte der Chefdiplomat klar. Es gebe"
                    + " ernsthafte Zweifel an den Absichten Russlands."))
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Wir nehmen nichts für bare Münze",
                "stellte klar",
                "Chefdiplomat",
                -1),
            tuple(
                QuoteType.FREE_INDIRECT,
                "Es gebe ernsthafte Zweifel an den Absichten Russlands",
                null,
                null,
                0));
  }

  @Test
  void konjunktivSentenceWithScareQuotesContinuesAsMixed() {
    assertThat(
            statements(
                "Den russischen Angaben zufolge soll das Oberkommando der russischen Truppen in"
                    + " Syrien vom US-Militär die Koordinaten von IS-Zielen nahe Al-Bab in der"
                    + " nordsyrischen Provinz Aleppo erhalten haben. Zwei russische"
                    + " Kampfflugzeuge hätten daraufhin dort \"terroristische Ziele\""
                    + " attackiert."))
        .extracting(t -> t.toList().get(0), t -> t.toList().get(1), t -> t.toList().get(4))
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "soll das Oberkommando der russischen Truppen in"
                    + " Syrien vom US-Militär die Koordinaten von IS-Zielen nahe Al-Bab in der"
                    + " nordsyrischen Provinz Aleppo erhalten haben",
                -1),
            tuple(
                QuoteType.MIXED,
                "Zwei russische Kampfflugzeuge hätten daraufhin dort \"terroristische Ziele\""
                    + " attackiert",
                0));
  }

  @Test
  void fullQuotationAfterDirectQuoteContinuesIt() {
    assertThat(
            statements(
                "\"Wir sind für die Schaffung einer internationalen Koalition gegen den"
                    + " Terrorismus\", sagte der Gesandte der Führung in Damaskus, Baschar"
                    + " Dschaafari, am Montag. \"Wir haben nichts dagegen, mit Amerika zu"
                    + " arbeiten, so lange das koordiniert mit Syrien geschieht.\""))
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Wir sind für die Schaffung einer internationalen Koalition gegen den Terrorismus",
                "sagte",
                "Baschar",
                -1),
            tuple(
                QuoteType.DIRECT,
                "Wir haben nichts dagegen, mit Amerika zu arbeiten, so lange das koordiniert mit"
                    + " Syrien geschieht.",
                null,
                null,
                0));
  }

  @Test
  void indicativeSentenceAfterQuotationsIsNoContinuation() {
    assertThat(
            statements(
                "„Die Lage ist ernst“, sagte Kerry. „Wir müssen handeln.“ Dann reiste er ab."))
        .containsExactly(
            tuple(QuoteType.DIRECT, "Die Lage ist ernst", "sagte", "Kerry", -1),
            tuple(QuoteType.DIRECT, "Wir müssen handeln.", null, null, 0));
  }

  @Test
  void passiveDenialAfterStatementIsNoContinuation() {
    assertThat(
            statements(
                "Zuvor hatte das Verteidigungsministerium in Moskau mitgeteilt, dass die"
                    + " russische Luftwaffe in Syrien abgestimmte Angriffe ausgeführt habe. Dies"
                    + " wurde allerdings vom Pentagon dementiert."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die russische Luftwaffe in Syrien abgestimmte Angriffe ausgeführt habe",
                "mitgeteilt",
                "Verteidigungsministerium",
                -1));
  }

  // ---------------------------------------------------------------- traps

  @Test
  void doesNotTurnQuotedNewspaperNameIntoStatement() {
    assertThat(
            statements(
                "Die US-Zeitung «Washington Post» hatte zuvor unter Berufung auf ein Papier der"
                    + " US-Regierung berichtet, die USA wollten beim Kampf gegen islamische"
                    + " Extremisten in Syrien enger mit Russland zusammenarbeiten."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die USA wollten beim Kampf gegen islamische Extremisten in Syrien enger mit"
                    + " Russland zusammenarbeiten",
                "berichtet",
                "US",
                -1));
  }

  @Test
  void quotedNameInSentenceWithoutVerbOfSayingGivesNoStatement() {
    assertThat(statements("Die Zeitung «Washington Post» erscheint in der Hauptstadt.")).isEmpty();
  }

  @Test
  void scareQuotesInSentenceWithoutVerbOfSayingGiveNoStatement() {
    assertThat(
            statements(
                "Die USA unterstützen die von Saudi-Arabien aufgebotene syrische \"Opposition\","
                    + " die im Konflikt mit Präsident Baschar al-Assad liegen."))
        .isEmpty();
  }

  @Test
  void headlineWithStellenIsNoStatement() {
    assertThat(statements("Trump stellt Verbesserung der Beziehungen zu Putin in Aussicht"))
        .isEmpty();
  }

  @Test
  void separableVerbWithoutItsParticleFramesNothing() {
    assertThat(statements("Der Minister teilte das Brot mit seinem Nachbarn.")).isEmpty();
  }

  // ---------------------------------------------------------------- known bugs

  @Test
  void wieFrameAfterContentIsPostposedFrame() {
    assertThat(statements("Die Gespräche seien konstruktiv gewesen, wie Kerry sagte."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Die Gespräche seien konstruktiv gewesen",
                "sagte",
                "Kerry",
                -1));
  }

  @Test
  void separatedBekanntgebenFramesKonjunktivClause() {
    assertThat(
            statements("Das Ministerium gab am Montag bekannt, der Minister werde zurücktreten."))
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "der Minister werde zurücktreten",
                "gab bekannt",
                "Ministerium",
                -1));
  }

  @Test
  void separatedAnfuegenFramesDirectQuote() {
    assertThat(statements("„Das ist nicht akzeptabel“, fügte er an."))
        .containsExactly(tuple(QuoteType.DIRECT, "Das ist nicht akzeptabel", "fügte an", "er", -1));
  }
}
