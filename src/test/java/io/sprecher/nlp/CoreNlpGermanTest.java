package io.sprecher.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.testing.German;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The CoreNLP German holder and the conversion of its output, on a real sentence. */
class CoreNlpGermanTest {

  private static final String TEXT =
      "„Wir nehmen nichts für bare Münze“, stellte der Chefdiplomat klar.\n"
          + "Zuvor hatte das Verteidigungsministerium im Kreml mitgeteilt, dass es Gespräche gebe.";

  @Test
  void loadsThePipelineOncePerJvm() {
    Annotator first = German.annotator();
    Annotator second = CoreNlpPipelines.german(NlpSettings.DEFAULTS);
    assertThat(second).isSameAs(first);
    assertThat(CoreNlpPipelines.loadsInThisJvm()).isEqualTo(1);
  }

  @Test
  void splitsLinesIntoSentencesWithOffsetsIntoTheText() {
    AnnotatedText at = German.annotate(TEXT);
    assertThat(at.sentences()).hasSize(2);
    for (Sentence s : at.sentences()) {
      for (Token t : s.tokens()) {
        String surface = TEXT.substring(t.begin(), t.end());
        // a contraction ("im" = "in" + "dem") gives two tokens sharing its offsets
        assertThat(surface.equals(t.word()) || surface.equals("im")).as(t.toString()).isTrue();
      }
    }
  }

  @Test
  void givesUniversalTagsAndADependencyTree() {
    Sentence s = German.annotate(TEXT).sentences().get(0);
    Token verb =
        s.tokens().stream().filter(t -> t.word().equals("stellte")).findFirst().orElseThrow();
    assertThat(verb.pos()).isEqualTo("VERB");
    assertThat(s.children(verb.index()).stream().map(i -> s.token(i).word()))
        .contains("klar", "Chefdiplomat");
    long roots = s.tokens().stream().filter(t -> t.head() < 0).count();
    assertThat(roots).isEqualTo(1);
  }

  @Test
  void keepsTheGermanClosingQuoteInTheSentenceItEnds() {
    AnnotatedText at =
        German.annotate("Er sagte: „Wir kämpfen gegen ein Monster.“ Granier beklagte die Lage.");
    assertThat(at.sentences()).hasSize(2);
    Sentence first = at.sentences().get(0);
    assertThat(first.token(first.size() - 1).word()).isEqualTo("“");
    assertThat(at.sentences().get(1).token(0).word()).isEqualTo("Granier");
  }

  @Test
  void parsesOnlyTheSentencesTheSelectorChoosesButTagsAll() {
    AnnotatedText at =
        German.annotator()
            .annotate(
                TEXT,
                sentences -> {
                  BitSet second = new BitSet();
                  second.set(1);
                  return second;
                });
    Sentence first = at.sentences().get(0);
    Sentence second = at.sentences().get(1);
    assertThat(first.isParsed()).isFalse();
    assertThat(first.tokens()).allMatch(t -> t.head() == -1);
    assertThat(first.tokens()).anyMatch(t -> t.pos().equals("VERB"));
    assertThat(second.isParsed()).isTrue();
    assertThat(second.tokens()).anyMatch(t -> t.ner().equals("LOCATION"));
    assertThat(German.annotate(TEXT).sentences()).allMatch(Sentence::isParsed);
  }
}
