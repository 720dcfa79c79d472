package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.quote.QuoteType;
import io.sprecher.speaker.Attributions.Attributed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The German constructions of reported speech that the Wikinews evaluation showed to matter, each
 * on a real sentence (written in news style): who is said to have said what.
 */
class GermanConstructionsTest {

  private static List<Attributed> said(String article) {
    return Attributions.of(article);
  }

  @Test
  void nounOfOpinionFramesADassClause() {
    assertThat(
            said("Pressesprecher Steven McNamara ist der Meinung, dass es nicht umgesetzt werde."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.INDIRECT, "es nicht umgesetzt werde", "Steven McNamara"));
  }

  @Test
  void demonstrativeFrameReportsTheSentenceBefore() {
    assertThat(
            said(
                "Der neue Airbus startet am Mittwoch zu seinem ersten Testflug. Dies gab Airbus"
                    + " in Toulouse bekannt."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Der neue Airbus startet am Mittwoch zu seinem ersten Testflug",
                "Airbus"));
  }

  @Test
  void demonstrativeReportNamesTheSourceAfterTheVerb() {
    assertThat(
            said(
                "Das Tonband trägt den Titel „Bösartiges Britannien“ und wurde von As-Sahab"
                    + " entwickelt. Dies berichtet das Washingtoner SITE-Institut, das"
                    + " Extremisten-Websites begutachtet."))
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(tuple(QuoteType.INDIRECT, "Washingtoner SITE-Institut"));
  }

