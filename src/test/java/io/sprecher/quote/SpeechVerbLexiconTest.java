package io.sprecher.quote;

import static io.sprecher.testing.SentenceBuilder.sentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.nlp.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms generation and cue recognition, on hand-built parses copied from CoreNLP's German ones. */
class SpeechVerbLexiconTest {

  private final SpeechVerbLexicon lexicon = new SpeechVerbLexicon();

  // ---------------------------------------------------------------- forms

  @Test
  void generatesPresentPastKonjunktivAndParticipleOfRegularVerb() {
    assertThat(SpeechVerbLexicon.forms("sagen", List.of()))
        .contains("sagen", "sage", "sagt", "sagte", "sagten", "gesagt");
  }

  @Test
  void insertsLinkingEAfterStemEndingInT() {
    assertThat(SpeechVerbLexicon.forms("berichten", List.of()))
        .contains("berichtet", "berichtete", "berichteten")
        .doesNotContain("berichtt", "berichtte");
    assertThat(SpeechVerbLexicon.forms("antworten", List.of()))
        .contains("antwortete", "geantwortet");
  }

  @Test
  void leavesOutGeForInseparablePrefix() {
    assertThat(SpeechVerbLexicon.forms("berichten", List.of()))
        .contains("berichtet")
        .doesNotContain("geberichtet");
    assertThat(SpeechVerbLexicon.forms("erklären", List.of()))
        .contains("erklärt", "erklärte")
        .doesNotContain("geerklärt");
    assertThat(SpeechVerbLexicon.forms("verkünden", List.of()))
        .contains("verkündet")
        .doesNotContain("geverkündet");
  }

  @Test
  void leavesOutGeForVerbsInIeren() {
    assertThat(SpeechVerbLexicon.forms("kritisieren", List.of()))
        .contains("kritisiert", "kritisierte")
        .doesNotContain("gekritisiert");
  }

  @Test
  void keepsErOfVerbsInErnInEveryForm() {
    assertThat(SpeechVerbLexicon.forms("äußern", List.of()))
        .contains("äußere", "äußert", "äußerte", "geäußert");
    assertThat(SpeechVerbLexicon.forms("erläutern", List.of()))
        .contains("erläutert", "erläuterte")
        .doesNotContain("geerläutert");
  }

  @Test
  void addsIrregularFormsOfStrongVerbs() {
    assertThat(SpeechVerbLexicon.forms("sprechen", List.of("spricht", "sprach", "gesprochen")))
        .contains("sprechen", "spricht", "sprach", "gesprochen");
  }

  // ---------------------------------------------------------------- cues of simple verbs

  @Test
  void simpleVerbOfSayingIsCue() {
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

    assertThat(lexicon.cueAt(s, 1)).contains(new Cue(1, -1, "erklären", "SW"));
    assertThat(lexicon.cueAt(s, 7)).isEmpty();
    assertThat(lexicon.cueAt(s, 0)).isEmpty();
  }

