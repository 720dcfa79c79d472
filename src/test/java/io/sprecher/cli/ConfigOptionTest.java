package io.sprecher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command refuses a configuration file that is named but absent, before doing any work. */
class ConfigOptionTest {

  @TempDir Path dir;

  @Test
  void evalAndBenchRefuseANamedButAbsentConfiguration() {
    String missing = dir.resolve("no-such.properties").toString();
    assertThat(
            Main.run(
                "eval",
                "--gold",
                dir.toString(),
                "--predictions",
                dir.resolve("p").toString(),
                "--config",
                missing))
        .isEqualTo(2);
    assertThat(Main.run("bench", "--input", "seeds", "--config", missing)).isEqualTo(2);
  }
}
