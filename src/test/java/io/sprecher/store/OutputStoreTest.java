package io.sprecher.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish protocol on local disk, step by step: what a reader globbing tables/ sees after each
 * step, and what {@link OutputStore#recover()} makes of a run killed between two steps.
 */
class OutputStoreTest {

  @TempDir Path out;

  private OutputStore store() {
    return new OutputStore(new Configuration(), out.toString());
  }

  private OutputStore storeWithoutLinks() {
    return OutputStore.withoutLinks(new Configuration(), out.toString());
  }

  /** Stages a run with one file in its statements table, as the Spark job would. */
  private static void stage(OutputStore s, String runId, String mode) throws Exception {
    s.begin(runId, Instant.parse("2026-11-22T03:00:00Z"), mode, "landing/");
    Path table = Path.of(s.stagedBatch(runId).toUri()).resolve("statements/month=2015-09");
    Files.createDirectories(table);
    Files.writeString(table.resolve("part-0.parquet"), runId);
  }

  /** The run ids whose statements a reader globbing tables/*&#47;statements sees. */
  private List<String> visible() throws Exception {
    Path tables = out.resolve("tables");
    if (!Files.exists(tables)) {
      return List.of();
    }
    try (var batches = Files.list(tables)) {
      return batches
          .filter(b -> Files.exists(b.resolve("statements/month=2015-09/part-0.parquet")))
          .map(b -> b.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void stagedRunIsInvisibleUntilPublished() throws Exception {
    OutputStore s = store();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    assertThat(visible()).isEmpty();
    s.publish("20261122T030000Z-0001");
    assertThat(visible()).containsExactly("20261122T030000Z-0001");
    assertThat(Files.isSymbolicLink(out.resolve("tables"))).isTrue();
    assertThat(out.resolve("_sprecher/staging/20261122T030000Z-0001")).doesNotExist();
  }

  @Test
  void publishedRunsAccumulate() throws Exception {
    OutputStore s = store();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    stage(s, "20261123T030000Z-0002", "INCREMENTAL");
    s.publish("20261123T030000Z-0002");
    assertThat(visible()).containsExactly("20261122T030000Z-0001", "20261123T030000Z-0002");
    assertThat(s.published("statements")).hasSize(2);
    assertThat(s.published("articles")).isEmpty();
  }

  @Test
  void recoverDiscardsARunKilledBeforePublishingAndReportsIt() throws Exception {
    OutputStore s = store();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    stage(s, "20261123T030000Z-0002", "INCREMENTAL"); // killed here: never published

    List<AbandonedRun> abandoned = store().recover();

    assertThat(abandoned)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.runId()).isEqualTo("20261123T030000Z-0002");
              assertThat(a.mode()).isEqualTo("INCREMENTAL");
              assertThat(a.input()).isEqualTo("landing/");
              assertThat(a.started()).isEqualTo(Instant.parse("2026-11-22T03:00:00Z"));
            });
    assertThat(visible()).containsExactly("20261122T030000Z-0001");
    assertThat(out.resolve("_sprecher/staging")).isEmptyDirectory();
  }

  @Test
  void recoverKeepsARunKilledAfterPublishingBeforeCleanup() throws Exception {
    OutputStore s = store();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    Files.createDirectories(out.resolve("_sprecher/staging/20261122T030000Z-0001"));

    assertThat(store().recover()).isEmpty();
    assertThat(visible()).containsExactly("20261122T030000Z-0001");
  }

  @Test
  void fullRefreshReplacesAllRunsInOneSwitch() throws Exception {
    OutputStore s = store();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    stage(s, "20261123T030000Z-0002", "INCREMENTAL");
    s.publish("20261123T030000Z-0002");
    stage(s, "20261124T030000Z-0003", "FULL_REFRESH");

    s.publishReplacing("20261124T030000Z-0003");

    assertThat(visible()).containsExactly("20261124T030000Z-0003");
    assertThat(store().recover()).isEmpty();
    assertThat(out.resolve("_sprecher/generations")).isDirectoryContaining(p -> true);
    try (var gens = Files.list(out.resolve("_sprecher/generations"))) {
      assertThat(gens).hasSize(1); // the old generation is removed by the next run's recovery
    }
  }

  @Test
  void fullRefreshKilledBeforeTheSwitchLeavesTheOldTables() throws Exception {
    OutputStore s = store();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    stage(s, "20261124T030000Z-0003", "FULL_REFRESH");
    // the steps of publishReplacing up to the kill: the new generation is built, not switched to
    Path generation = out.resolve("_sprecher/generations/20261124T030000Z-0003");
    Files.createDirectories(generation);
    Files.move(
        Path.of(s.stagedBatch("20261124T030000Z-0003").toUri()),
        generation.resolve("20261124T030000Z-0003"));
    assertThat(visible()).containsExactly("20261122T030000Z-0001");

    assertThat(store().recover())
        .extracting(AbandonedRun::runId)
        .containsExactly("20261124T030000Z-0003");
    assertThat(visible()).containsExactly("20261122T030000Z-0001");
    assertThat(generation).doesNotExist();
  }

  @Test
  void withoutLinksFullRefreshSwitchesByTwoRenames() throws Exception {
    OutputStore s = storeWithoutLinks();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    assertThat(Files.isSymbolicLink(out.resolve("tables"))).isFalse();
    stage(s, "20261124T030000Z-0003", "FULL_REFRESH");

    s.publishReplacing("20261124T030000Z-0003");

    assertThat(visible()).containsExactly("20261124T030000Z-0003");
    assertThat(out.resolve("_sprecher/swap")).doesNotExist();
  }

  @Test
  void withoutLinksRecoverFinishesASwitchKilledBetweenTheRenames() throws Exception {
    OutputStore s = storeWithoutLinks();
    stage(s, "20261122T030000Z-0001", "INCREMENTAL");
    s.publish("20261122T030000Z-0001");
    stage(s, "20261124T030000Z-0003", "FULL_REFRESH");
    // publishReplacing up to the kill: generation built, journal written, old tables moved aside
    Path generation = out.resolve("_sprecher/generations/20261124T030000Z-0003");
    Files.createDirectories(generation);
    Files.move(
        Path.of(s.stagedBatch("20261124T030000Z-0003").toUri()),
        generation.resolve("20261124T030000Z-0003"));
    Files.writeString(out.resolve("_sprecher/swap"), "20261124T030000Z-0003");
    Files.createDirectories(out.resolve("_sprecher/retired"));
    Files.move(out.resolve("tables"), out.resolve("_sprecher/retired/20261124T030000Z-0003"));

    assertThat(storeWithoutLinks().recover()).isEmpty();

    assertThat(visible()).containsExactly("20261124T030000Z-0003");
    assertThat(out.resolve("_sprecher/retired")).doesNotExist();
  }

  @Test
  void refusesAnOutputOfTheOldFlatLayout() throws Exception {
    Files.createDirectories(out.resolve("statements/month=2015-09"));
    assertThatThrownBy(() -> store().checkLayout())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("older Sprecher layout");
  }
}
