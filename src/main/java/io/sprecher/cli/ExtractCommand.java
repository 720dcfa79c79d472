package io.sprecher.cli;

import io.sprecher.config.PipelineConfig;
import io.sprecher.spark.ExtractJob;
import io.sprecher.spark.Sessions;
import io.sprecher.store.OutputLockedException;
import io.sprecher.store.OutputStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sprecher extract}: the main job. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Reads German news articles (.txt, one a file; news-please .json/.jsonl), finds"
            + " statements and their speakers, and publishes the Parquet tables statements,"
            + " articles, mentions, rejects, files and runs under OUTPUT/tables/RUN_ID/."
            + " Incremental: files and articles already published are skipped.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the run published",
      "1:the run failed (nothing of it was published)",
      "2:bad command line",
      "75:another run holds the output's lock (try again later)"
    })
final class ExtractCommand implements Callable<Integer> {

  static final int LOCKED = 75;

  @Option(
      names = "--input",
      required = true,
      description = "File, directory (read recursively) or glob; file:, hdfs:, s3a: URIs.")
  String input;

  @Option(names = "--output", required = true, description = "Directory for the tables.")
  String output;

  @Option(
      names = "--full-refresh",
      description =
          "Reprocess every input file and replace all published tables at once (after a"
              + " pipeline upgrade). Default: incremental.")
  boolean fullRefresh;

  @Mixin ConfigOption config;

  @Option(
      names = "--show",
      defaultValue = "0",
      description = "Print this many statements after the run (default: ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() throws Exception {
    PipelineConfig conf = config.load();
    ExtractJob.Mode mode = fullRefresh ? ExtractJob.Mode.FULL_REFRESH : ExtractJob.Mode.INCREMENTAL;
    ExtractJob.Options options = new ExtractJob.Options(input, output, mode, conf);
    try (SparkSession spark = Sessions.create("sprecher extract")) {
      ExtractJob.Summary s;
      try {
        s = new ExtractJob(spark).run(options, System.out::println);
      } catch (OutputLockedException e) {
        System.err.println("sprecher: " + e.getMessage());
        return LOCKED;
      }
      if (show > 0) {
        showStatements(spark, s.runId());
      }
      print(s);
    }
    return 0;
  }

  private void showStatements(SparkSession spark, String runId) {
    String statements = output + "/" + OutputStore.TABLES + "/" + runId + "/statements";
    List<Row> rows;
    try {
      rows =
          spark
              .read()
              .parquet(statements)
              .orderBy("source_file", "quote_begin")
              .select(
                  "speaker", "quote_type", "cue", "quote_text", "statement_date", "date_precision")
              .limit(show)
              .collectAsList();
    } catch (RuntimeException e) {
      System.out.println("(no new statements in this run)");
      return;
    }
    System.out.println();
    for (Row r : rows) {
      String text = r.getString(3).replace('\n', ' ');
      String date = r.isNullAt(4) ? "" : r.getDate(4).toString();
      System.out.printf(
          "%-10s %-26s %-13s %-14s %s%n",
          "MONTH".equals(r.getString(5)) ? date.substring(0, 7) : date,
          r.isNullAt(0) ? "(unresolved)" : r.getString(0),
          r.getString(1),
          r.isNullAt(2) ? "" : r.getString(2),
          text.length() > 80 ? text.substring(0, 77) + "..." : text);
    }
  }

  private void print(ExtractJob.Summary s) {
    System.out.println();
    System.out.printf(
        "run %s: files: %d (%d unchanged, skipped)   new articles: %d   duplicates: %d"
            + "   rejected: %d   statements: %d   time: %.1f s%n",
        s.runId(),
        s.filesSeen(),
        s.filesUnchanged(),
        s.articles(),
        s.duplicates(),
        s.rejected(),
        s.statements(),
        s.millis() / 1000.0);
    if (!s.abandonedRuns().isEmpty()) {
      System.out.println(
          "killed runs recovered (nothing of them was published): "
              + String.join(", ", s.abandonedRuns()));
    }
    System.out.println("top speakers of this run:");
    for (Map.Entry<String, Long> e : s.topSpeakers()) {
      System.out.printf("  %5d  %s%n", e.getValue(), e.getKey());
    }
    System.out.println("tables published under " + output + "/" + OutputStore.TABLES);
  }
}
