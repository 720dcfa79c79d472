package io.sprecher.quote;

import static io.sprecher.testing.SentenceBuilder.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.nlp.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoodRecognizerTest {

  private final MoodRecognizer mood = new MoodRecognizer();

  /** "Die Regierung FORM das.": the form as the finite main verb of a third-person subject. */
  private Mood moodOfFiniteVerb(String form) {
    Sentence s =
        sentence(
            "Die Regierung " + form + " das.",
            "Die/DET/1/det",
            "Regierung/NOUN/2/nsubj",
            form + "/VERB/-1/root",
            "das/PRON/2/obj",
            "./PUNCT/2/punct");
    return mood.moodOf(s, 2);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "sei, KONJUNKTIV_I",
    "seien, KONJUNKTIV_I",
    "habe, KONJUNKTIV_I",
    "werde, KONJUNKTIV_I",
    "könne, KONJUNKTIV_I",
    "gebe, KONJUNKTIV_I",
    "koordiniere, KONJUNKTIV_I",
    "halte, KONJUNKTIV_I",
    "würden, KONJUNKTIV_II",
    "hätten, KONJUNKTIV_II",
    "könnten, KONJUNKTIV_II",
    "wäre, KONJUNKTIV_II",
    "ist, OTHER",
    "hat, OTHER",
    "wird, OTHER",
    "sagte, OTHER",
    "wurde, OTHER",
    "wurden, OTHER",
    "erklärte, OTHER",
    "koordiniert, OTHER"
  })
  void recognisesMoodFromVerbForm(String form, Mood expected) {
    assertThat(moodOfFiniteVerb(form)).isEqualTo(expected);
  }

  @Test
  void recognisesKonjunktivIByRuleInSeedSentence() {
    Sentence s =
        sentence(
            "Das Pentagon erklärte dazu, es koordiniere keine Luftangriffe mit den russischen"
                + " Streitkräften.",
            "Das/DET/1/det",
            "Pentagon/NOUN/2/nsubj/LOCATION",
            "erklärte/VERB/-1/root",
            "dazu/ADV/2/advmod",
            ",/PUNCT/6/punct",
            "es/PRON/6/expl",
            "koordiniere/VERB/2/conj",
            "keine/DET/8/det",
            "Luftangriffe/NOUN/6/nsubj",
            "mit/ADP/12/case",
            "den/DET/12/det",
            "russischen/ADJ/12/amod/MISC",
            "Streitkräften/NOUN/6/obl:mit",
            "./PUNCT/2/punct");

    assertThat(mood.moodOf(s, 6)).isEqualTo(Mood.KONJUNKTIV_I);
    assertThat(mood.moodOf(s, 2)).isEqualTo(Mood.OTHER);
    assertThat(mood.anySubjunctive(s, 5, 12)).isTrue();
    assertThat(mood.anySubjunctive(s, 0, 3)).isFalse();
  }

  @Test
  void recognisesKonjunktivIIAuxiliaryInSeedSentence() {
    Sentence s =
        sentence(
            "Regierungssprecher Josh Earnest sagte, die USA würden eine Unterstützung Moskaus"
                + " begrüßen.",
            "Regierungssprecher/NOUN/1/dep",
            "Josh/PROPN/3/nsubj/PERSON",
            "Earnest/PROPN/1/flat/PERSON",
            "sagte/VERB/-1/root",
            ",/PUNCT/11/punct",
            "die/DET/6/det",
            "USA/PROPN/11/nsubj/LOCATION",
            "würden/AUX/11/aux",
            "eine/DET/9/det",
            "Unterstützung/NOUN/11/obj",
            "Moskaus/PROPN/9/appos/LOCATION",
            "begrüßen/VERB/3/ccomp",
            "./PUNCT/3/punct");

    assertThat(mood.moodOf(s, 7)).isEqualTo(Mood.KONJUNKTIV_II);
    assertThat(mood.moodOf(s, 3)).isEqualTo(Mood.OTHER);
    assertThat(mood.moodOf(s, 11)).isEqualTo(Mood.OTHER);
  }

  @Test
  void recognisesKonjunktivICopula() {
    Sentence s =
        sentence(
            "Hammond erklärte, die Situation in Syrien werde immer komplizierter.",
            "Hammond/PROPN/1/nsubj/PERSON",
            "erklärte/VERB/-1/root",
            ",/PUNCT/9/punct",
            "die/DET/4/det",
            "Situation/NOUN/9/nsubj",
            "in/ADP/6/case",
            "Syrien/PROPN/4/nmod:in/LOCATION",
            "werde/AUX/9/cop",
            "immer/ADV/9/advmod",
            "komplizierter/ADJ/1/ccomp",
            "./PUNCT/1/punct");

    assertThat(mood.moodOf(s, 7)).isEqualTo(Mood.KONJUNKTIV_I);
  }

  @Test
  void passiveWurdeIsIndicative() {
    Sentence s =
        sentence(
            "Dies wurde allerdings vom Pentagon dementiert.",
            "Dies/PRON/5/nsubj:pass",
            "wurde/AUX/5/aux:pass",
            "allerdings/ADV/5/advmod",
            "vom/ADP/4/case",
            "Pentagon/NOUN/5/obl:agent/LOCATION",
            "dementiert/VERB/-1/root",
            "./PUNCT/5/punct");

    assertThat(mood.moodOf(s, 1)).isEqualTo(Mood.OTHER);
    assertThat(mood.anySubjunctive(s, 0, 6)).isFalse();
  }

  @Test
  void firstPersonFormInEIsIndicative() {
    Sentence s =
        sentence(
            "„Ich gebe nicht auf“, sagte er.",
            "„/PUNCT/2/punct",
            "Ich/PRON/2/nsubj",
            "gebe/VERB/7/ccomp",
            "nicht/PART/2/advmod",
            "auf/ADP/2/compound:prt",
            "“/PUNCT/2/punct",
            ",/PUNCT/2/punct",
            "sagte/VERB/-1/root",
            "er/PRON/7/nsubj",
            "./PUNCT/7/punct");

    assertThat(mood.moodOf(s, 2)).isEqualTo(Mood.OTHER);
  }

  @Test
  void firstPersonAuxiliaryIsIndicative() {
    Sentence s =
        sentence(
            "Ich habe nichts gesagt.",
            "Ich/PRON/3/nsubj",
            "habe/AUX/3/aux",
            "nichts/PRON/3/obj",
            "gesagt/VERB/-1/root",
            "./PUNCT/3/punct");

    assertThat(mood.moodOf(s, 1)).isEqualTo(Mood.OTHER);
  }

  @Test
  void thirdPersonAuxiliaryIsKonjunktivI() {
    Sentence s =
        sentence(
            "Er habe nichts gesagt.",
            "Er/PRON/3/nsubj",
            "habe/AUX/3/aux",
            "nichts/PRON/3/obj",
            "gesagt/VERB/-1/root",
            "./PUNCT/3/punct");

    assertThat(mood.moodOf(s, 1)).isEqualTo(Mood.KONJUNKTIV_I);
  }

  @Test
  void verbInNonFiniteRelationHasNoMood() {
    // a participle in -e that the parser attached as a modifier is no finite verb
    Sentence s =
        sentence(
            "Die steigende Zahl sei falsch.",
            "Die/DET/2/det",
            "steigende/VERB/2/amod",
            "Zahl/NOUN/4/nsubj",
            "sei/AUX/4/cop",
            "falsch/ADJ/-1/root",
            "./PUNCT/4/punct");

    assertThat(mood.moodOf(s, 1)).isEqualTo(Mood.OTHER);
    assertThat(mood.moodOf(s, 3)).isEqualTo(Mood.KONJUNKTIV_I);
  }

  @Test
  void nonVerbHasNoMood() {
    Sentence s =
        sentence(
            "Die russische Luftwaffe griff an.",
            "Die/DET/2/det",
            "russische/ADJ/2/amod/MISC",
            "Luftwaffe/NOUN/3/nsubj",
            "griff/VERB/-1/root",
            "an/ADP/3/compound:prt",
            "./PUNCT/3/punct");

    assertThat(mood.moodOf(s, 1)).isEqualTo(Mood.OTHER);
    assertThat(mood.anySubjunctive(s, 0, 5)).isFalse();
  }

  @Test
  void anySubjunctiveToleratesRangeBeyondSentence() {
    Sentence s =
        sentence(
            "Er habe nichts gesagt.",
            "Er/PRON/3/nsubj",
            "habe/AUX/3/aux",
            "nichts/PRON/3/obj",
            "gesagt/VERB/-1/root",
            "./PUNCT/3/punct");

    assertThat(mood.anySubjunctive(s, -3, 40)).isTrue();
  }

  @Test
  void firstPersonCopulaIsIndicative() {
    // CoreNLP's parse: "werde" is the copula of "optimistischer", which holds the subject
    Sentence s =
        sentence(
            "Ich werde immer optimistischer.",
            "Ich/PRON/3/nsubj",
            "werde/AUX/3/cop",
            "immer/ADV/3/advmod",
            "optimistischer/ADJ/-1/root",
            "./PUNCT/3/punct");

    assertThat(mood.moodOf(s, 1)).isEqualTo(Mood.OTHER);
  }
}
