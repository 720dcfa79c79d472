package io.sprecher.cli;

import io.sprecher.spark.ExtractJob;
import io.sprecher.spark.Sessions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sprecher extract}: the main job. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description =
        "Reads German news articles (.txt, one a file; news-please .json/.jsonl), finds"
            + " statements and their speakers, and writes the Parquet tables statements,"
            + " articles, mentions and rejects under the output directory.")
final class ExtractCommand implements Callable<Integer> {

  @Option(
      names = "--input",
      required = true,
      description = "File, directory (read recursively) or glob; file:, hdfs:, s3a: URIs.")
  String input;

  @Option(names = "--output", required = true, description = "Directory for the tables.")
  String output;

  @Option(
      names = "--config",
      defaultValue = "conf/sprecher.properties",
      description = "Pipeline configuration (default: ${DEFAULT-VALUE}; defaults if absent).")
  Path config;

  @Option(
      names = "--show",
      defaultValue = "0",
      description = "Print this many statements after the run (default: ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() throws Exception {
    PipelineConfig conf = PipelineConfig.load(config);
    ExtractJob.Options options =
        new ExtractJob.Options(input, output, conf.nlp(), conf.partitionsPerCore());
    try (SparkSession spark = Sessions.create("sprecher extract")) {
      ExtractJob.Summary s = new ExtractJob(spark).run(options, System.out::println);
      if (show > 0) {
        showStatements(spark);
      }
      print(s);
    }
    return 0;
  }

  private void showStatements(SparkSession spark) {
    List<Row> rows =
        spark
            .read()
            .parquet(output + "/statements")
            .orderBy("source_file", "quote_begin")
            .select(
                "speaker", "quote_type", "cue", "quote_text", "statement_date", "date_precision")
            .limit(show)
            .collectAsList();
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
        "files: %d   articles: %d   rejected: %d   statements: %d   time: %.1f s%n",
        s.filesSeen(), s.articles(), s.rejected(), s.statements(), s.millis() / 1000.0);
    System.out.println("top speakers:");
    for (Map.Entry<String, Long> e : s.topSpeakers()) {
      System.out.printf("  %5d  %s%n", e.getValue(), e.getKey());
    }
    System.out.println("tables written under " + output);
  }
}
