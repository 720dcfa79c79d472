package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.testing.SentenceBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpansTest {

  @Test
  void groupsAdjacentTokensOfOneClassIntoOneName() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Im Gespräch seien Absprachen, sagte US-Außenminister John Kerry am Mittwoch.",
            "Im/ADP/1/case",
            "Gespräch/NOUN/3/obl:in",
            "seien/AUX/3/cop",
            "Absprachen/NOUN/5/ccomp",
            ",/PUNCT/3/punct",
            "sagte/VERB/-1/root",
            "US/PROPN/5/nsubj",
            "-/PUNCT/8/punct",
            "Außenminister/NOUN/6/flat",
            "John/PROPN/6/appos/PERSON",
            "Kerry/PROPN/9/flat/PERSON",
            "am/ADP/12/case",
            "Mittwoch/PROPN/5/obl:an",
            "./PUNCT/5/punct");

    assertThat(NameSpans.of(t)).containsExactly(new NameSpan(0, 9, 10, "PERSON", "John Kerry"));
  }

  @Test
  void joinsHyphenatedPartsOfOneName() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Kerry traf seine Amtskollegin Maite Nkoana-Mashabane.",
            "Kerry/PROPN/1/nsubj/PERSON",
            "traf/VERB/-1/root",
            "seine/DET/3/det:poss",
            "Amtskollegin/NOUN/1/obj",
            "Maite/PROPN/3/appos/PERSON",
            "Nkoana/PROPN/4/flat/PERSON",
            "-/PUNCT/7/punct",
            "Mashabane/PROPN/4/flat/PERSON",
            "./PUNCT/1/punct");

    assertThat(NameSpans.of(t))
        .containsExactly(
            new NameSpan(0, 0, 0, "PERSON", "Kerry"),
            new NameSpan(0, 4, 7, "PERSON", "Maite Nkoana-Mashabane"));
  }

  @Test
  void doesNotJoinNamesAcrossSpacedDash() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Washington - Moskau reagierte.",
            "Washington/PROPN/3/dep/LOCATION",
            "-/PUNCT/0/punct",
            "Moskau/PROPN/3/nsubj/LOCATION",
            "reagierte/VERB/-1/root",
            "./PUNCT/3/punct");

    assertThat(NameSpans.of(t)).extracting(NameSpan::text).containsExactly("Washington", "Moskau");
  }

  @Test
  void keepsNamesOfDifferentClassesApart() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Kerry sagte dem Fernsehsender Channel 4 in London.",
            "Kerry/PROPN/1/nsubj/PERSON",
            "sagte/VERB/-1/root",
            "dem/DET/3/det",
            "Fernsehsender/NOUN/1/obl",
            "Channel/PROPN/3/appos/ORGANIZATION",
            "4/PROPN/4/appos/ORGANIZATION",
            "in/ADP/7/case",
            "London/PROPN/1/obl:in/LOCATION",
            "./PUNCT/1/punct");

    assertThat(NameSpans.of(t))
        .containsExactly(
            new NameSpan(0, 0, 0, "PERSON", "Kerry"),
            new NameSpan(0, 4, 5, "ORGANIZATION", "Channel 4"),
            new NameSpan(0, 7, 7, "LOCATION", "London"));
  }

  @Test
  void lastWordOfNameIsItsFamilyName() {
    assertThat(new NameSpan(0, 0, 1, "PERSON", "John Kerry").lastWord()).isEqualTo("Kerry");
    assertThat(new NameSpan(0, 0, 0, "PERSON", "Kerry").lastWord()).isEqualTo("Kerry");
  }

  @Test
  void countsASurnameParticleAndArticleIntoThePersonsName() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Von der Leyen betonte das.",
            "Von/ADP/2/case",
            "der/DET/2/det",
            "Leyen/NOUN/3/obl:von/PERSON",
            "betonte/VERB/-1/root",
            "das/PRON/3/obj",
            "./PUNCT/3/punct");

    assertThat(NameSpans.of(t)).containsExactly(new NameSpan(0, 0, 2, "PERSON", "von der Leyen"));
  }

  @Test
  void joinsFirstNameAndSurnameAcrossAParticle() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Ursula von der Leyen kam.",
            "Ursula/PROPN/3/nsubj/PERSON",
            "von/ADP/3/case",
            "der/DET/3/det",
            "Leyen/PROPN/0/flat/PERSON",
            "kam/VERB/-1/root",
            "./PUNCT/4/punct");

    assertThat(NameSpans.of(t))
        .containsExactly(new NameSpan(0, 0, 3, "PERSON", "Ursula von der Leyen"));
  }

  @Test
  void leavesThePrepositionVonOutsideASurnameWithoutFirstName() {
    AnnotatedText t =
        SentenceBuilder.text(
            "Ein Brief von Merkel kam.",
            "Ein/DET/1/det",
            "Brief/NOUN/4/nsubj",
            "von/ADP/3/case",
            "Merkel/PROPN/1/nmod/PERSON",
            "kam/VERB/-1/root",
            "./PUNCT/4/punct");

    assertThat(NameSpans.of(t)).containsExactly(new NameSpan(0, 3, 3, "PERSON", "Merkel"));
  }

  @Test
  void findsARepeatedSurnameTheTaggerMissed() {
    String text = "Ursula von der Leyen kam. Von der Leyen sprach. Die Leyen sprach nicht.";
    AnnotatedText t =
        new AnnotatedText(
            text,
            List.of(
                SentenceBuilder.sentence(
                    0,
                    text,
                    0,
                    "Ursula/PROPN/3/nsubj/PERSON",
                    "von/ADP/3/case",
                    "der/DET/3/det",
                    "Leyen/PROPN/0/flat/PERSON",
                    "kam/VERB/-1/root",
                    "./PUNCT/4/punct"),
                SentenceBuilder.sentence(
                    1,
                    text,
                    26,
                    "Von/ADP/2/case",
                    "der/DET/2/det",
                    "Leyen/NOUN/3/obl:von",
                    "sprach/VERB/-1/root",
                    "./PUNCT/3/punct"),
                SentenceBuilder.sentence(
                    2,
                    text,
                    48,
                    "Die/DET/1/det",
                    "Leyen/NOUN/2/nsubj",
                    "sprach/VERB/-1/root",
                    "nicht/PART/2/advmod",
                    "./PUNCT/2/punct")));

    assertThat(NameSpans.of(t))
        .extracting(NameSpan::sentence, NameSpan::text)
        .containsExactly(tuple(0, "Ursula von der Leyen"), tuple(1, "von der Leyen"));
  }
}
