package io.sprecher.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.nlp.Sentence;
import io.sprecher.testing.German;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences get a dependency parse: those a statement can stand in, on real German text. */
class StatementSentencesTest {

  private final StatementSentences selector = new StatementSentences();

  /** The sentences of {@code text} (one a line) the selector chooses, by index. */
  private BitSet chosen(String text) {
    BitSet[] out = new BitSet[1];
    German.annotator()
        .annotate(
            text,
            sentences -> {
              assertThat(sentences).noneMatch(Sentence::isParsed); // chosen before any parse
              out[0] = selector.select(sentences);
              return out[0];
            });
    return out[0];
  }

  @Test
  void choosesSentencesWithQuotationMarksVerbsOfSayingSubjunctiveOrReportingPhrases() {
    String text =
        String.join(
            "\n",
            List.of(
                "„Wir nehmen nichts für bare Münze“, stellte der Chefdiplomat klar.",
                "Der Zug fuhr um acht Uhr in Wien ab.",
                "Kerry sagte am Mittwoch in Washington etwas zur Lage.",
                "Die Gespräche seien schwierig gewesen.",
                "Im Garten wachsen rote Tomaten.",
                "Laut Polizei gab es keine Verletzten."));
    assertThat(chosen(text).stream().boxed().toList()).containsExactly(0, 2, 3, 5);
  }

  @Test
  void skipsNarrationWithoutAnyCue() {
    assertThat(chosen("Die Firma wurde 1998 gegründet.\nSie beschäftigt 300 Leute.").isEmpty())
        .isTrue();
  }
}