  @Test
  void recognisesStrongPastTenseFromIrregularList() {
    Sentence s =
        sentence(
            "Der Minister sprach von einem Erfolg.",
            "Der/DET/1/det",
            "Minister/NOUN/2/nsubj",
            "sprach/VERB/-1/root",
            "von/ADP/5/case",
            "einem/DET/5/det",
            "Erfolg/NOUN/2/obl:von",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 2)).contains(new Cue(2, -1, "sprechen", "Speech"));
  }

  @Test
  void recognisesStrongPastOfVerbWithInseparablePrefix() {
    Sentence s =
        sentence(
            "Lawrow unterstrich die Notwendigkeit einer Einheitsfront.",
            "Lawrow/PROPN/1/nsubj/PERSON",
            "unterstrich/VERB/-1/root",
            "die/DET/3/det",
            "Notwendigkeit/NOUN/1/obj",
            "einer/DET/5/det",
            "Einheitsfront/NOUN/3/nmod",
            "./PUNCT/1/punct");

    assertThat(lexicon.cueAt(s, 1)).contains(new Cue(1, -1, "unterstreichen", "Speech"));
  }

  @Test
  void writingVerbHasWritingMedium() {
    Sentence s =
        sentence(
            "Die Zeitung schrieb, die USA wollten enger mit Russland zusammenarbeiten.",
            "Die/DET/1/det",
            "Zeitung/NOUN/2/nsubj",
            "schrieb/VERB/-1/root",
            ",/PUNCT/10/punct",
            "die/DET/5/det",
            "USA/PROPN/10/nsubj/LOCATION",
            "wollten/AUX/10/aux",
            "enger/ADJ/9/amod",
            "mit/ADP/9/case",
            "Russland/PROPN/10/obl:mit/LOCATION",
            "zusammenarbeiten/VERB/2/ccomp",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 2)).contains(new Cue(2, -1, "schreiben", "Writing"));
  }

  @Test
  void verbFormTaggedAsNounIsNoCue() {
    Sentence s =
        sentence(
            "Im Weißen Haus hat Trump das Sagen.",
            "Im/ADP/2/case",
            "Weißen/ADJ/2/amod",
            "Haus/NOUN/3/obl:in",
            "hat/VERB/-1/root",
            "Trump/PROPN/3/nsubj/PERSON",
            "das/DET/6/det",
            "Sagen/NOUN/3/obj",
            "./PUNCT/3/punct");

    assertThat(lexicon.cueAt(s, 6)).isEmpty();
  }

  @Test
  void verbFormMistaggedAsAdjectiveIsNoCue() {
    // CoreNLP's parse of this sentence tags "erklärten" ADJ; the lexicon trusts the tag
    Sentence s =
        sentence(
            "Das Pentagon und das Außenministerium erklärten, man werde die Angriffe prüfen.",
            "Das/DET/1/det",
            "Pentagon/NOUN/5/nsubj/LOCATION",
            "und/CCONJ/4/cc",
            "das/DET/4/det",
            "Außenministerium/NOUN/1/conj:und",
            "erklärten/ADJ/-1/root",
            ",/PUNCT/11/punct",
            "man/PRON/11/nsubj",
            "werde/AUX/11/aux",
            "die/DET/10/det",
            "Angriffe/NOUN/11/obj",
            "prüfen/VERB/5/parataxis",
            "./PUNCT/5/punct");

    assertThat(lexicon.cueAt(s, 5)).isEmpty();
  }

  // ---------------------------------------------------------------- separable verbs

  @Test
  void separatedVerbWithCompoundParticleIsCueWithItsParticle() {
    Sentence s =
        sentence(
            "Das US-Außenministerium teilte am Montag mit, es sei noch zu früh.",
            "Das/DET/1/det",
            "US-Außenministerium/NOUN/2/nsubj",
            "teilte/VERB/-1/root",
            "am/ADP/4/case",
            "Montag/PROPN/2/obl:an",
            "mit/ADP/2/compound:prt",
            ",/PUNCT/11/punct",
            "es/PRON/11/nsubj",
            "sei/AUX/11/cop",
            "noch/ADV/11/advmod",
            "zu/ADV/11/advmod",
            "früh/ADJ/2/ccomp",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 2)).contains(new Cue(2, 5, "mitteilen", "SW"));
  }

  @Test
  void separableVerbWithoutItsParticleIsNoCue() {
    Sentence s =
        sentence(
            "Der Minister teilte das Brot mit seinem Nachbarn.",
            "Der/DET/1/det",
            "Minister/NOUN/2/nsubj",
            "teilte/VERB/-1/root",
            "das/DET/4/det",
            "Brot/NOUN/2/obj",
            "mit/ADP/7/case",
            "seinem/DET/7/det:poss",
            "Nachbarn/NOUN/4/nmod:mit",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 2)).isEmpty();
  }

  @Test
  void particleAtClauseEndCountsWhenParserMissesCompoundRelation() {
    // CoreNLP makes "klar" an xcomp of "stellte", not a compound:prt
    Sentence s =
        sentence(
            "„Wir nehmen nichts für bare Münze“, stellte der Chefdiplomat klar.",
            "„/PUNCT/2/punct",
            "Wir/PRON/2/nsubj",
            "nehmen/VERB/9/advcl",
            "nichts/PRON/2/obj",
            "für/ADP/6/case",
            "bare/ADJ/6/amod",
            "Münze/NOUN/3/nmod:für",
            "“/PROPN/6/appos",
            ",/PUNCT/2/punct",
            "stellte/VERB/-1/root",
            "der/DET/11/det",
            "Chefdiplomat/NOUN/9/nsubj",
            "klar/ADJ/9/xcomp",
            "./PUNCT/9/punct");

    assertThat(lexicon.cueAt(s, 9)).contains(new Cue(9, 12, "klarstellen", "Speech"));
    assertThat(lexicon.cueAt(s, 2)).isEmpty();
  }

  @Test
  void fusedParticipleOfSeparableVerbIsCue() {
    Sentence s =
        sentence(
            "Zuvor hatte das Verteidigungsministerium in Moskau mitgeteilt, dass die russische"
                + " Luftwaffe in Syrien bereits mit den US-Streitkräften abgestimmte Angriffe"
                + " ausgeführt habe.",
            "Zuvor/ADV/6/advmod",
            "hatte/AUX/6/aux",
            "das/DET/3/det",
            "Verteidigungsministerium/NOUN/6/nsubj",
            "in/ADP/5/case",
            "Moskau/PROPN/6/obl:in/LOCATION",
            "mitgeteilt/VERB/-1/root",
            ",/PUNCT/22/punct",
            "dass/SCONJ/22/mark",
            "die/DET/11/det",
            "russische/ADJ/11/amod/MISC",
            "Luftwaffe/NOUN/22/nsubj",
            "in/ADP/13/case",
            "Syrien/PROPN/22/obl:in/LOCATION",
            "bereits/ADV/22/advmod",
            "mit/ADP/17/case",
            "den/DET/17/det",
            "US/PROPN/20/nmod:mit",
            "-/PUNCT/19/punct",
            "Streitkräften/NOUN/17/flat",
            "abgestimmte/ADJ/21/amod",
            "Angriffe/NOUN/22/obj",
            "ausgeführt/VERB/6/ccomp",
            "habe/AUX/22/aux",
            "./PUNCT/6/punct");

    assertThat(lexicon.cueAt(s, 6)).contains(new Cue(6, -1, "mitteilen", "SW"));
    assertThat(lexicon.cueAt(s, 1)).isEmpty();
    assertThat(lexicon.cueAt(s, 23)).isEmpty();
  }

  @Test
  void fusedZuInfinitiveOfSeparableVerbIsCue() {
    Sentence s =
        sentence(
            "Das Ministerium lehnte es ab, Einzelheiten mitzuteilen.",
            "Das/DET/1/det",
            "Ministerium/NOUN/2/nsubj",
            "lehnte/VERB/-1/root",
            "es/PRON/2/expl",
            "ab/ADP/2/compound:prt",
            ",/PUNCT/7/punct",
            "Einzelheiten/NOUN/7/obj",
            "mitzuteilen/VERB/2/xcomp",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 7)).contains(new Cue(7, -1, "mitteilen", "SW"));
  }

  @Test
  void separatedStrongVerbFromIrregularListIsCueWithItsParticle() {
    Sentence s =
        sentence(
            "Er wies auf die Gefahr hin.",
            "Er/PRON/1/nsubj",
            "wies/VERB/-1/root",
            "auf/ADP/4/case",
            "die/DET/4/det",
            "Gefahr/NOUN/1/obl:auf",
            "hin/ADV/1/compound:prt",
            "./PUNCT/1/punct");

    assertThat(lexicon.cueAt(s, 1)).contains(new Cue(1, 5, "hinweisen", "Speech"));
  }

  @Test
  void fusedIrregularParticipleOfSeparableVerbIsCue() {
    Sentence s =
        sentence(
            "Das Ministerium hat am Montag bekanntgegeben, der Minister werde zurücktreten.",
            "Das/DET/1/det",
            "Ministerium/PROPN/5/nsubj",
            "hat/AUX/5/aux",
            "am/ADP/4/case",
            "Montag/PROPN/5/obl:an",
            "bekanntgegeben/VERB/-1/root",
            ",/PUNCT/10/punct",
            "der/DET/8/det",
            "Minister/NOUN/10/nsubj",
            "werde/AUX/10/aux",
            "zurücktreten/VERB/5/conj",
            "./PUNCT/5/punct");

    assertThat(lexicon.cueAt(s, 5)).contains(new Cue(5, -1, "bekanntgeben", "SW"));
  }

  @Test
  void separatedHinzufuegenIsCue() {
    Sentence s =
        sentence(
            "„Das ist nicht akzeptabel“, fügte Kerry hinzu.",
            "„/PUNCT/4/punct",
            "Das/PRON/4/nsubj",
            "ist/AUX/4/cop",
            "nicht/PART/4/advmod",
            "akzeptabel/ADJ/5/amod",
            "“/NOUN/7/nsubj",
            ",/PUNCT/5/punct",
            "fügte/VERB/-1/root",
            "Kerry/PROPN/7/obj/PERSON",
            "hinzu/ADV/7/compound:prt",
            "./PUNCT/7/punct");

    assertThat(lexicon.cueAt(s, 7)).contains(new Cue(7, 9, "hinzufügen", "Speech"));
  }

  @Test
  void separatedAnfuegenIsCue() {
    Sentence s =
        sentence(
            "„Das ist nicht akzeptabel“, fügte er an.",
            "„/PUNCT/4/punct",
            "Das/PRON/4/nsubj",
            "ist/AUX/4/cop",
            "nicht/PART/4/advmod",
            "akzeptabel/ADJ/5/amod",
            "“/NOUN/7/dep",
            ",/PUNCT/5/punct",
            "fügte/VERB/-1/root",
            "er/PRON/7/nsubj",
            "an/ADP/7/compound:prt",
            "./PUNCT/7/punct");

    assertThat(lexicon.cueAt(s, 7)).contains(new Cue(7, 9, "anfügen", "Speech"));
  }

  @Test
  void separatedBekanntgebenIsCue() {
    Sentence s =
        sentence(
            "Das Ministerium gab am Montag bekannt, der Minister werde zurücktreten.",
            "Das/DET/1/det",
            "Ministerium/PROPN/2/nsubj",
            "gab/VERB/-1/root",
            "am/ADP/4/case",
            "Montag/PROPN/2/obl:an",
            "bekannt/ADJ/2/mark",
            ",/PUNCT/10/punct",
            "der/DET/8/det",
            "Minister/NOUN/10/nsubj",
            "werde/AUX/10/aux",
            "zurücktreten/VERB/2/conj",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 2)).contains(new Cue(2, 5, "bekanntgeben", "SW"));
  }

  @Test
  void separatedZugebenIsCue() {
    Sentence s =
        sentence(
            "Der Minister gab den Fehler zu.",
            "Der/DET/1/det",
            "Minister/NOUN/2/nsubj",
            "gab/VERB/-1/root",
            "den/DET/4/det",
            "Fehler/NOUN/2/obj",
            "zu/ADP/2/compound:prt",
            "./PUNCT/2/punct");

    assertThat(lexicon.cueAt(s, 2)).contains(new Cue(2, 5, "zugeben", "Speech"));
  }
}
