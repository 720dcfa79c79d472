package io.sprecher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code sprecher bench} on three seed articles: it runs and prints every figure it promises. */
class BenchCommandTest {

  private static String output;
  private static int exitCode;

  @BeforeAll
  static void runBenchOnSeeds() {
    PrintStream saved = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      exitCode =
          Main.run(
              "bench",
              "--input",
              "seeds",
              "--limit",
              "3",
              "--sizes",
              "2",
              "--warmup",
              "1",
              "--repeat",
              "2");
    } finally {
      System.setOut(saved);
    }
    output = buffer.toString(StandardCharsets.UTF_8);
    System.out.print(output);
  }

  private static double figure(String regex) {
    Matcher m = Pattern.compile(regex).matcher(output);
    assertThat(m.find()).as(regex + " in\n" + output).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void exitsWithZeroAndMeasuresTheSameTokensInBothPipelines() {
    assertThat(exitCode).isZero();
    double plainTokens = figure("plain CoreNLP, 1 thread +3 +(\\d+)");
    double extractTokens = figure("extract-2-cores +3 +(\\d+)");
    double cachedTokens = figure("plain, parser cache 50000 +3 +(\\d+)");
    assertThat(plainTokens).isPositive().isEqualTo(extractTokens).isEqualTo(cachedTokens);
  }

  @Test
  void printsRatiosStagesGcAndJitParsedShareLinearityAndModelLoads() {
    assertThat(figure("extract 2 cores / plain 2 threads \\(tokens/s\\): ([0-9.]+)x")).isPositive();
    assertThat(figure("extract 2 cores / 1 core: +([0-9.]+)x")).isPositive();
    assertThat(figure("extract-2-cores stages: prepare ([0-9.]+) s")).isNotNegative();
    assertThat(figure("extract-2-cores stages: prepare [0-9.]+ s \\| read ([0-9.]+) s"))
        .isNotNegative();
    assertThat(figure("extract-2-cores-2-run[12] stages: prepare [0-9.]+ s \\| read ([0-9.]+) s"))
        .isNotNegative();
    assertThat(figure("extract-2-cores +3 +\\d+ +[0-9.]+ +[0-9.]+ +\\d+ +\\d+ MB +([0-9.]+)"))
        .as("GC seconds")
        .isNotNegative();
    assertThat(figure("parsed sentences: \\d+ of \\d+ \\(([0-9.]+) %\\)")).isBetween(1.0, 100.0);
    assertThat(figure("\\n +2 articles +([0-9.]+) s \\(runs: [0-9.]+, [0-9.]+\\)")).isPositive();
    assertThat(figure("\\n +3 articles +[0-9.]+ s .* CoreNLP +([0-9.]+) ms/article")).isPositive();
    assertThat(figure("from 2 to 3 articles: (-?[0-9.]+) ms per added article")).isNotNull();
    assertThat(figure("time per article, dearest over cheapest: \\+([0-9.]+) %")).isNotNegative();
    assertThat(
            figure("line through the medians: -?[0-9.]+ s per run \\+ (-?[0-9.]+) ms per article"))
        .isNotNull();
    assertThat(
            figure("extract-2-cores stages: .* process wall [0-9.]+ s \\(uneven end ([0-9.]+) s"))
        .isNotNegative();
    assertThat(
            figure(
                "extract 2 cores over the whole input, all 3 runs: .* against 1 core's .*: ([0-9.]+)x"))
        .isPositive();
    assertThat(figure("cold start, 2 articles on 2 cores: a new pipeline ([0-9.]+) s"))
        .isPositive();
    assertThat(figure("the same articles again ([0-9.]+) s")).isPositive();
    assertThat(figure("cold start costs up to (-?[0-9.]+) s")).isNotNull();
    assertThat(figure("model load: Sprecher's pipeline ([0-9.]+) s")).isNotNegative();
    assertThat(figure("the plain pipeline ([0-9.]+) s")).isPositive();
    // one at the start, then one before each run of the job: warm-up, 1 core, 2 cores, and the
    // linearity runs (2 and 3 articles, twice each) and the cold start's first run (its second
    // runs on the same pipeline)
    assertThat(figure("Sprecher pipelines loaded by the benchmark: (\\d+)")).isEqualTo(9.0);
    assertThat(figure("loaded by the job itself: (-?\\d+)")).isZero();
  }
}
