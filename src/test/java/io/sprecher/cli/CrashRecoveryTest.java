package io.sprecher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.testing.OutputTables;
import io.sprecher.testing.SprecherJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills {@code sprecher extract} (a separate JVM, halted as by kill -9) at each crash point, checks
 * that readers still see the previous complete state, reruns it, and compares the tables with those
 * of an uninterrupted run on the same input.
 */
class CrashRecoveryTest {

  @TempDir static Path landing;
  @TempDir static Path reference;
  @TempDir static Path logs;
  private static List<String> expected;

  @BeforeAll
  static void uninterruptedRun() throws Exception {
    Files.copy(Path.of("seeds/000_97dd698d043d8ec6.txt"), landing.resolve("a.txt"));
    Files.copy(
        Path.of("src/test/resources/io/sprecher/article/bad-input/one-broken-line.jsonl"),
        landing.resolve("b.jsonl"));
    assertThat(extract(reference, null, false).waitFor()).isZero();
    expected = new OutputTables(reference).snapshot();
    assertThat(expected).anyMatch(r -> r.startsWith("statement"));
  }

  /** Starts extract in a new JVM, halting at {@code crashAt} when not null. */
  private static Process extract(Path out, String crashAt, boolean fullRefresh) throws Exception {
    List<String> args = new ArrayList<>();
    args.addAll(List.of("extract", "--input", landing.toString(), "--output", out.toString()));
    if (fullRefresh) {
      args.add("--full-refresh");
    }
    return SprecherJvm.start(args, crashAt, logs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"while-annotating", "while-writing", "staged", "after-publish"})
  void rerunAfterAKillGivesTheRowsOfAnUninterruptedRun(String point, @TempDir Path out)
      throws Exception {
    Process killed = extract(out, point, false);
    assertThat(killed.waitFor()).isEqualTo(137);
    OutputTables tables = new OutputTables(out);
    if (point.equals("after-publish")) {
      assertThat(tables.snapshot()).isEqualTo(expected); // published whole before the kill
    } else {
      assertThat(Files.exists(out.resolve("tables"))).isFalse(); // nothing of the run visible
    }

    assertThat(extract(out, null, false).waitFor()).isZero();

    assertThat(tables.snapshot()).isEqualTo(expected);
    List<String> runs =
        tables.rows("select status from " + tables.table("runs") + " order by run_id");
    assertThat(runs)
        .containsExactly(
            point.equals("after-publish")
                ? new String[] {"SUCCEEDED", "SUCCEEDED"}
                : new String[] {"ABANDONED", "SUCCEEDED"});
  }

  @ParameterizedTest
  @ValueSource(strings = {"before-switch", "after-switch"})
  void fullRefreshKilledAroundTheSwitchLeavesOldOrNewTablesWhole(String point, @TempDir Path out)
      throws Exception {
    assertThat(extract(out, null, false).waitFor()).isZero();
    OutputTables tables = new OutputTables(out);

    assertThat(extract(out, point, true).waitFor()).isEqualTo(137);
    assertThat(tables.snapshot()).isEqualTo(expected);
    assertThat(tables.rows("select mode from " + tables.table("runs")))
        .containsExactly(point.equals("before-switch") ? "INCREMENTAL" : "FULL_REFRESH");

    assertThat(extract(out, null, false).waitFor()).isZero();
    assertThat(tables.snapshot()).isEqualTo(expected);
  }

  @Test
  void realSigkillWhileRunningThenRerunGivesTheSameRows(@TempDir Path out) throws Exception {
    Process p = extract(out, null, false);
    assertThat(p.waitFor(12, TimeUnit.SECONDS)).as("still running after 12 s").isFalse();
    p.destroyForcibly(); // SIGKILL
    p.waitFor();

    assertThat(extract(out, null, false).waitFor()).isZero();
    assertThat(new OutputTables(out).snapshot()).isEqualTo(expected);
  }
}
