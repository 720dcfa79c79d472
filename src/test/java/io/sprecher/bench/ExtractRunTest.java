package io.sprecher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.bench.Benchmark.ExtractRun;
import io.sprecher.bench.Benchmark.Run;
import io.sprecher.spark.ExtractJob;
import org.junit.jupiter.api.Test;

class ExtractRunTest {

  private static ExtractRun run(
      int articles, long process, long annotate, long extract, int cores) {
    return new ExtractRun(
        new Run("r", articles, 1000, process + 500, 0, 0, 0),
        new ExtractJob.Stages(10, 100, process, annotate, extract, 300, 1000, 50, 20),
        cores);
  }

  @Test
  void unevenEndIsTheProcessingWallLessTheWorkSpreadOverTheCores() {
    // 20 s of CoreNLP and 1 s of finding on 2 cores would take 10.5 s; the stage took 11.5 s
    assertThat(run(100, 11_500, 20_000, 1_000, 2).unevenEndMillis()).isEqualTo(1_000);
    assertThat(run(100, 21_500, 20_000, 1_000, 1).unevenEndMillis()).isEqualTo(500);
  }

  @Test
  void unevenEndIsNeverNegative() {
    // the summed task times can exceed the wall time times the cores by the clocks' grain
    assertThat(run(100, 10_000, 20_400, 0, 2).unevenEndMillis()).isZero();
  }

  @Test
  void coreNlpTimePerArticleIsTheSummedAnnotationOverTheArticles() {
    assertThat(run(250, 13_000, 25_000, 400, 2).coreNlpMillisPerArticle()).isEqualTo(100.0);
    assertThat(run(0, 100, 0, 0, 2).coreNlpMillisPerArticle()).isZero();
  }
}
