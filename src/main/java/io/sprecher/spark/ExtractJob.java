package io.sprecher.spark;

import io.sprecher.article.ArticleFileReader;
import io.sprecher.article.ParsedInput;
import io.sprecher.article.Reject;
import io.sprecher.extract.ArticleProcessor;
import io.sprecher.extract.ArticleResult;
import io.sprecher.extract.Statement;
import io.sprecher.nlp.CoreNlpPipelines;
import io.sprecher.nlp.NlpSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The extract job: read input files in parallel, annotate and extract per partition (CoreNLP is
 * loaded once per executor JVM), write the statements, articles, mentions and rejects tables as
 * Parquet. All NLP logic lives in {@link ArticleProcessor}; this class only distributes and writes.
 */
public final class ExtractJob {

  /**
   * What to run.
   *
   * @param input file, directory or glob (any Hadoop file system URI)
   * @param output directory for the tables
   * @param nlp CoreNLP settings
   * @param partitionsPerCore annotation tasks per core: more gives finer progress and balance
   */
  public record Options(String input, String output, NlpSettings nlp, int partitionsPerCore) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(nlp, "nlp");
      if (partitionsPerCore < 1) {
        throw new IllegalArgumentException("partitionsPerCore must be >= 1: " + partitionsPerCore);
      }
    }
  }

  /** What a run did. */
  public record Summary(
      int filesSeen,
      long articles,
      long rejected,
      long statements,
      List<Map.Entry<String, Long>> topSpeakers,
      long millis) {}

  /** The outcome of processing one article: a result, or a reject when processing failed. */
  private record Outcome(ArticleResult result, Reject reject) implements Serializable {}

  private final SparkSession spark;

  public ExtractJob(SparkSession spark) {
    this.spark = spark;
  }

  public Summary run(Options o, Consumer<String> progress) {
    long start = System.currentTimeMillis();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

    List<String> files = InputFiles.list(jsc.hadoopConfiguration(), o.input());
    progress.accept("input: " + files.size() + " files under " + o.input());
    JavaRDD<ParsedInput> parsed = read(jsc, files);
    JavaRDD<Outcome> outcomes = annotateAndExtract(jsc, parsed, o, progress);

    write(outcomes.flatMap(ExtractJob::statementRows), Tables.STATEMENTS, o, "statements", true);
    write(
        outcomes.filter(x -> x.result() != null).map(x -> Tables.article(x.result())),
        Tables.ARTICLES,
        o,
        "articles",
        true);
    write(outcomes.flatMap(ExtractJob::mentionRows), Tables.MENTIONS, o, "mentions", true);
    JavaRDD<Reject> rejects =
        parsed
            .filter(p -> p.reject() != null)
            .map(ParsedInput::reject)
            .union(outcomes.filter(x -> x.reject() != null).map(Outcome::reject));
    write(rejects.map(Tables::reject), Tables.REJECTS, o, "rejects", false);

    Summary summary = summarise(files.size(), outcomes, rejects, start);
    outcomes.unpersist();
    parsed.unpersist();
    return summary;
  }

  /** Reads all files in parallel; many small files share a partition. */
  private static JavaRDD<ParsedInput> read(JavaSparkContext jsc, List<String> files) {
    ArticleFileReader reader = new ArticleFileReader();
    int minPartitions = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 2));
    return jsc.binaryFiles(String.join(",", files), minPartitions)
        .flatMap(f -> reader.read(f._1(), f._2().toArray()).iterator())
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static JavaRDD<Outcome> annotateAndExtract(
      JavaSparkContext jsc, JavaRDD<ParsedInput> parsed, Options o, Consumer<String> progress) {
    JavaRDD<ParsedInput> articles = parsed.filter(p -> p.article() != null);
    long total = articles.count();
    int partitions =
        (int) Math.max(1, Math.min(total, (long) jsc.defaultParallelism() * o.partitionsPerCore()));
    LongAccumulator done = jsc.sc().longAccumulator("articles processed");
    NlpSettings nlp = o.nlp();
    JavaRDD<Outcome> outcomes =
        articles
            .repartition(partitions)
            .mapPartitions(it -> process(it, nlp, done))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try (ProgressReporter reporter =
        new ProgressReporter(() -> "articles done: " + done.value() + " / " + total, progress)) {
      reporter.start();
      outcomes.count();
    }
    progress.accept("articles done: " + done.value() + " / " + total);
    return outcomes;
  }

  /** Runs the core pipeline over one partition, with the JVM's shared CoreNLP pipeline. */
  private static Iterator<Outcome> process(
      Iterator<ParsedInput> inputs, NlpSettings nlp, LongAccumulator done) {
    ArticleProcessor processor = new ArticleProcessor(CoreNlpPipelines.german(nlp));
    List<Outcome> out = new ArrayList<>();
    while (inputs.hasNext()) {
      var article = inputs.next().article();
      try {
        out.add(new Outcome(processor.process(article), null));
      } catch (RuntimeException e) {
        String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        Reject r =
            new Reject(article.sourceFile(), "PROCESSING_FAILED", detail, article.text().length());
        out.add(new Outcome(null, r));
      }
      done.add(1);
    }
    return out.iterator();
  }

  private static Iterator<Row> statementRows(Outcome o) {
    if (o.result() == null) {
      return Collections.emptyIterator();
    }
    return o.result().statements().stream().map(Tables::statement).iterator();
  }

  private static Iterator<Row> mentionRows(Outcome o) {
    if (o.result() == null) {
      return Collections.emptyIterator();
    }
    var published = o.result().article().published();
    return o.result().mentions().stream().map(m -> Tables.mention(m, published)).iterator();
  }

  private void write(
      JavaRDD<Row> rows, StructType schema, Options o, String table, boolean partitioned) {
    var writer = spark.createDataFrame(rows, schema).write().mode(SaveMode.Overwrite);
    if (partitioned) {
      writer = writer.partitionBy(Tables.PARTITION);
    }
    writer.parquet(o.output() + "/" + table);
  }

  private static Summary summarise(
      int files, JavaRDD<Outcome> outcomes, JavaRDD<Reject> rejects, long start) {
    JavaRDD<ArticleResult> results = outcomes.filter(x -> x.result() != null).map(Outcome::result);
    long articles = results.count();
    long statements = results.map(r -> (long) r.statements().size()).fold(0L, Long::sum);
    Map<String, Long> bySpeaker =
        results
            .flatMap(r -> r.statements().stream().map(Statement::speaker).iterator())
            .filter(Objects::nonNull)
            .countByValue();
    List<Map.Entry<String, Long>> top =
        bySpeaker.entrySet().stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(10)
            .map(e -> Map.entry(e.getKey(), e.getValue()))
            .toList();
    return new Summary(
        files, articles, rejects.count(), statements, top, System.currentTimeMillis() - start);
  }
}
