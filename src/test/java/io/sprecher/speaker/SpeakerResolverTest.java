package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.quote.QuoteType;
import io.sprecher.speaker.Attributions.Attributed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who said what, on real German sentences parsed by CoreNLP (most from the seeds): quotations from
 * QuotationFinder, speakers from SpeakerResolver.
 */
class SpeakerResolverTest {

  private static List<Attributed> attribute(String article) {
    return Attributions.of(article);
  }

  // ---------------------------------------------------------------- named speakers

  @Test
  void nameWithRoleBeforeItGivesPersonAndRole() {
    List<Attributed> a =
        attribute(
            "Im Gespräch seien Absprachen auf militärischer Ebene, sagte US-Außenminister John"
                + " Kerry am Mittwoch.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Im Gespräch seien Absprachen auf militärischer Ebene",
                "John Kerry"));
    assertThat(a.get(0).speaker())
        .isEqualTo(
            new Speaker(
                "John Kerry",
                SpeakerType.PERSON,
                "US-Außenminister John Kerry",
                "US-Außenminister"));
  }

  @Test
  void nameInAppositionGivesPersonWithRoleBeforeIt() {
    List<Attributed> a =
        attribute(
            "Wenn es eine Möglichkeit gebe, den IS zusammen mit Russland oder irgendeinem"
                + " anderen Land zu bekämpfen, dann \"werden wir sie sicherlich ergreifen\","
                + " sagte der Pressesprecher des Weißen Hauses, Sean Spicer, am Montag in"
                + " Washington.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(tuple(QuoteType.MIXED, "Sean Spicer"));
    assertThat(a.get(0).speaker().type()).isEqualTo(SpeakerType.PERSON);
    assertThat(a.get(0).speaker().role()).isEqualTo("Pressesprecher des Weißen Hauses");
    assertThat(a.get(0).speaker().mention())
        .isEqualTo("der Pressesprecher des Weißen Hauses, Sean Spicer");
  }

  @Test
  void nameAfterUnnamedOfficeGivesThePerson() {
    List<Attributed> a =
        attribute(
            "\"Wir sind für die Schaffung einer internationalen Koalition gegen den"
                + " Terrorismus\", sagte der Gesandte der Führung in Damaskus, Baschar"
                + " Dschaafari, am Montag.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Wir sind für die Schaffung einer internationalen Koalition gegen den Terrorismus",
                "Baschar Dschaafari"));
  }

  @Test
  void shortNameBecomesFullNameGivenEarlierInTheArticle() {
    List<Attributed> a =
        attribute(
            "Kerry traf in London seinen britischen Amtskollegen Philip Hammond. Hammond"
                + " erklärte, die Situation in Syrien werde immer komplizierter.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die Situation in Syrien werde immer komplizierter",
                "Philip Hammond"));
    assertThat(a.get(0).speaker().mention()).isEqualTo("Hammond");
  }

  @Test
  void sourceOfZufolgeIsThePerson() {
    List<Attributed> a =
        attribute(
            "Im Gespräch seien Absprachen auf militärischer Ebene, sagte US-Außenminister John"
                + " Kerry am Mittwoch. Der Vorschlag kam Kerry zufolge von russischer Seite.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Im Gespräch seien Absprachen auf militärischer Ebene",
                "John Kerry"),
            tuple(
                QuoteType.REPORTED,
                "Der Vorschlag kam Kerry zufolge von russischer Seite",
                "John Kerry"));
  }

  @Test
  void subjectOfVerbWithNounObjectIsTheSpeaker() {
    List<Attributed> a =
        attribute(
            "Kerry und sein russischer Amtskollege Sergej Lawrow hatten am Dienstag auf"
                + " US-Initiative hin bereits zum dritten Mal innerhalb einer Woche"
                + " telefoniert. Lawrow betonte in dem Gespräch nach Angaben aus Moskau die"
                + " Notwendigkeit, eine Einheitsfront im Kampf gegen Terrorgruppen in Syrien zu"
                + " bilden.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "Lawrow betonte in dem Gespräch nach Angaben aus Moskau die Notwendigkeit, eine"
                    + " Einheitsfront im Kampf gegen Terrorgruppen in Syrien zu bilden",
                "Sergej Lawrow"));
  }

  // ---------------------------------------------------------------- organisations

  @Test
  void organisationNounIsOrganisationSpeaker() {
    List<Attributed> a =
        attribute(
            "Zuvor hatte das Verteidigungsministerium in Moskau mitgeteilt, dass die russische"
                + " Luftwaffe in Syrien bereits mit den US-Streitkräften abgestimmte Angriffe"
                + " ausgeführt habe.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die russische Luftwaffe in Syrien bereits mit den US-Streitkräften abgestimmte"
                    + " Angriffe ausgeführt habe",
                new Speaker(
                    "Verteidigungsministerium",
                    SpeakerType.ORGANIZATION,
                    "das Verteidigungsministerium",
                    null)));
  }

  @Test
  void definiteOrganisationNounIsTheOrganisationNamedBeforeWithThatNoun() {
    List<Attributed> a =
        attribute(
            "Die Internationale Organisation für Migration (IOM) erklärte am Dienstag, die"
                + " Flüchtlinge seien vermutlich verdurstet. Die Organisation warnte, die Sahara"
                + " könne für viele Flüchtlinge zu einer Todesfalle werden.");

    assertThat(a)
        .extracting(Attributed::speaker)
        .containsExactly(
            new Speaker(
                "Internationale Organisation für Migration",
                SpeakerType.ORGANIZATION,
                "Die Internationale Organisation für Migration (IOM)",
                null),
            new Speaker(
                "Internationale Organisation für Migration",
                SpeakerType.ORGANIZATION,
                "Die Organisation",
                null));
  }

  @Test
  void definiteOrganisationNounWithoutSuchAnOrganisationBeforeKeepsTheNoun() {
    List<Attributed> a =
        attribute(
            "Der Autor des Buches wohnt in Wien. Das Unternehmen teilte mit, der Vertrag sei"
                + " gekündigt.");

    assertThat(a).extracting(Attributed::name).containsExactly("Unternehmen");
  }

  @Test
  void organisationNamedInTheGenitiveIsNamedInTheNominative() {
    List<Attributed> a =
        attribute(
            "Im vergangenen Jahr hat es in Deutschland mehr als tausend Angriffe auf"
                + " Flüchtlingsheime gegeben. Das geht aus einer Erhebung des"
                + " Bundeskriminalamts (BKA) hervor.");

    assertThat(a)
        .extracting(Attributed::name, Attributed::mention)
        .containsExactly(tuple("Bundeskriminalamt", "einer Erhebung des Bundeskriminalamts (BKA)"));
  }

  @Test
  void pentagonIsOrganisationSpeaker() {
    List<Attributed> a =
        attribute(
            "Das Pentagon erklärte dazu, es koordiniere keine Luftangriffe mit den russischen"
                + " Streitkräften.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "es koordiniere keine Luftangriffe mit den russischen Streitkräften",
                new Speaker("Pentagon", SpeakerType.ORGANIZATION, "Das Pentagon", null)));
  }

  @Test
  void quotedNewspaperNameIsTheSpeakerNotAStatement() {
    List<Attributed> a =
        attribute(
            "Die US-Zeitung «Washington Post» hatte zuvor unter Berufung auf ein Papier der"
                + " US-Regierung berichtet, die USA wollten beim Kampf gegen islamische"
                + " Extremisten in Syrien enger mit Russland zusammenarbeiten.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "die USA wollten beim Kampf gegen islamische Extremisten in Syrien enger mit"
                    + " Russland zusammenarbeiten",
                new Speaker(
                    "Washington Post",
                    SpeakerType.ORGANIZATION,
                    "Die US-Zeitung «Washington Post»",
                    "US-Zeitung")));
  }

  @Test
  void coordinatedSpeakersBecomeOneGroup() {
    List<Attributed> a =
        attribute(
            "Das Pentagon und das Außenministerium teilten mit, man werde die Angriffe prüfen.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "man werde die Angriffe prüfen",
                new Speaker(
                    "Pentagon und das Außenministerium",
                    SpeakerType.GROUP,
                    "Das Pentagon und das Außenministerium",
                    null)));
  }

  @Test
  void genitiveAfterNachAngabenIsOrganisationSpeaker() {
    List<Attributed> a =
        attribute("Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "wurden bei dem Unfall drei Menschen verletzt",
                new Speaker("Polizei", SpeakerType.ORGANIZATION, "Angaben der Polizei", null)));
  }

  // ---------------------------------------------------------------- pronouns and offices

  @Test
  void attributesPronounToLastNamedPersonInSubjectPosition() {
    List<Attributed> a =
        attribute("Kerry traf am Mittwoch Lawrow. „Wir haben die gleichen Ziele“, betonte er.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Wir haben die gleichen Ziele", "Kerry"));
    assertThat(a.get(0).speaker().mention()).isEqualTo("er");
  }

  @Test
  void attributesPronounAfterQuotationToThePreviousSpeaker() {
    assertThat(
            attribute(
                "„Wir haben die gleichen Ziele“, sagte Kerry dem britischen Fernsehsender Channel"
                    + " 4. „Der IS muss zerstört, komplett gestoppt werden“, betonte er."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.DIRECT, "Wir haben die gleichen Ziele", "Kerry"),
            tuple(QuoteType.DIRECT, "Der IS muss zerstört, komplett gestoppt werden", "Kerry"));
  }

  @Test
  void femininePronounGoesToTheNamedWoman() {
    assertThat(
            attribute(
                "Die Kanzlerin Angela Merkel besuchte Paris. Sie sagte, die Gespräche seien gut"
                    + " verlaufen."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "die Gespräche seien gut verlaufen", "Angela Merkel"));
  }

  @Test
  void pronounSkipsPersonNamedInsideTheContent() {
    // seed 002: "Präsident Putin" is inside what Kerry said
    assertThat(
            attribute(
                "US-Aussenminister John Kerry hat sich bei einem Treffen mit Russlands Präsident"
                    + " Wladimir Putin in Moskau für eine engere Zusammenarbeit eingesetzt. Kerry"
                    + " dementierte die Angaben nicht, wollte sich aber nicht näher dazu äussern."
                    + " Er wolle zunächst Präsident Putin treffen, sagte er."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Er wolle zunächst Präsident Putin treffen", "John Kerry"));
  }

  @Test
  void pronounSkipsOrganisationThatSpokeBefore() {
    // seed 002: the Washington Post spoke last, but "er" is Kerry, the subject just before
    assertThat(
            attribute(
                "Die US-Zeitung «Washington Post» hatte zuvor unter Berufung auf ein Papier der"
                    + " US-Regierung berichtet, die USA wollten beim Kampf gegen islamische"
                    + " Extremisten in Syrien enger mit Russland zusammenarbeiten.\nDie Idee"
                    + " sei, eine gemeinsame Kommandozentrale für massive Luftangriffe gegen die"
                    + " Dschihadistengruppen Islamischer Staat (IS) und Al-Nusra-Front"
                    + " einzurichten. Kerry dementierte die Angaben nicht, wollte sich aber nicht"
                    + " näher dazu äussern. Er wolle zunächst Präsident Putin treffen, sagte"
                    + " er."))
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Washington Post"),
            tuple(QuoteType.FREE_INDIRECT, "Washington Post"),
            tuple(QuoteType.INDIRECT, "Kerry"));
  }

  @Test
  void officeNounGoesToEarlierSpeakerWithThatOffice() {
    List<Attributed> a =
        attribute(
            "Wenn es eine Möglichkeit gebe, den IS zu bekämpfen, dann \"werden wir sie"
                + " sicherlich ergreifen\", sagte der Pressesprecher des Weißen Hauses, Sean"
                + " Spicer, am Montag in Washington.\n\nTrump habe klargemacht, dass er \"mit"
                + " jedem Land zusammenarbeiten wird, dass unser Interesse daran teilt, den IS zu"
                + " besiegen\", betonte der Sprecher.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(
            tuple(QuoteType.MIXED, "Sean Spicer"), tuple(QuoteType.MIXED, "Sean Spicer"));
    assertThat(a.get(1).speaker())
        .isEqualTo(
            new Speaker(
                "Sean Spicer",
                SpeakerType.PERSON,
                "der Sprecher",
                "Pressesprecher des Weißen Hauses"));
  }

  @Test
  void chefdiplomatGoesToEarlierSpeakingAussenminister() {
    List<Attributed> a =
        attribute(
            "Im Gespräch seien Absprachen auf militärischer Ebene, sagte US-Außenminister John"
                + " Kerry am Mittwoch. Der Vorschlag kam Kerry zufolge von russischer Seite.\n\n"
                + "\"Wir nehmen nichts für bare Münze\", stellte der Chefdiplomat klar. Es gebe"
                + " ernsthafte Zweifel an den Absichten Russlands.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(
            tuple(
                QuoteType.INDIRECT,
                "Im Gespräch seien Absprachen auf militärischer Ebene",
                "John Kerry"),
            tuple(
                QuoteType.REPORTED,
                "Der Vorschlag kam Kerry zufolge von russischer Seite",
                "John Kerry"),
            tuple(QuoteType.DIRECT, "Wir nehmen nichts für bare Münze", "John Kerry"),
            tuple(
                QuoteType.FREE_INDIRECT,
                "Es gebe ernsthafte Zweifel an den Absichten Russlands",
                "John Kerry"));
    assertThat(a.get(2).speaker().mention()).isEqualTo("der Chefdiplomat");
    assertThat(a.get(2).speaker().role()).isEqualTo("US-Außenminister");
  }

  @Test
  void officeNounWithNoEarlierPersonStaysUnknown() {
    List<Attributed> a =
        attribute("Die Kanzlerin sagte am Dienstag in Berlin: „Wir schaffen das.“");

    assertThat(a)
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.DIRECT,
                "Wir schaffen das.",
                new Speaker(null, SpeakerType.UNKNOWN, "Die Kanzlerin", null)));
  }

  // ---------------------------------------------------------------- continuations

  @Test
  void continuationsInheritTheSpeakerWithoutMention() {
    List<Attributed> a =
        attribute(
            "Hammond erklärte, die Lage werde komplizierter. Es gebe keine einfache Lösung."
                + " Großbritannien halte sich alle Optionen offen.");

    assertThat(a)
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Hammond"),
            tuple(QuoteType.FREE_INDIRECT, "Hammond"),
            tuple(QuoteType.FREE_INDIRECT, "Hammond"));
    assertThat(a.get(2).speaker())
        .isEqualTo(new Speaker("Hammond", SpeakerType.PERSON, null, null));
  }

  @Test
  void directContinuationInheritsTheSpeaker() {
    assertThat(
            attribute(
                "\"Wir sind für die Schaffung einer internationalen Koalition gegen den"
                    + " Terrorismus\", sagte der Gesandte der Führung in Damaskus, Baschar"
                    + " Dschaafari, am Montag. \"Wir haben nichts dagegen, mit Amerika zu"
                    + " arbeiten, so lange das koordiniert mit Syrien geschieht.\""))
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(
            tuple(QuoteType.DIRECT, "Baschar Dschaafari"),
            tuple(QuoteType.DIRECT, "Baschar Dschaafari"));
  }

  // ---------------------------------------------------------------- known bugs

  @Test
  void chefdiplomatGoesToAussenministerIntroducedEarlier() {
    assertThat(
            attribute(
                "US-Außenminister John Kerry traf am Mittwoch seine südafrikanische"
                    + " Amtskollegin. „Wir nehmen nichts für bare Münze“, stellte der"
                    + " Chefdiplomat klar."))
        .extracting(Attributed::type, Attributed::text, Attributed::name)
        .containsExactly(tuple(QuoteType.DIRECT, "Wir nehmen nichts für bare Münze", "John Kerry"));
  }

  @Test
  void chefdiplomatDoesNotGoToEarlierSpeakerWithAnotherOffice() {
    assertThat(
            attribute(
                "Regierungssprecher Josh Earnest sagte, die USA würden eine Unterstützung Moskaus"
                    + " begrüßen. US-Außenminister John Kerry traf am Mittwoch seine"
                    + " südafrikanische Amtskollegin. „Wir nehmen nichts für bare Münze“,"
                    + " stellte der Chefdiplomat klar."))
        .extracting(Attributed::type, Attributed::name)
        .containsExactly(
            tuple(QuoteType.INDIRECT, "Josh Earnest"), tuple(QuoteType.DIRECT, "John Kerry"));
  }

  @Test
  void lautIsNotPartOfTheSpeaker() {
    assertThat(attribute("Laut Polizei wurden bei dem Unfall drei Menschen verletzt."))
        .extracting(Attributed::type, Attributed::text, Attributed::speaker)
        .containsExactly(
            tuple(
                QuoteType.REPORTED,
                "wurden bei dem Unfall drei Menschen verletzt",
                new Speaker("Polizei", SpeakerType.ORGANIZATION, "Polizei", null)));
    assertThat(attribute("Laut Innenminister Thomas de Maizière ist die Lage ernst."))
        .extracting(Attributed::name, a -> a.speaker().role())
        .containsExactly(tuple("Thomas de Maizière", "Innenminister"));
  }

  @Test
  void hyphenatedMinistryIsOrganisation() {
    assertThat(
            attribute(
                "Allerdings sei es noch zu früh, um Auswirkungen abschätzen zu können, teilte"
                    + " das US-Außenministerium am Montag mit."))
        .extracting(Attributed::name, a -> a.speaker().type())
        .containsExactly(tuple("US-Außenministerium", SpeakerType.ORGANIZATION));
  }
}
