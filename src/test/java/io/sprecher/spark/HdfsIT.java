package io.sprecher.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.sprecher.cli.Main;
import io.sprecher.testing.OutputTables;
import io.sprecher.testing.SprecherJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} reading from and writing to a real HDFS (an in-process MiniDFSCluster): the
 * tables equal those of a run on local disk, reruns are incremental, a full refresh replaces the
 * tables, and a kill in the middle of a full refresh's two-rename switch is finished by the next
 * run. The tests run in order, each on the output the previous one left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HdfsIT {

  @TempDir static Path work;
  @TempDir static Path logs;
  private static MiniDFSCluster hdfs;
  private static FileSystem fs;
  private static String landing;
  private static String output;
  private static List<String> localDisk;

  @BeforeAll
  static void startHdfsAndRunOnLocalDisk() throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.resolve("hdfs").toString());
    hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    hdfs.waitActive();
    fs = hdfs.getFileSystem();
    String root = hdfs.getURI().toString();
    landing = root + "/landing";
    output = root + "/sprecher";
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(new File("seeds").getAbsolutePath()),
        new org.apache.hadoop.fs.Path(landing));

    Path localOut = work.resolve("local-out");
    assertThat(Main.run("extract", "--input", "seeds", "--output", localOut.toString())).isZero();
    localDisk = new OutputTables(localOut).snapshot();
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  /** The published tables, copied from HDFS to local disk and read with DuckDB. */
  private static OutputTables tables(String name) throws Exception {
    Path copy = work.resolve("copies").resolve(name);
    Files.createDirectories(copy);
    fs.copyToLocalFile(
        new org.apache.hadoop.fs.Path(output + "/tables"),
        new org.apache.hadoop.fs.Path(copy.toString()));
    return new OutputTables(copy);
  }

  private static String childLogs() {
    try (var files = Files.list(logs)) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.toList()) {
        all.append(f).append(":\n").append(Files.readString(f)).append('\n');
      }
      return all.toString();
    } catch (java.io.IOException e) {
      return "no logs: " + e;
    }
  }

  private static int extract(String... extra) {
    List<String> args = new ArrayList<>(List.of("extract", "--input", landing, "--output", output));
    args.addAll(List.of(extra));
    return Main.run(args.toArray(String[]::new));
  }

  @Test
  @Order(1)
  void firstRunOnHdfsGivesTheTablesOfALocalDiskRun() throws Exception {
    assertThat(extract()).isZero();
    OutputTables tables = tables("first");
    assertThat(tables.snapshot()).isEqualTo(localDisk);
    assertThat(tables.count("articles")).isEqualTo(5);
    assertThat(tables.rows("select source_file from " + tables.table("articles")))
        .allMatch(f -> f.startsWith("hdfs://"));
  }

  @Test
  @Order(2)
  void secondRunAddsNothing() throws Exception {
    assertThat(extract()).isZero();
    OutputTables tables = tables("second");
    assertThat(tables.snapshot()).isEqualTo(localDisk);
    assertThat(
            tables.rows(
                "select files_seen, files_unchanged, articles_processed, statements from "
                    + tables.table("runs")
                    + " order by run_id"))
        .hasSize(2)
        .last()
        .isEqualTo("5 | 5 | 0 | 0");
  }

  @Test
  @Order(3)
  void aNewFileIsTheOnlyOneProcessed() throws Exception {
    fs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(
            new File("src/test/resources/io/sprecher/article/bad-input/latin1-windows-1252.txt")
                .getAbsolutePath()),
        new org.apache.hadoop.fs.Path(landing + "/new.txt"));
    assertThat(extract()).isZero();
    OutputTables tables = tables("third");
    assertThat(tables.count("articles")).isEqualTo(6);
    assertThat(
            tables.rows(
                "select files_seen, files_unchanged, articles_processed from "
                    + tables.table("runs")
                    + " order by run_id"))
        .last()
        .isEqualTo("6 | 5 | 1");
    assertThat(
            tables.rows(
                "select source_encoding from "
                    + tables.table("articles")
                    + " where source_file like '%new.txt'"))
        .containsExactly("windows-1252");
  }

  @Test
  @Order(4)
  void fullRefreshReplacesTheTablesWithOneRun() throws Exception {
    List<String> before = tables("before-refresh").snapshot();
    assertThat(extract("--full-refresh")).isZero();
    OutputTables tables = tables("refreshed");
    assertThat(tables.snapshot()).isEqualTo(before);
    assertThat(tables.rows("select mode, articles_processed from " + tables.table("runs")))
        .containsExactly("FULL_REFRESH | 6");
  }

  @Test
  @Order(5)
  void killBetweenTheSwitchRenamesIsFinishedByTheNextRun() throws Exception {
    List<String> before = tables("before-kill").snapshot();
    Process killed =
        SprecherJvm.start(
            List.of("extract", "--input", landing, "--output", output, "--full-refresh"),
            "between-switch-renames",
            logs);
    assertThat(killed.waitFor(5, TimeUnit.MINUTES)).as("ended within 5 minutes").isTrue();
    assertThat(killed.exitValue()).as(() -> childLogs()).isEqualTo(137);
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(output + "/tables")))
        .as("old tables moved aside, new ones not yet in")
        .isFalse();

    assertThat(extract()).isZero();
    OutputTables tables = tables("after-kill");
    assertThat(tables.snapshot()).isEqualTo(before);
    assertThat(
            tables.rows(
                "select mode, articles_processed from " + tables.table("runs") + " order by all"))
        .containsExactly("FULL_REFRESH | 6", "INCREMENTAL | 0");
  }
}