  @Test
  void demonstrativeBeforeAModalReportsTheQuotationBeforeAsItsVeryWords() {
    assertThat(
            said(
                "„Ja, es gibt Zumutungen“. Das musste Bundesfinanzminister Peer Steinbrück zu"
                    + " Beginn der Debatte über den Haushaltsentwurf einräumen."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Ja, es gibt Zumutungen", "Peer Steinbrück"));
  }

  @Test
  void konjunktivSentenceSpeaksForTheSubjectBeforeTheReportedOneInBetween() {
    assertThat(
            said(
                "Gewerkschaftschef Konrad Freiberg begründete dies mit den nicht ausreichenden"
                    + " Kapazitäten der Bundeswehr. Bereits heute müssten private"
                    + " Sicherheitsunternehmen den Schutz der Kasernen übernehmen. Außerdem sei"
                    + " der Schutz der Fußballweltmeisterschaft keine militärische Aufgabe."))
        .extracting(Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                "Außerdem sei der Schutz der Fußballweltmeisterschaft keine militärische Aufgabe",
                "Konrad Freiberg"));
  }

  @Test
  void verbAndNounOfSayingOverTheSameContentMakeOneStatement() {
    assertThat(
            said(
                "Bundesrat Joseph Deiss, der sich an den Osterfeiertagen zu diesem Schritt"
                    + " entschlossen hatte, sagte zur Begründung, er wolle neuen Politikern den"
                    + " Platz frei machen."))
        .extracting(Attributed::text, Attributed::name)
        .containsExactly(tuple("er wolle neuen Politikern den Platz frei machen", "Joseph Deiss"));
    assertThat(
            said(
                "Spectors Verteidiger Bruce Cutler vertritt ebenso wie sein Mandant die Ansicht,"
                    + " Clarkson habe sich selbst getötet."))
        .extracting(Attributed::text, Attributed::name)
        .containsExactly(tuple("Clarkson habe sich selbst getötet", "Bruce Cutler"));
  }

  @Test
  void sentenceReportedByItsOwnPhraseAndByTheNextSentenceIsOneStatementOfTheFrame() {
    assertThat(
            said(
                "Im vergangenen Jahr hat es in Deutschland nach einem Bericht von Spiegel online"
                    + " mehr als tausend Angriffe auf Flüchtlingsheime gegeben. Das geht aus einer"
                    + " Erhebung des Bundeskriminalamts (BKA) hervor."))
        .extracting(Attributed::type, Attributed::mention)
        .containsExactly(tuple(QuoteType.INDIRECT, "einer Erhebung des Bundeskriminalamts (BKA)"));
  }

  @Test
  void closingSoPhraseFramesItsPartOfTheSentenceBesideAVerbsFrame() {
    assertThat(
            said(
                "Oftmals habe der Mann rund um die Uhr in einem Auto vor der Tür gewartet, so"
                    + " Celebi, die auch angab, dass ihre Mandantin oftmals in Todesangst die"
                    + " Polizei gerufen habe."))
        .extracting(Attributed::text, Attributed::name)
        .containsExactlyInAnyOrder(
            tuple(
                "Oftmals habe der Mann rund um die Uhr in einem Auto vor der Tür gewartet",
                "Celebi"),
            tuple("ihre Mandantin oftmals in Todesangst die Polizei gerufen habe", "Celebi"));
  }

  @Test
  void postposedWieFrameReachesOverTheSpeakersAppositionSetOffByTwoCommas() {
    assertThat(
            said(
                "Das Flugmanöver wird äußerste technische Raffinesse erfordern, wie Alan Stern,"
                    + " Direktor des Missionsrats der NASA, betont."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Das Flugmanöver wird äußerste technische Raffinesse erfordern",
                "Alan Stern"));
  }

  @Test
  void postposedWieFrameReachesOverTheSpeakersApposition() {
    assertThat(
            said(
                "Das Flugmanöver wird äußerste technische Raffinesse erfordern, wie Alan Stern,"
                    + " Direktor des Wissenschaftlichen Missionsrats der NASA betont."))
        .extracting(Attributed::type, Attributed::text, Attributed::mention)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Das Flugmanöver wird äußerste technische Raffinesse erfordern",
                "Alan Stern, Direktor des Wissenschaftlichen Missionsrats der NASA"));
  }

  @Test
  void quotationThatEndsAClauseWithItsSubjectBeforeItIsAMixedStatementOfTheClause() {
    assertThat(
            said(
                "Ein Polizeisprecher meinte nun, der Ehemann „konnte und wollte sich mit der"
                    + " Trennung nicht abfinden“."))
        .extracting(Attributed::type, Attributed::text, Attributed::mention)
        .containsExactly(
            tuple(
                QuoteType.MIXED,
                "der Ehemann „konnte und wollte sich mit der Trennung nicht abfinden“",
                "Ein Polizeisprecher"));
  }

  @Test
  void questionPutToTheSpeakerIsNotWhatTheSpeakerSaid() {
    assertThat(
            said(
                "Auf die Frage, ob er dem DFB noch einmal für Auskünfte zur Verfügung stehe,"
                    + " antwortete Franz Beckenbauer: „Selbstverständlich.“"))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Selbstverständlich.", "Franz Beckenbauer"));
  }

  @Test
  void demonstrativeBeforeANegatedVerbOfSayingReportsNothing() {
    assertThat(
            said(
                "Die Regierung will die Grenze ab Montag schließen. Das wollte ein Sprecher nicht"
                    + " bestätigen."))
        .isEmpty();
  }

  @Test
  void contentAboutAQuestionIsStillAStatement() {
    assertThat(said("In der Frage der Flüchtlingsverteilung gebe es keine Einigung, sagte Merkel."))
        .extracting(Attributed::text, Attributed::name)
        .containsExactly(
            tuple("In der Frage der Flüchtlingsverteilung gebe es keine Einigung", "Merkel"));
  }

  @Test
  void organisationNounWithAnAttributeNamesItselfNotTheOneBefore() {
    assertThat(
            said(
                "Die Bundesregierung hat die Sanktionen am Montag verteidigt. Die russische"
                    + " Regierung erklärte, die Sanktionen seien illegal."))
        .extracting(Attributed::name)
        .containsExactly("russische Regierung");
  }

  @Test
  void demonstrativeInFrontIsWhatWasSaidAndTheNounAfterTheVerbSpeaks() {
    assertThat(
            said(
                "Die Regierung will die Grenze ab Montag schließen. Das teilte das"
                    + " Innenministerium am Sonntag mit."))
        .extracting(Attributed::text, Attributed::name)
        .containsExactly(
            tuple("Die Regierung will die Grenze ab Montag schließen", "Innenministerium"));
    assertThat(
            said(
                "Der Verein trennt sich mit sofortiger Wirkung von seinem Trainer. Das gaben die"
                    + " Augsburger am Sonntagabend bekannt."))
        .extracting(Attributed::name)
        .containsExactly("Augsburger");
  }

  @Test
  void colonAfterAClauseWithSubjectIntroducesTheSubjectsQuote() {
    List<Attributed> s =
        said(
            "Jegliche Mitverantwortung für die Affäre weist Hartmann von sich: „Diese Verantwortung"
                + " kann nur der Vorsitzende übernehmen.“");
    assertThat(s)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Diese Verantwortung kann nur der Vorsitzende übernehmen.",
                "Hartmann"));
  }

  @Test
  void quotedPredicateAfterAlsIsTheSubjectsWords() {
    assertThat(said("Die Bundesregierung verurteilte den Angriff als „hinterhältigen Anschlag“."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "hinterhältigen Anschlag", "Bundesregierung"));
  }

  @Test
  void passiveFrameGivesTheAgentOrNobody() {
    assertThat(
            said(
                "Der Vertrag wird von den Gewerkschaften als „Geschäft des Jahrhunderts“"
                    + " bezeichnet."))
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Gewerkschaften"));
  }

  @Test
  void possessiveOpinionPhraseBeforeNachIsReported() {
    assertThat(
            said(
                "Seiner Meinung nach hätte die Flughafenaufsicht von einer Landung abraten"
                    + " müssen."))
        .extracting(Attributed::type, Attributed::text)
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "hätte die Flughafenaufsicht von einer Landung abraten müssen"));
  }

  @Test
  void konjunktivAfterASentenceNamingTheSpeakerContinuesIt() {
    List<Attributed> s =
        said(
            "US-Außenministerin Condoleezza Rice forderte China zur Aufnahme eines Dialogs mit dem"
                + " Dalai Lama auf. Dieser sei eine Autoritätsperson.");
    assertThat(s)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.FREE_INDIRECT, "Dieser sei eine Autoritätsperson", "Condoleezza Rice"));
  }

  @Test
  void reportativeSollenContinuesTheStatementBefore() {
    List<Attributed> s =
        said(
            "Die Polizei teilte mit, der Täter sei geflohen. Er soll über die Grenze nach"
                + " Österreich gefahren sein.");
    assertThat(s)
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Polizei"), tuple(QuoteType.FREE_INDIRECT, "Polizei"));
  }

  @Test
  void zuInfinitiveAfterDirectiveVerbIsItsContent() {
    assertThat(said("Kritiker warnen davor, das Gebot der Trennung aufzuweichen."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "das Gebot der Trennung aufzuweichen", "Kritiker"));
  }

  @Test
  void closingSoNamesTheSpeaker() {
    assertThat(said("Oftmals habe der Mann vor der Tür gewartet, so Celebi."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.REPORTED, "Oftmals habe der Mann vor der Tür gewartet", "Celebi"));
  }

  @Test
  void geratenIsNoVerbOfSaying() {
    assertThat(
            said(
                "Lokale Medien berichteten, dass 50 Heimbewohner in einen Streit geraten"
                    + " waren."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "50 Heimbewohner in einen Streit geraten waren",
                "Lokale Medien"));
  }

  @Test
  void mediumQuotingAPersonRelaysThePersonsWords() {
    assertThat(
            said(
                "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann hat"
                    + " einen Fußgänger erst angefahren, danach hat er ihn angesprungen.“"))
        .extracting(Attributed::type, Attributed::mention, Attributed::viaName)
        .containsExactly(tuple(QuoteType.DIRECT, "einen Augenzeugen", "Frankfurter Rundschau"));
  }

  @Test
  void personQuotedInThePassiveSpeaksThroughTheAgent() {
    assertThat(
            said(
                "Der Fraktionschef der Grünen, Volker Ratzmann, wird von der Nachrichtenagentur"
                    + " Reuters mit den Worten zitiert: „Wowereit ist angeschlagen. Das wird ihm"
                    + " nachhängen.“"))
        .extracting(Attributed::name, Attributed::viaName)
        .containsExactly(tuple("Volker Ratzmann", "Nachrichtenagentur Reuters"));
  }

  @Test
  void lautInTheFrameNamesTheRelayNotTheSpeakerOrAQuote() {
    assertThat(
            said(
                "Arni Finnsson, ein Vertreter der Umweltschutzorganisation Inca, kommentierte die"
                    + " Entscheidung laut „news.bbc.co.uk“ mit folgenden Worten: „Es gibt in Island"
                    + " keinen Markt für dieses Fleisch.“"))
        .extracting(Attributed::type, Attributed::name, Attributed::viaName)
        .containsExactly(tuple(QuoteType.DIRECT, "Arni Finnsson", "news.bbc.co.uk"));
  }

  @Test
  void infinitiveWithoutItsCommaIsStillTheAnnouncement() {
    assertThat(
            said(
                "Mubarak hatte am Donnerstag angekündigt bei der Präsidentenwahl im September"
                    + " erneut anzutreten."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "bei der Präsidentenwahl im September erneut anzutreten",
                "Mubarak"));
  }

  @Test
  void coordinatedFramesShareTheSubjectAndSplitTheContent() {
    assertThat(
            said(
                "Diese bestätigte, dass gegen den 39-Jährigen ein Haftbefehl besteht, und gab an,"
                    + " die Polizei zu informieren."))
        .extracting(Attributed::text, Attributed::mention)
        .containsExactly(
            tuple("gegen den 39-Jährigen ein Haftbefehl besteht", "Diese"),
            tuple("die Polizei zu informieren", "Diese"));
  }

  @Test
  void sourceBeforeZufolgeKeepsItsAdjective() {
    assertThat(
            said("Offiziellen Angaben zufolge sind nur noch geringe Vorräte an Wasser vorhanden."))
        .extracting(Attributed::mention)
        .containsExactly("Offiziellen Angaben");
  }

  @Test
  void surnameWithParticleAtSentenceStartIsTheSubject() {
    assertThat(
            said(
                "Bundesfamilienministerin Ursula von der Leyen will Verkäuferinnen umschulen. Von"
                    + " der Leyen betonte, die Verkäuferinnen seien für den Beruf geeignet."))
        .extracting(Attributed::type, Attributed::name, Attributed::mention)
        .containsExactly(tuple(QuoteType.INDIRECT, "Ursula von der Leyen", "Von der Leyen"));
  }

  @Test
  void reportedClauseAroundAQuotationIsMixedNotDirect() {
    assertThat(
            said(
                "Die Ministerin betonte, unter den Verkäuferinnen seien „viele Frauen, die"
                    + " Erfahrung haben im Umgang mit Kindern.“ Sie seien „so gut wie jeder"
                    + " andere geeignet.“"))
        .extracting(Attributed::type, Attributed::text)
        .containsExactly(
            tuple(
                QuoteType.MIXED,
                "unter den Verkäuferinnen seien „viele Frauen, die Erfahrung haben im Umgang mit"
                    + " Kindern.“"),
            tuple(QuoteType.MIXED, "Sie seien „so gut wie jeder andere geeignet.“"));
  }

  @Test
  void appositionAfterTheSubjectIsNotTheContent() {
    assertThat(
            said(
                "Zu dieser Zeit ging Celebi, die Anwältin der Frau, noch davon aus, dass der"
                    + " Haftbefehl vor dem Gebäude vollstreckt würde."))
        .extracting(Attributed::text, Attributed::name, Attributed::mention)
        .containsExactly(
            tuple(
                "der Haftbefehl vor dem Gebäude vollstreckt würde",
                "Celebi",
                "Celebi, die Anwältin der Frau"));
  }

  @Test
  void frontedDativeIsTheAddresseeNotTheSpeaker() {
    assertThat(
            said(
                "Der englisch-sprachigen Zeitung sagte Filep Karma: „Ich werde im Gefängnis"
                    + " gehalten, aber das entmutigt nicht meinen Geist.“"))
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Filep Karma"));
  }

  @Test
  void demonstrativeFrameSpeakerIsTheNounThatAnnounces() {
    assertThat(
            said(
                "Der diesjährige Friedensnobelpreis wird dem Welternährungsprogramm verliehen."
                    + " Dies gab das norwegische Nobelkomitee gestern in Oslo bekannt."))
        .extracting(Attributed::name, a -> a.speaker().type())
        .containsExactly(tuple("norwegisches Nobelkomitee", SpeakerType.ORGANIZATION));
  }

  @Test
  void zufolgeHungOnTheVerbStillNamesTheNounBeforeIt() {
    assertThat(
            said(
                "Vorgänger Streiff warf Medienberichten zufolge offenbar auf deutschen Druck das"
                    + " Handtuch."))
        .extracting(Attributed::mention)
        .containsExactly("Medienberichten");
  }

  @Test
  void quotationAfterANounOfWordsIsTheSubjectsWordsThoughTaggedAsName() {
    assertThat(
            said(
                "Der Innenminister Frankreichs, Nicolas Sarkozy, verteidigte die Bezeichnung"
                    + " „Gesindel“, mit der er die Aufständigen titulierte."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Gesindel", "Nicolas Sarkozy"));
  }

  @Test
  void quotationInsideTheClauseOfAVerbOfSayingIsItsSubjectsWords() {
    assertThat(
            said(
                "Der libanesische Informationsminister Ghasi Aridi hatte bereits am Samstag die"
                    + " Zustimmung seiner Regierung zu der Resolution „trotz einiger Vorbehalte“"
                    + " bekanntgegeben."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "trotz einiger Vorbehalte", "Ghasi Aridi"));
  }

  @Test
  void reportedSpeechGoesOnAfterAFrameInTheMiddle() {
    assertThat(
            said(
                "Über die Einzelheiten war man sich noch nicht einig, hieß es, sicher sei jedoch,"
                    + " dass in der Kinderbetreuung „händeringend“ Arbeitskräfte gesucht würden."))
        .extracting(Attributed::type, Attributed::text)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Über die Einzelheiten war man sich noch nicht einig"),
            tuple(
                QuoteType.MIXED,
                "sicher sei jedoch, dass in der Kinderbetreuung „händeringend“ Arbeitskräfte"
                    + " gesucht würden"));
  }

  @Test
  void quotedFragmentWithoutFrameIsDirectWithoutSpeaker() {
    assertThat(
            said(
                "Die SPD will hohe Individualeinkommen („ab einem Jahreseinkommen von 250.000"
                    + " Euro“) stärker belasten. Das Lied „Kein schöner Land in dieser Zeit“ wurde"
                    + " gesungen."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.DIRECT, "ab einem Jahreseinkommen von 250.000 Euro", null));
  }

  @Test
  void quotedNameAfterTheSourceBelongsToTheSourceNotToWhatWasSaid() {
    assertThat(
            said(
                "Nach Angaben des Magazins „Der Spiegel“ sei bei den Amerikanern die Befürchtung"
                    + " aufgekommen, mit den Gütern würde BSE eingeführt."))
        .extracting(Attributed::type, Attributed::text, Attributed::mention, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "sei bei den Amerikanern die Befürchtung aufgekommen, mit den Gütern würde BSE"
                    + " eingeführt",
                "Angaben des Magazins „Der Spiegel“",
                "Der Spiegel"));
    assertThat(
            said(
                "Nach einem Bericht der „Frankfurter Allgemeine Zeitung“ ist der Handelskonzern"
                    + " KarstadtQuelle mit einem Umsatzminus ins neue Jahr gestartet."))
        .extracting(Attributed::mention, Attributed::name)
        .containsExactly(
            tuple(
                "einem Bericht der „Frankfurter Allgemeine Zeitung“",
                "Frankfurter Allgemeine Zeitung"));
  }

  @Test
  void quotationMarkTheParserMadeTheSubjectGivesWayToTheNounBeforeIt() {
    assertThat(
            said(
                "Wie die britische Tageszeitung „The Guardian“ berichtete, sei auch der Befehl zur"
                    + " Durchführung der Terrorakte aus Pakistan gekommen."))
        .extracting(Attributed::mention, Attributed::name)
        .containsExactly(tuple("die britische Tageszeitung „The Guardian“", "The Guardian"));
  }

  @Test
  void organisationNameAfterANounOfOrganisationsIsPartOfTheSource() {
    assertThat(
            said(
                "Diese Firma plant nach Angaben der Gewerkschaft Nahrung-Genuss-Gaststätten den"
                    + " Abbau von rund 3.000 Arbeitsplätzen."))
        .extracting(Attributed::mention)
        .containsExactly("Angaben der Gewerkschaft Nahrung-Genuss-Gaststätten");
    assertThat(
            said(
                "Nach einem Bericht der Zeitung The Jakarta Post gelang es ihm trotz Bewachung,"
                    + " auf dem Dach eine Flagge zu hissen."))
        .extracting(Attributed::text, Attributed::mention)
        .containsExactly(
            tuple(
                "gelang es ihm trotz Bewachung, auf dem Dach eine Flagge zu hissen",
                "einem Bericht der Zeitung The Jakarta Post"));
  }

  @Test
  void truncatedCompoundTakesTheNounItSharesItsEndWith() {
    assertThat(
            said(
                "Einigen von ihnen wurde in den Kopf und in den Rücken geschossen, so Kongress- und"
                    + " Verteidigungskreise."))
        .extracting(Attributed::mention)
        .containsExactly("Kongress- und Verteidigungskreise");
  }

  @Test
  void quotationClosedBySoAndItsSourceIsADirectStatement() {
    assertThat(
            said(
                "Der Minister griff die Partei scharf an. „Das Unterstützermilieu reicht bis in die"
                    + " Bundestagsbüros der Linken“, so Guttenberg wörtlich."))
        .extracting(Attributed::type, Attributed::text, Attributed::mention)
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Das Unterstützermilieu reicht bis in die Bundestagsbüros der Linken",
                "Guttenberg"));
  }

  @Test
  void adverbAfterTheSpeakersNameIsNotPartOfIt() {
    assertThat(
            said(
                "„Kontraproduktiv waren sicherlich auch einige Kollegen in der Klinik“, erinnerte"
                    + " sich Trotnow später."))
        .extracting(Attributed::mention)
        .containsExactly("Trotnow");
  }

  @Test
  void wieClauseNamesTheSourceEvenWhereTheParserTookWieForAPreposition() {
    List<Attributed> report =
        said(
            "Wie die Ärztezeitung in ihrer Onlineausgabe berichtet, ist auch Brasilien von der"
                + " Dengue-Epidemie betroffen. Dort seien bis Ende Januar mehr als 21.000 Fälle"
                + " registriert worden.");
    assertThat(report)
        .extracting(Attributed::text)
        .containsExactly(
            "ist auch Brasilien von der Dengue-Epidemie betroffen",
            "Dort seien bis Ende Januar mehr als 21.000 Fälle registriert worden");
    assertThat(report.get(0).mention()).isEqualTo("die Ärztezeitung"); // the medium is the frame's
    assertThat(report.get(0).name()).isEqualTo("Ärztezeitung");
    assertThat(report.get(1).speaker()).isEqualTo(report.get(0).speaker().withMention(null));
    assertThat(
            said(
                "Wie der Bundeswahlleiter mitteilte, lag die Wahlbeteiligung bis 14 Uhr bei 41,9"
                    + " Prozent."))
        .extracting(Attributed::mention)
        .containsExactly("der Bundeswahlleiter");
  }

  @Test
  void quotedNameAfterLautEndsAtItsClosingMark() {
    assertThat(
            said(
                "Insbesondere geht es um eine Demonstration vor zwei Wochen, bei der Soldaten"
                    + " laut „Reuters“ Warnschüsse in Richtung der Mönche abgegeben und manche von"
                    + " ihnen geschlagen haben."))
        .extracting(Attributed::mention)
        .containsExactly("„Reuters“");
  }

  @Test
  void speakerCutOffByACoordinationDoesNotEndInItsConjunction() {
    assertThat(
            said(
                "Sowohl das US-Militär, der US-Präsident als auch die irakische Regierung gehen"
                    + " von einer weiterhin angespannten Sicherheitslage aus."))
        .extracting(Attributed::mention)
        .containsExactly("das US-Militär, der US-Präsident");
  }

  @Test
  void speakerEndsBeforeThePrepositionAndArticleThatOpenTheQuotation() {
    assertThat(
            said(
                "Nach einem Besuch im Krisengebiet sprach der mexikanische Präsident von der"
                    + " „schlimmsten Katastrophe in der jüngsten Geschichte des Landes“."))
        .extracting(Attributed::mention)
        .containsExactly("der mexikanische Präsident");
  }

  @Test
  void genitiveAfterNachAngabenBelongsToTheSourceWhateverItsDeterminer() {
    assertThat(
            said(
                "Nach Angaben seines Vermögensverwalters verstarb der Schauspieler in seinem Haus"
                    + " am Wörthersee."))
        .extracting(Attributed::text, Attributed::mention)
        .containsExactly(
            tuple(
                "verstarb der Schauspieler in seinem Haus am Wörthersee",
                "Angaben seines Vermögensverwalters"));
    assertThat(
            said(
                "Nach Ansicht einiger Juristen sind die Grenzen der Inklusion erreicht, wenn die"
                    + " finanziellen Mittel fehlen."))
        .extracting(Attributed::text, Attributed::mention)
        .containsExactly(
            tuple(
                "sind die Grenzen der Inklusion erreicht, wenn die finanziellen Mittel fehlen",
                "Ansicht einiger Juristen"));
  }

  @Test
  void whereAndWhenTheSpeakerSpokeAreNotPartOfTheSpeaker() {
    assertThat(
            said(
                "„Wir werden die Spenden verdoppeln“, so der Bischof am Montag in einer"
                    + " Aussendung."))
        .extracting(Attributed::mention)
        .containsExactly("der Bischof");
    assertThat(
            said(
                "Gonzalo Delaveau habe seinen Rücktritt eingereicht, der Vorstand diesen"
                    + " angenommen, teilte die Organisation auf Twitter mit."))
        .extracting(Attributed::mention)
        .containsExactly("die Organisation");
  }

  @Test
  void pressReleaseWithoutSenderNamesNoSpeakerAndWithSenderTheSender() {
    assertThat(
            said(
                "Die Einbrecher seien über ein Kellerfenster eingestiegen, hieß es in einer"
                    + " Aussendung."))
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple(null, "einer Aussendung"));
    assertThat(said("Laut einer Aussendung der Polizei wurde der Mann am Sonntag festgenommen."))
        .extracting(Attributed::name)
        .containsExactly("Polizei");
  }

  @Test
  void closingSoSourceInAppositionToTheQuotationStaysOutsideItWithoutItsAdverb() {
    assertThat(said("„Es war zuerst eine lustige Idee“, so die Agenturgründer weiter."))
        .extracting(Attributed::text, Attributed::mention)
        .containsExactly(tuple("Es war zuerst eine lustige Idee", "die Agenturgründer"));
  }

  @Test
  void determinerThatCannotOpenAGenitiveEndsTheSourcesPhrase() {
    assertThat(
            said(
                "Auch bei Abfragen über Konto-, Post- und Telefonverbindungsdaten soll nach den"
                    + " Vorstellungen der Bundesregierung die G10-Kommission umgangen werden."))
        .extracting(Attributed::mention)
        .containsExactly("den Vorstellungen der Bundesregierung");
    // a missing full stop: the parser hangs the subject on the noun before
    assertThat(
            said(
                "Die Universität berief sich dabei auf Artikel 48 des Verwaltungsverfahrensgesetzes"
                    + " Die Universität hatte erklärt, sie wolle dem Vorwurf weiter nachgehen."))
        .extracting(Attributed::mention)
        .containsExactly("Die Universität");
  }

  @Test
  void datelineBelongsNeitherToTheSpeakerNorToWhatWasSaid() {
    assertThat(
            said(
                "Wien – Die Gewerkschaft GPA-djp fordert, die Löhne müssten heuer deutlich"
                    + " steigen."))
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple("Gewerkschaft GPA-djp", "Die Gewerkschaft GPA-djp"));
    assertThat(
            said(
                "Bujumbura/Genf – Die Krise in Burundi habe bereits 100.000 Menschen vertrieben,"
                    + " teilte das UN-Flüchtlingshilfswerk mit."))
        .extracting(Attributed::text)
        .containsExactly("Die Krise in Burundi habe bereits 100.000 Menschen vertrieben");
  }

  @Test
  void groupInTheDativeIsNamedInTheNominative() {
    assertThat(said("Laut befragten Bürgern sei die Lage in der Stadt schlechter geworden."))
        .extracting(Attributed::name, a -> a.speaker().type())
        .containsExactly(tuple("befragte Bürger", SpeakerType.GROUP));
    assertThat(said("Die Eltern sagten, ihr Sohn sei unschuldig."))
        .extracting(Attributed::name)
        .containsExactly("Eltern");
  }

  @Test
  void nounOfSayingSpeaksForWhoseItIs() {
    assertThat(said("Das Urteil sei falsch, hieß es in einer Erklärung von Amnesty International."))
        .extracting(Attributed::name)
        .containsExactly("Amnesty International");
    assertThat(
            said(
                "Die Angeklagte Beate Zschäpe schwieg lange. In Zschäpes Erklärung hieß es, sie"
                    + " habe von den Morden nichts gewusst."))
        .extracting(Attributed::name, a -> a.speaker().type())
        .containsExactly(tuple("Beate Zschäpe", SpeakerType.PERSON));
    // a dative is whom it was said to, not who said it
    assertThat(
            said(
                "Der Sultan hatte in einer TV-Rede seinen Landsleuten mitgeteilt, er könne nicht"
                    + " nach Hause kommen."))
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple(null, "einer TV-Rede"));
  }

  @Test
  void soDassOrSoWithAnAdjectiveNamesNoSource() {
    assertThat(
            said(
                "Die Regenfälle haben inzwischen nachgelassen, so dass eine leichte Entspannung der"
                    + " Lage eingetreten ist."))
        .isEmpty();
    assertThat(said("Die Helfer bauten die Zelte auf, so schnell es eben ging.")).isEmpty();
    assertThat(
            said("Im Fahrerlager gab es viel zu sehen, so mancher Reifen wurde dort gewechselt."))
        .isEmpty();
    assertThat(said("Die Lage sei ernst, so der Minister."))
        .extracting(Attributed::mention)
        .containsExactly("der Minister");
  }

  @Test
  void statePassiveOfAVerbOfSayingFramesNothing() {
    assertThat(
            said(
                "Gegenwärtig sind im Deutschen Bundestag 5 Parteien bzw. 4 Fraktionen vertreten:"
                    + " CDU und CSU bilden eine Fraktion und regieren zusammen mit der SPD."))
        .isEmpty();
    // "ausgehen" forms its perfect with "sein"
    assertThat(
            said(
                "Ihre Mandantin sei davon ausgegangen, dass der Richter die Staatsanwaltschaft"
                    + " informieren werde."))
        .extracting(Attributed::mention)
        .containsExactly("Ihre Mandantin");
  }

  @Test
  void ausReportsAPointOfViewNotWhereSomethingCameFrom() {
    assertThat(
            said(
                "Die Klage gegen die Regeln hat aus Sicht der Organisationen juristisch keine"
                    + " aufschiebende Wirkung."))
        .extracting(Attributed::type, Attributed::mention)
        .containsExactly(tuple(QuoteType.REPORTED, "Sicht der Organisationen"));
    assertThat(
            said("Insbesondere aus Kreisen der CDU war Widerspruch gegen die Löschung zu hören."))
        .isEmpty();
  }

  @Test
  void sichtWordsThatNameNoViewReportNothing() {
    assertThat(said("Die Vermietung des Turms wird aller Voraussicht nach schwierig werden."))
        .isEmpty();
    assertThat(said("Die Polizei sperrte die Straße aus Vorsicht für den ganzen Tag.")).isEmpty();
  }

  @Test
  void verbsOfDoubtingDenyingAndPromisingFrameStatements() {
    assertThat(
            said(
                "Der Politiker Michael Müller bezweifelte offen die Eignung Merkels für das Amt: Er"
                    + " habe „nicht den Eindruck, dass sie es kann“."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.MIXED,
                "Er habe „nicht den Eindruck, dass sie es kann“",
                "Michael Müller"));
    assertThat(said("Der Minister sicherte zu, die Hilfe werde rasch kommen."))
        .extracting(Attributed::text)
        .containsExactly("die Hilfe werde rasch kommen");
    assertThat(said("Der Konzern stritt ab, dass er von den Zahlungen gewusst habe."))
        .extracting(Attributed::text)
        .containsExactly("er von den Zahlungen gewusst habe");
  }

  @Test
  void soBeforeAnAdjectiveWithItsNounNamesTheSpeakerButNotBeforeAnAdverb() {
    assertThat(said("Die Lage sei ernst, so britische Medien."))
        .extracting(Attributed::mention)
        .containsExactly("britische Medien");
    // "so etwa", "so auch" mostly mean "for example", "likewise"
    assertThat(
            said(
                "Auch private Gebäude wurden begrünt, so etwa ein Dach in der Leopoldstadt mit"
                    + " Efeu."))
        .isEmpty();
  }

  @Test
  void pluralsThatKeepTheirNInEveryCaseAndUnknownAdjectivesStayAsWritten() {
    assertThat(said("Autobauern zufolge sei der Markt gesättigt."))
        .extracting(Attributed::name)
        .containsExactly("Autobauer");
    assertThat(said("Die Krankenschwestern warnten, die Lage sei ernst."))
        .extracting(Attributed::name)
        .containsExactly("Krankenschwestern");
    assertThat(said("Laut anonymen Insidern sei der Deal geplatzt."))
        .extracting(Attributed::name)
        .containsExactly("anonymen Insidern");
  }

  @Test
  void militaryOfficersAreAGroupAndAMarketSupervisorAnOrganisation() {
    assertThat(said("Die Militärs sagten am Montag, sie würden die Wahl anerkennen."))
        .extracting(a -> a.speaker().type())
        .containsExactly(SpeakerType.GROUP);
    assertThat(said("Die Finanzmarktaufsicht teilte mit, die Bank müsse ihr Kapital erhöhen."))
        .extracting(Attributed::name, a -> a.speaker().type())
        .containsExactly(tuple("Finanzmarktaufsicht", SpeakerType.ORGANIZATION));
  }

  @Test
  void genitiveWithJederBelongsToTheSpeaker() {
    assertThat(said("Vertreter jeder Fraktion sagten am Montag, sie würden dem Gesetz zustimmen."))
        .extracting(Attributed::mention)
        .containsExactly("Vertreter jeder Fraktion");
  }

  @Test
  void aPlaceBetweenTwoDashesIsNoDateline() {
    assertThat(
            said(
                "Die Gasversorgung ist knapp. Russland – der größte Gaslieferant Europas – drohte,"
                    + " die Lieferungen einzustellen."))
        .extracting(Attributed::text)
        .containsExactly("die Lieferungen einzustellen");
  }

  @Test
  void surnameTheTaggerMissedNamesTheArticlesPerson() {
    assertThat(
            said(
                "Der Biologe Walter Salzburger leitet die Studie. Die Buntbarsche seien"
                    + " spezialisiert, so Salzburger."))
        .extracting(Attributed::name, a -> a.speaker().type())
        .containsExactly(tuple("Walter Salzburger", SpeakerType.PERSON));
  }

  @Test
  void dateAfterTheReportIsNotItsSource() {
    assertThat(
            said(
                "Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge die Zahl der"
                    + " Brandanschläge."))
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple(null, "dem Bericht"));
    assertThat(
            said(
                "Nach Polizeiangaben vom Donnerstag gilt eine Zigarette als mutmaßlicher Auslöser"
                    + " des Feuers."))
        .extracting(Attributed::name)
        .containsExactly("Polizei");
  }

  @Test
  void compoundSourceNounNamesTheOrganisationItOpensWith() {
    assertThat(said("Regierungsangaben zufolge wurden bei dem Anschlag 40 Menschen getötet."))
        .extracting(Attributed::name, Attributed::type)
        .containsExactly(tuple("Regierung", QuoteType.REPORTED));
    assertThat(said("Medienberichten zufolge wurden bei dem Anschlag 40 Menschen getötet."))
        .extracting(Attributed::name)
        .containsExactly((String) null);
  }

  @Test
  void quotedNameKeepsTheClosingMarkTheParserHungElsewhere() {
    assertThat(
            said(
                "Der Experte Ferdinand Dudenhöffer geht laut dem Bericht des Fachmagazins"
                    + " „Automobilwoche“ sogar davon aus, dass bis zu 50.000 neue Arbeitsplätze bei"
                    + " den Zulieferern der Firmen geschaffen werden können."))
        .extracting(a -> a.via().mention())
        .containsExactly("dem Bericht des Fachmagazins „Automobilwoche“");
  }

  @Test
  void nominativeDerAfterTheSourceNounIsNoGenitiveOfIt() {
    assertThat(
            said(
                "Die Frau fuhr eiligst nach Hause, wo jedoch bereits der Mörder – nach"
                    + " Zeugenaussagen der Ehemann – wartete."))
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple(null, "Zeugenaussagen"));
    // a masculine noun in -er may be a plural, whose genitive "der" is
    assertThat(said("Nach Angaben der Lehrer sei der Unterricht ausgefallen."))
        .extracting(Attributed::mention)
        .containsExactly("Angaben der Lehrer");
  }

  @Test
  void personTheParserMadeTheObjectSpeaksRatherThanTheInterview() {
    assertThat(
            said(
                "„Wir wollen unsere Produktionssysteme enger verzahnen“, hatte VW-Chef Winterkorn"
                    + " in einem Interview erklärt."))
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple("Winterkorn", "VW-Chef Winterkorn"));
  }
}
