package io.sprecher.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import io.sprecher.testing.German;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CoreNLP German holder and the conversion of its output, on a real sentence. */
class CoreNlpGermanTest {

  private static final String TEXT =
      "„Wir nehmen nichts für bare Münze“, stellte der Chefdiplomat klar.\n"
          + "Zuvor hatte das Verteidigungsministerium im Kreml mitgeteilt, dass es Gespräche gebe.";

  @Test
  void reusesTheLoadedPipeline() {
    Annotator first = German.annotator();
    int loads = CoreNlpPipelines.loadsInThisJvm();
    Annotator second = CoreNlpPipelines.german(NlpSettings.DEFAULTS);
    assertThat(second).isSameAs(first);
    assertThat(CoreNlpPipelines.loadsInThisJvm()).isEqualTo(loads);
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

  @Test
  void parsesEverySeedSentenceExactlyAsCoreNlpsOwnDependencyAnnotator() throws IOException {
    StanfordCoreNLP plain =
        new StanfordCoreNLP(NlpSettings.DEFAULTS.fullProperties(CoreNlpPipelines.germanDefaults()));
    List<Path> seeds;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      seeds = files.sorted().toList();
    }
    assertThat(seeds).hasSize(5);
    int compared = 0;
    for (Path seed : seeds) {
      String text = Files.readString(seed);
      Annotation document = new Annotation(text);
      plain.annotate(document);
      List<CoreMap> expected = document.get(CoreAnnotations.SentencesAnnotation.class);
      List<Sentence> ours = German.annotate(text).sentences();
      assertThat(ours).hasSameSizeAs(expected);
      for (int i = 0; i < ours.size(); i++) {
        CoreMap s = expected.get(i);
        Sentence theirs =
            CoreNlpAnnotator.convert(
                i,
                s,
                s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        assertThat(ours.get(i)).as(seed + " sentence " + i).isEqualTo(theirs);
        assertThat(theirs.isParsed()).isTrue();
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
    assertThat(((CoreNlpAnnotator) German.annotator()).parsesWithParserNetwork())
        .as("the parses above came from ParserNetwork")
        .isTrue();
  }
}
