package io.sprecher.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationMetricTest {

  private static Annotation quote(String type, List<Integer> quote, List<Integer> speaker) {
    return new Annotation(type, "Speech", false, quote, speaker, List.of(), List.of(), List.of());
  }

  @Test
  void identicalPredictionScoresOne() {
    QuotationMetric m = new QuotationMetric();
    Annotation a = quote("Direct", List.of(3, 4, 5), List.of(0, 1));
    m.add(List.of(a), List.of(a));
    Scores s = m.scores();
    assertThat(s.messages().f1()).isEqualTo(1.0);
    assertThat(s.speaker().f1()).isEqualTo(1.0);
    assertThat(s.foundByType().get("Direct")).containsExactly(1, 1);
  }

  @Test
  void partialOverlapIsScoredTokenByToken() {
    QuotationMetric m = new QuotationMetric();
    m.add(
        List.of(quote("Indirect", List.of(1, 2, 3, 4), List.of(0))),
        List.of(quote("Indirect", List.of(3, 4, 5, 6), List.of(9))));
    Scores s = m.scores();
    assertThat(s.messages().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.messages().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.speaker().f1()).isZero();
  }

  @Test
  void missedGoldCountsAgainstRecallOnly() {
    QuotationMetric m = new QuotationMetric();
    Annotation hit = quote("Direct", List.of(1, 2), List.of(0));
    Annotation missed = quote("Indirect", List.of(10, 11), List.of(9));
    m.add(List.of(hit, missed), List.of(hit));
    Scores s = m.scores();
    assertThat(s.messages().precision()).isEqualTo(1.0);
    assertThat(s.messages().recall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.foundByType().get("Indirect")).containsExactly(0, 1);
  }

  @Test
  void spuriousPredictionCountsAgainstPrecisionOnly() {
    QuotationMetric m = new QuotationMetric();
    Annotation hit = quote("Direct", List.of(1, 2), List.of(0));
    m.add(List.of(hit), List.of(hit, quote("Direct", List.of(20, 21), List.of(19))));
    Scores s = m.scores();
    assertThat(s.messages().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.messages().recall()).isEqualTo(1.0);
  }

  @Test
  void pairsEachGoldWithItsBestOverlappingPrediction() {
    QuotationMetric m = new QuotationMetric();
    Annotation g1 = quote("Direct", List.of(1, 2, 3), List.of(0));
    Annotation g2 = quote("Direct", List.of(7, 8, 9), List.of(6));
    m.add(List.of(g1, g2), List.of(g2, g1));
    assertThat(m.scores().messages().f1()).isEqualTo(1.0);
  }

  @Test
  void assignmentMaximisesTotalWeight() {
    double[][] w = {{0.9, 0.8}, {0.85, 0.0}};
    assertThat(Assignment.maximise(w, 2, 2)).containsExactly(1, 0);
    double[][] rect = {{0.1, 0.5, 0.2}};
    assertThat(Assignment.maximise(rect, 1, 3)).containsExactly(1);
  }
}
