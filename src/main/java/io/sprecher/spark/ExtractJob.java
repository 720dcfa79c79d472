package io.sprecher.spark;

import io.sprecher.article.ArticleFileReader;
import io.sprecher.article.ParsedInput;
import io.sprecher.article.Reject;
import io.sprecher.article.RejectReason;
import io.sprecher.config.PipelineConfig;
import io.sprecher.config.PipelineVersion;
import io.sprecher.extract.ArticleOutcome;
import io.sprecher.extract.ArticleProcessor;
import io.sprecher.extract.ArticleResult;
import io.sprecher.extract.BudgetedProcessor;
import io.sprecher.extract.ParseScope;
import io.sprecher.extract.Statement;
import io.sprecher.nlp.CoreNlpPipelines;
import io.sprecher.nlp.NlpSettings;
import io.sprecher.store.AbandonedRun;
import io.sprecher.store.CrashPoints;
import io.sprecher.store.OutputStore;
import io.sprecher.store.RunIds;
import io.sprecher.store.RunLock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The extract job. Under the output's lock: recover what a killed run left, list the input, skip
 * files the files table has seen unchanged (incremental mode), read the rest in parallel, drop
 * articles whose content id is already published, annotate and extract per partition (CoreNLP
 * loaded once per executor JVM), stage all tables of the run, and publish them in one step ({@link
 * OutputStore}). All NLP logic lives in {@link ArticleProcessor}; this class only distributes and
 * writes.
 */
public final class ExtractJob {

  /** INCREMENTAL adds what is new; FULL_REFRESH reprocesses everything and replaces the tables. */
  public enum Mode {
    INCREMENTAL,
    FULL_REFRESH
  }

