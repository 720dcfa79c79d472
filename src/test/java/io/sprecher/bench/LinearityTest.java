package io.sprecher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.sprecher.bench.Linearity.Point;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearityTest {

  @Test
  void fixedCostPerRunShowsAsTheLinesInterceptNotAsDeviation() {
    // 2.5 s per run plus 45 ms per article: dearer per article at 250, yet exactly linear
    List<Point> points =
        List.of(new Point(250, 13_750), new Point(500, 25_000), new Point(1028, 48_760));
    Linearity.Fit fit = Linearity.fit(points);
    assertThat(fit.fixedMillis()).isCloseTo(2_500, within(0.01));
    assertThat(fit.millisPerArticle()).isCloseTo(45, within(1e-6));
    assertThat(fit.largestDeviation()).isCloseTo(0, within(1e-9));
    assertThat(Linearity.spread(points)).isCloseTo(55.0 / 47.431 - 1, within(1e-4));
  }

  @Test
  void aPointOffTheLineIsTheLargestDeviation() {
    List<Point> points =
        List.of(new Point(100, 1_000), new Point(200, 2_600), new Point(300, 3_000));
    Linearity.Fit fit = Linearity.fit(points);
    // least squares: slope 10, intercept 200; the line gives 1200, 2200, 3200
    assertThat(fit.millisPerArticle()).isCloseTo(10, within(1e-9));
    assertThat(fit.fixedMillis()).isCloseTo(200, within(1e-9));
    assertThat(fit.largestDeviation()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void constantTimePerArticleHasNoSpread() {
    assertThat(Linearity.spread(List.of(new Point(10, 500), new Point(40, 2_000)))).isZero();
  }

  @Test
  void medianIsTheMiddleRunAndTheFasterMiddleOneForAnEvenCount() {
    Comparator<Long> byTime = Comparator.naturalOrder();
    assertThat(Linearity.median(List.of(30L, 10L, 20L), byTime)).isEqualTo(20L);
    assertThat(Linearity.median(List.of(40L, 10L, 30L, 20L), byTime)).isEqualTo(20L);
    assertThat(Linearity.median(List.of(7L), byTime)).isEqualTo(7L);
  }

  @Test
  void refusesALineThroughOneSize() {
    assertThatThrownBy(() -> Linearity.fit(List.of(new Point(5, 100), new Point(5, 120))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different sizes");
  }
}
