package io.sprecher.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.nlp.AnnotatedText;
import io.sprecher.testing.SentenceBuilder;
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
}
