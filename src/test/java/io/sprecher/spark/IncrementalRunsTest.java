package io.sprecher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.cli.Main;
import io.sprecher.store.RunLock;
import io.sprecher.testing.OutputTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly runs over a growing landing directory, with the real Spark job: what each run adds, and
 * that nothing is added twice. The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRunsTest {

  @TempDir static Path landing;
  @TempDir static Path out;
  @TempDir static Path fresh;

  private static OutputTables tables() {
    return new OutputTables(out);
  }

  private static int extract(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("extract", "--input", landing.toString(), "--output", out.toString()));
    args.addAll(List.of(extra));
    return Main.run(args.toArray(String[]::new));
  }

  private static void land(String seed, String as) throws Exception {
    Files.copy(Path.of("seeds", seed), landing.resolve(as));
  }

  private static List<String> lastRun() throws Exception {
    return tables()
        .rows(
            "select files_seen, files_unchanged, articles_processed, articles_duplicate, rejected"
                + " from "
                + tables().table("runs")
                + " order by run_id desc limit 1");
  }

  @Test
  @Order(1)
  void firstRunProcessesEveryFile() throws Exception {
    land("000_97dd698d043d8ec6.txt", "a.txt");
    land("001_135e26ff78ab9609.txt", "b.txt");
    assertThat(extract()).isZero();
    assertThat(tables().count("articles")).isEqualTo(2);
    assertThat(lastRun()).containsExactly("2 | 0 | 2 | 0 | 0");
  }

  @Test
  @Order(2)
  void secondRunOverTheSameInputAddsNothing() throws Exception {
    List<String> before = tables().snapshot();
    assertThat(extract()).isZero();
    assertThat(tables().snapshot()).isEqualTo(before);
    assertThat(lastRun()).containsExactly("2 | 2 | 0 | 0 | 0");
    assertThat(tables().count("runs")).isEqualTo(2);
  }

  @Test
  @Order(3)
  void sparkSqlReadsAllBatchesWithOneGlob() throws Exception {
    try (var spark = Sessions.create("read test")) {
      long rows = spark.read().parquet(out + "/tables/*/statements").count();
      assertThat(rows).isEqualTo(tables().count("statements")).isPositive();
      assertThat(spark.read().parquet(out + "/tables/*/runs").count()).isEqualTo(2);
    }
  }

  @Test
  @Order(4)
  void onlyTheNewFileIsProcessedAndARenamedCopyIsADuplicate() throws Exception {
    land("002_309affeee7c8d549.txt", "c.txt");
    land("000_97dd698d043d8ec6.txt", "a-renamed-copy.txt");
    assertThat(extract()).isZero();
    assertThat(lastRun()).containsExactly("4 | 2 | 1 | 1 | 1");
    assertThat(
            tables().rows("select source_file from " + tables().table("articles") + " order by 1"))
        .hasSize(3)
        .noneMatch(f -> f.endsWith("a-renamed-copy.txt"));
    assertThat(
            tables()
                .rows(
                    "select reason, detail like '%same content%a.txt' from "
                        + tables().table("rejects")
                        + " where source_file like '%a-renamed-copy.txt'"))
        .containsExactly("DUPLICATE | true");
  }

  @Test
  @Order(5)
  void anEditedFileIsProcessedAgainAsANewVersion() throws Exception {
    Files.writeString(
        landing.resolve("b.txt"),
        "\nDer Sprecher sagte, man werde die Lage weiter beobachten.\n",
        StandardOpenOption.APPEND);
    assertThat(extract()).isZero();
    assertThat(lastRun()).containsExactly("4 | 3 | 1 | 0 | 0");
    assertThat(
            tables()
                .rows(
                    "select count(*) from "
                        + tables().table("articles")
                        + " where source_file like '%b.txt'"))
        .containsExactly("2");
  }

  @Test
  @Order(6)
  void fullRefreshReplacesEverythingWithTheRowsOfAFreshRun() throws Exception {
    assertThat(extract("--full-refresh")).isZero();
    assertThat(tables().count("runs")).isEqualTo(1);
    assertThat(lastRun()).containsExactly("4 | 0 | 3 | 1 | 1");
    assertThat(Main.run("extract", "--input", landing.toString(), "--output", fresh.toString()))
        .isZero();
    assertThat(tables().snapshot()).isEqualTo(new OutputTables(fresh).snapshot());
  }

  @Test
  @Order(7)
  void aSecondRunIsRefusedWhileTheOutputIsLocked() throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    var lockFile = new org.apache.hadoop.fs.Path(out.resolve("_sprecher/lock").toUri());
    try (RunLock held =
        RunLock.acquire(
            fs, lockFile, "other-run", Duration.ofMinutes(10), Duration.ofSeconds(30))) {
      assertThat(extract()).isEqualTo(75);
    }
    assertThat(tables().count("runs")).isEqualTo(1);
  }
}
