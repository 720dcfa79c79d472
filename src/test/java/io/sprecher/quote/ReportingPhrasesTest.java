package io.sprecher.quote;

import static io.sprecher.testing.SentenceBuilder.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.nlp.Sentence;
import org.junit.jupiter.api.Test;

class ReportingPhrasesTest {

  private final ReportingPhrases phrases = new ReportingPhrases();

  @Test
  void findsPostposedZufolgeWithSourceBefore() {
    Sentence s =
        sentence(
            "Der Vorschlag kam Kerry zufolge von russischer Seite.",
            "Der/DET/1/det",
            "Vorschlag/NOUN/2/nsubj",
            "kam/VERB/-1/root",
            "Kerry/PROPN/2/obj/PERSON",
            "zufolge/ADP/7/case",
            "von/ADP/7/case",
            "russischer/ADJ/7/amod/MISC",
            "Seite/NOUN/3/nmod:von",
            "./PUNCT/2/punct");

    assertThat(phrases.find(s, 0))
        .isEqualTo(new ReportingPhrases.Match(4, 4, ReportingPhrases.Side.BEFORE));
  }

  @Test
  void findsCapitalisedMultiWordPhraseWithSourceAfter() {
    Sentence s =
        sentence(
            "Nach Angaben der Polizei wurden drei Menschen verletzt.",
            "Nach/ADP/1/case",
            "Angaben/NOUN/7/obl:nach",
            "der/DET/3/det",
            "Polizei/NOUN/1/nmod",
            "wurden/AUX/7/aux:pass",
            "drei/NUM/6/nummod",
            "Menschen/NOUN/7/nsubj:pass",
            "verletzt/VERB/-1/root",
            "./PUNCT/7/punct");

    assertThat(phrases.find(s, 0))
        .isEqualTo(new ReportingPhrases.Match(0, 1, ReportingPhrases.Side.SELF, 1));
  }

  @Test
  void findsThreeWordPhrase() {
    Sentence s =
        sentence(
            "Die Zeitung berichtete unter Berufung auf Regierungskreise.",
            "Die/DET/1/det",
            "Zeitung/NOUN/2/nsubj",
            "berichtete/VERB/-1/root",
            "unter/ADP/4/case",
            "Berufung/NOUN/2/obl:unter",
            "auf/ADP/6/case",
            "Regierungskreise/NOUN/4/nmod:auf",
            "./PUNCT/2/punct");

    assertThat(phrases.find(s, 0))
        .isEqualTo(new ReportingPhrases.Match(3, 5, ReportingPhrases.Side.AFTER));
  }

  @Test
  void searchesOnlyFromTheGivenToken() {
    Sentence s =
        sentence(
            "Laut Polizei wurden laut Zeugen drei Menschen verletzt.",
            "Laut/ADP/1/case",
            "Polizei/NOUN/7/obl:laut",
            "wurden/AUX/7/aux:pass",
            "laut/ADP/4/case",
            "Zeugen/NOUN/7/obl:laut",
            "drei/NUM/6/nummod",
            "Menschen/NOUN/7/nsubj:pass",
            "verletzt/VERB/-1/root",
            "./PUNCT/7/punct");

    assertThat(phrases.find(s, 0))
        .isEqualTo(new ReportingPhrases.Match(0, 0, ReportingPhrases.Side.AFTER));
    assertThat(phrases.find(s, 1))
        .isEqualTo(new ReportingPhrases.Match(3, 3, ReportingPhrases.Side.AFTER));
  }

  @Test
  void nachWithoutReportNounIsNoPhrase() {
    Sentence s =
        sentence(
            "Kerry reiste nach Moskau.",
            "Kerry/PROPN/1/nsubj/PERSON",
            "reiste/VERB/-1/root",
            "nach/ADP/3/case",
            "Moskau/PROPN/1/obl:nach/LOCATION",
            "./PUNCT/1/punct");

    assertThat(phrases.find(s, 0)).isNull();
  }

  @Test
  void lautAsAdjectiveBeforeAVerbOrCommaIsNoReportingPhrase() {
    Sentence s =
        sentence(
            "Kritik wird laut, schon 2006 war Kritik laut geworden.",
            "Kritik/NOUN/2/nsubj",
            "wird/AUX/2/cop",
            "laut/ADJ/-1/root",
            ",/PUNCT/9/punct",
            "schon/ADV/5/advmod",
            "2006/NUM/9/obl",
            "war/AUX/9/aux",
            "Kritik/NOUN/9/nsubj",
            "laut/ADP/9/advmod",
            "geworden/VERB/2/parataxis",
            "./PUNCT/2/punct");

    assertThat(phrases.find(s, 0)).isNull();
  }
}
