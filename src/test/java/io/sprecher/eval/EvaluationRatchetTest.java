package io.sprecher.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.extract.ArticleProcessor;
import io.sprecher.testing.German;
import io.sprecher.testing.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code eval} on the Wikinews dev split (when ../shared/data is present) and fails when
 * messages F1 or speaker F1 falls more than 0.02 below the figures in ratchet.properties.
 */
class EvaluationRatchetTest {

  private static final double TOLERANCE = 0.02;

  @TempDir Path out;

  @Test
  void devQualityDoesNotFallBelowTheRecordedFigures() throws Exception {
    Path dev = SharedData.require("data/wikinews-quotes/dev");
    Properties ratchet = new Properties();
    try (InputStream in = getClass().getResourceAsStream("ratchet.properties")) {
      ratchet.load(in);
    }
    Evaluation evaluation = new Evaluation(new ArticleProcessor(German.annotator()), 2);
    Scores s = evaluation.run(dev, out.resolve("predictions"), out.resolve("report.md"));
    System.out.print("eval on dev:\n" + s.report());

    assertThat(Files.list(out.resolve("predictions")).count()).isEqualTo(Files.list(dev).count());
    assertThat(s.messages().f1())
        .isGreaterThanOrEqualTo(
            Double.parseDouble(ratchet.getProperty("dev.messages.f1")) - TOLERANCE);
    assertThat(s.speaker().f1())
        .isGreaterThanOrEqualTo(
            Double.parseDouble(ratchet.getProperty("dev.speaker.f1")) - TOLERANCE);
  }
}