  /**
   * What to run.
   *
   * @param input file, directory or glob (any Hadoop file system URI)
   * @param output directory for the tables
   * @param mode incremental or full refresh
   * @param config the pipeline configuration
   */
  public record Options(String input, String output, Mode mode, PipelineConfig config) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(config, "config");
    }
  }

  /** What a run did. */
  public record Summary(
      String runId,
      int filesSeen,
      long filesUnchanged,
      long articles,
      long duplicates,
      long rejected,
      long statements,
      List<String> abandonedRuns,
      List<Map.Entry<String, Long>> topSpeakers,
      long millis,
      Stages stages) {}

  /**
   * Where a run's time went. Read, process and write are wall times on the driver; annotate and
   * extract are summed over all tasks (so with several cores they add up to more than the process
   * wall time).
   *
   * @param prepareMillis listing the input, taking the lock, recovering, reading the files table
   * @param readMillis reading, parsing and deduplicating the input
   * @param processMillis annotating and extracting, wall time
   * @param annotateMillis CoreNLP, summed over tasks
   * @param extractMillis finding, attributing and dating statements, summed over tasks
   * @param writeMillis staging the Parquet tables
   * @param tokens tokens annotated
   * @param sentences sentences annotated
   * @param parsedSentences sentences that got a dependency parse
   */
  public record Stages(
      long prepareMillis,
      long readMillis,
      long processMillis,
      long annotateMillis,
      long extractMillis,
      long writeMillis,
      long tokens,
      long sentences,
      long parsedSentences) {}

  private static final Duration HEARTBEAT = Duration.ofSeconds(30);
  private static final List<String> TABLES =
      List.of("statements", "articles", "mentions", "rejects", "files", "runs");

  private final SparkSession spark;

  public ExtractJob(SparkSession spark) {
    this.spark = spark;
  }

  public Summary run(Options o, Consumer<String> progress) {
    Instant started = Instant.now();
    String runId = RunIds.next(started);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<InputFile> listed = InputFiles.list(jsc.hadoopConfiguration(), o.input());
    OutputStore store = new OutputStore(jsc.hadoopConfiguration(), o.output());
    store.checkLayout();
    try (RunLock lock =
        RunLock.acquire(
            store.fileSystem(), store.lockFile(), runId, o.config().lockStaleAfter(), HEARTBEAT)) {
      List<AbandonedRun> abandoned = store.recover();
      for (AbandonedRun a : abandoned) {
        progress.accept(
            "run " + a.runId() + " died (killed or failed) before it published: discarded");
      }
      store.begin(runId, started, o.mode().name(), o.input());
      progress.accept("run " + runId + " (" + o.mode() + ")");
      Summary summary = runLocked(jsc, store, listed, runId, started, abandoned, o, progress);
      if (o.mode() == Mode.FULL_REFRESH) {
        store.publishReplacing(runId);
      } else {
        store.publish(runId);
      }
      progress.accept("published run " + runId + " under " + store.tables());
      return summary;
    }
  }

  private Summary runLocked(
      JavaSparkContext jsc,
      OutputStore store,
      List<InputFile> listed,
      String runId,
      Instant started,
      List<AbandonedRun> abandoned,
      Options o,
      Consumer<String> progress) {
    RunStamp stamp = new RunStamp(runId, PipelineVersion.current());
    boolean incremental = o.mode() == Mode.INCREMENTAL;

    Set<String> seen = incremental ? seenFiles(store) : Set.of();
    List<InputFile> toRead = listed.stream().filter(f -> !seen.contains(key(f))).toList();
    progress.accept(
        "input: "
            + listed.size()
            + " files under "
            + o.input()
            + (incremental ? ", " + toRead.size() + " new or changed" : ""));

    long prepareMillis = Duration.between(started, Instant.now()).toMillis();
    long readStart = System.nanoTime();
    JavaRDD<ParsedInput> parsed = read(jsc, toRead, o.config());
    JavaPairRDD<String, String> known =
        incremental ? publishedArticles(store) : JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
    JavaRDD<ParsedInput> deduplicated = deduplicate(parsed, known);
    long articleCount = deduplicated.filter(p -> p.article() != null).count();
    long readMillis = (System.nanoTime() - readStart) / 1_000_000;
    LongAccumulator annotateNanos = jsc.sc().longAccumulator("annotate nanos");
    LongAccumulator extractNanos = jsc.sc().longAccumulator("extract nanos");
    long processStart = System.nanoTime();
    JavaRDD<ArticleOutcome> outcomes =
        annotateAndExtract(
            jsc, deduplicated, articleCount, o, annotateNanos, extractNanos, progress);
    long processMillis = (System.nanoTime() - processStart) / 1_000_000;
    JavaRDD<ArticleResult> results = outcomes.filter(x -> x.result() != null).map(x -> x.result());
    JavaRDD<Reject> rejects =
        deduplicated
            .filter(p -> p.reject() != null)
            .map(ParsedInput::reject)
            .union(outcomes.filter(x -> x.reject() != null).map(ArticleOutcome::reject))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // one pass: articles, statements, mentions, tokens, sentences, parsed sentences
    long[] counts =
        results
            .map(
                r ->
                    new long[] {
                      1,
                      r.statements().size(),
                      r.mentions().size(),
                      r.tokens(),
                      r.sentences(),
                      r.parsedSentences()
                    })
            .fold(new long[6], ExtractJob::sum);
    long articles = counts[0];
    long statements = counts[1];
    long mentions = counts[2];
    long tokens = counts[3];
    long sentences = counts[4];
    long parsedSentences = counts[5];
    Map<String, Long> rejectsByReason = countValues(rejects.map(Reject::reason));
    long rejected = rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    long duplicates = rejectsByReason.getOrDefault(RejectReason.DUPLICATE.name(), 0L);

    List<Row> runs = new ArrayList<>();
    for (AbandonedRun a : abandoned) {
      runs.add(
          Tables.run(
              new RunRecord(
                  a.runId(),
                  null,
                  a.mode(),
                  RunRecord.ABANDONED,
                  a.input(),
                  a.started(),
                  null,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0,
                  0)));
    }
    Instant ended = Instant.now();
    runs.add(
        Tables.run(
            new RunRecord(
                runId,
                stamp.version(),
                o.mode().name(),
                RunRecord.SUCCEEDED,
                o.input(),
                started,
                ended,
                listed.size(),
                listed.size() - toRead.size(),
                articles,
                duplicates,
                rejected,
                statements,
                mentions)));

    long writeStart = System.nanoTime();
    new StagedTables(spark, store.stagedBatch(runId), jsc.defaultParallelism())
        .write(
            List.of(
                new StagedTables.Table(
                    TABLES.get(0),
                    results.flatMap(r -> statementRows(r, stamp)),
                    statements,
                    Tables.STATEMENTS),
                new StagedTables.Table(
                    TABLES.get(1),
                    results.map(r -> Tables.article(r, stamp)),
                    articles,
                    Tables.ARTICLES),
                new StagedTables.Table(
                    TABLES.get(2),
                    results.flatMap(r -> mentionRows(r, stamp)),
                    mentions,
                    Tables.MENTIONS),
                new StagedTables.Table(
                    TABLES.get(3),
                    rejects.map(r -> Tables.reject(r, stamp)),
                    rejected,
                    Tables.REJECTS),
                new StagedTables.Table(
                    TABLES.get(4),
                    jsc.parallelize(toRead, 1).map(f -> Tables.file(f, stamp)),
                    toRead.size(),
                    Tables.FILES),
                new StagedTables.Table(
                    TABLES.get(5), jsc.parallelize(runs, 1), runs.size(), Tables.RUNS)));
    long writeMillis = (System.nanoTime() - writeStart) / 1_000_000;
    CrashPoints.reach("staged");

    Summary summary =
        new Summary(
            runId,
            listed.size(),
            listed.size() - toRead.size(),
            articles,
            duplicates,
            rejected,
            statements,
            abandoned.stream().map(AbandonedRun::runId).toList(),
            topSpeakers(results),
            ended.toEpochMilli() - started.toEpochMilli(),
            new Stages(
                prepareMillis,
                readMillis,
                processMillis,
                annotateNanos.value() / 1_000_000,
                extractNanos.value() / 1_000_000,
                writeMillis,
                tokens,
                sentences,
                parsedSentences));
    outcomes.unpersist();
    rejects.unpersist();
    parsed.unpersist();
    return summary;
  }

  private static long[] sum(long[] a, long[] b) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] + b[i];
    }
    return out;
  }

  /** The files the published files table lists, as path, size and modification time. */
  private Set<String> seenFiles(OutputStore store) {
    List<String> paths = store.published("files").stream().map(Path::toString).toList();
    Set<String> seen = new HashSet<>();
    if (paths.isEmpty()) {
      return seen;
    }
    for (Row r :
        spark
            .read()
            .parquet(paths.toArray(String[]::new))
            .select("source_file", "size", "modified")
            .collectAsList()) {
      seen.add(key(r.getString(0), r.getLong(1), r.getTimestamp(2).getTime()));
    }
    return seen;
  }

  private static String key(InputFile f) {
    return key(f.path(), f.size(), f.modified());
  }

  private static String key(String path, long size, long modified) {
    return path + "\u0000" + size + "\u0000" + modified;
  }

  /** The published articles as (article id, source file). */
  private JavaPairRDD<String, String> publishedArticles(OutputStore store) {
    List<String> paths = store.published("articles").stream().map(Path::toString).toList();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (paths.isEmpty()) {
      return JavaPairRDD.fromJavaRDD(jsc.emptyRDD());
    }
    return spark
        .read()
        .parquet(paths.toArray(String[]::new))
        .select("article_id", "source_file")
        .javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1)));
  }

  /**
   * Reads the files in parallel: each task opens its files through the Hadoop client; a file that
   * cannot be read, or is over the size limit, becomes a reject, never a failed task.
   */
  private static JavaRDD<ParsedInput> read(
      JavaSparkContext jsc, List<InputFile> files, PipelineConfig config) {
    ArticleFileReader reader = new ArticleFileReader(config.limits());
    HadoopConf conf = HadoopConf.of(jsc.hadoopConfiguration());
    int partitions = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 2));
    return jsc.parallelize(files, partitions)
        .mapPartitions(
            part -> {
              Configuration c = conf.toConfiguration();
              List<ParsedInput> out = new ArrayList<>();
              part.forEachRemaining(f -> out.addAll(FileBytes.read(c, f, reader)));
              return out.iterator();
            })
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /**
   * Keeps one article per content id: none when the id is already published, else the first by
   * source file; the others become DUPLICATE rejects. Rejects pass through.
   */
  private static JavaRDD<ParsedInput> deduplicate(
      JavaRDD<ParsedInput> parsed, JavaPairRDD<String, String> known) {
    JavaRDD<ParsedInput> rejects = parsed.filter(p -> p.reject() != null);
    JavaPairRDD<String, ParsedInput> byId =
        parsed.filter(p -> p.article() != null).mapToPair(p -> new Tuple2<>(p.article().id(), p));
    JavaRDD<ParsedInput> kept =
        byId.cogroup(known)
            .flatMap(
                g -> {
                  List<ParsedInput> inputs = new ArrayList<>();
                  g._2()._1().forEach(inputs::add);
                  inputs.sort(Comparator.comparing(p -> p.article().sourceFile()));
                  Iterator<String> earlier = g._2()._2().iterator();
                  String first = earlier.hasNext() ? earlier.next() : null;
                  List<ParsedInput> out = new ArrayList<>();
                  for (ParsedInput p : inputs) {
                    if (first == null) {
                      out.add(p);
                      first = p.article().sourceFile();
                    } else {
                      out.add(duplicate(p, g._1(), first));
                    }
                  }
                  return out.iterator();
                });
    return rejects.union(kept);
  }

  private static ParsedInput duplicate(ParsedInput p, String id, String first) {
    return ParsedInput.rejected(
        new Reject(
            p.article().sourceFile(),
            RejectReason.DUPLICATE,
            "same content (article " + id + ") as " + first,
            p.article().text().length()));
  }

  private static JavaRDD<ArticleOutcome> annotateAndExtract(
      JavaSparkContext jsc,
      JavaRDD<ParsedInput> parsed,
      long total,
      Options o,
      LongAccumulator annotateNanos,
      LongAccumulator extractNanos,
      Consumer<String> progress) {
    JavaRDD<ParsedInput> articles = parsed.filter(p -> p.article() != null);
    int partitions =
        (int)
            Math.max(
                1,
                Math.min(total, (long) jsc.defaultParallelism() * o.config().partitionsPerCore()));
    LongAccumulator done = jsc.sc().longAccumulator("articles processed");
    NlpSettings nlp = o.config().nlp();
    int maxSentenceChars = o.config().maxSentenceChars();
    ParseScope parse = o.config().parseScope();
    Duration budget = o.config().articleTimeBudget();
    JavaRDD<ArticleOutcome> outcomes =
        articles
            .repartition(partitions)
            .mapPartitions(
                it ->
                    process(
                        it,
                        nlp,
                        maxSentenceChars,
                        parse,
                        budget,
                        done,
                        annotateNanos,
                        extractNanos))
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
  private static Iterator<ArticleOutcome> process(
      Iterator<ParsedInput> inputs,
      NlpSettings nlp,
      int maxSentenceChars,
      ParseScope parse,
      Duration budget,
      LongAccumulator done,
      LongAccumulator annotateNanos,
      LongAccumulator extractNanos) {
    List<ArticleOutcome> out = new ArrayList<>();
    if (!inputs.hasNext()) {
      return out.iterator(); // no CoreNLP load for an empty partition
    }
    ArticleProcessor processor =
        new ArticleProcessor(CoreNlpPipelines.german(nlp), maxSentenceChars, parse);
    try (BudgetedProcessor budgeted = new BudgetedProcessor(processor, budget)) {
      while (inputs.hasNext()) {
        ArticleOutcome outcome = budgeted.process(inputs.next().article());
        if (outcome.result() != null) {
          annotateNanos.add(outcome.result().annotateNanos());
          extractNanos.add(outcome.result().extractNanos());
        }
        out.add(outcome);
        done.add(1);
        CrashPoints.reach("while-annotating");
      }
    }
    return out.iterator();
  }

  private static Iterator<Row> statementRows(ArticleResult r, RunStamp stamp) {
    return r.statements().stream().map(s -> Tables.statement(s, stamp)).iterator();
  }

  private static Iterator<Row> mentionRows(ArticleResult r, RunStamp stamp) {
    var published = r.article().published();
    return r.mentions().stream().map(m -> Tables.mention(m, published, stamp)).iterator();
  }

  /**
   * How often each value occurs: counted per partition and merged on the driver, one stage with no
   * shuffle (countByValue's two stages cost more than the counting on a small run).
   */
  private static Map<String, Long> countValues(JavaRDD<String> values) {
    return values
        .mapPartitions(
            it -> {
              HashMap<String, Long> counts = new HashMap<>();
              it.forEachRemaining(v -> counts.merge(v, 1L, Long::sum));
              return List.of(counts).iterator();
            })
        .fold(
            new HashMap<>(),
            (a, b) -> {
              b.forEach((k, n) -> a.merge(k, n, Long::sum));
              return a;
            });
  }

  private static List<Map.Entry<String, Long>> topSpeakers(JavaRDD<ArticleResult> results) {
    Map<String, Long> bySpeaker =
        countValues(
            results
                .flatMap(r -> r.statements().stream().map(Statement::speaker).iterator())
                .filter(Objects::nonNull));
    return bySpeaker.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }
}
