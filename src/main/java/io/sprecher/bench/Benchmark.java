package io.sprecher.bench;

import io.sprecher.article.ArticleFileReader;
import io.sprecher.article.ParsedInput;
import io.sprecher.config.PipelineConfig;
import io.sprecher.nlp.CoreNlpPipelines;
import io.sprecher.spark.ExtractJob;
import io.sprecher.spark.Sessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The throughput benchmark: the extract job in local mode on 1 and on 2 cores, and on growing
 * prefixes of the corpus, against a plain CoreNLP loop (the full German pipeline on every sentence)
 * over the same articles on 1 and 2 threads, all in one JVM after a warm-up. Every run starts with
 * a freshly loaded pipeline (load time not counted) and no other pipeline in memory, so none
 * profits from a parser cache an earlier run filled or suffers from another run's models. Prints
 * figures; asserts nothing.
 */
public final class Benchmark {

  /**
   * One measured run.
   *
   * @param gcMillis time the JVM's garbage collectors report for the run (pauses and, for
   *     concurrent collectors, their cycles)
   * @param jitMillis time the JIT compilers spent during the run (on their own threads, a sign of
   *     code still warming up)
   */
  public record Run(
      String name,
      int articles,
      long tokens,
      long millis,
      long peakHeapBytes,
      long gcMillis,
      long jitMillis) {
    public double tokensPerSecond() {
      return tokens * 1000.0 / Math.max(1, millis);
    }

    public double articlesPerSecond() {
      return articles * 1000.0 / Math.max(1, millis);
    }
  }

  private final PipelineConfig config;
  private final Path work;

  /** A benchmark with {@code config}, writing its inputs and outputs under {@code work}. */
  public Benchmark(PipelineConfig config, Path work) {
    this.config = config;
    this.work = work;
  }

  /** The input's article files, in name order. */
  public static List<Path> files(Path input) {
    try (Stream<Path> s = Files.walk(input)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*\\.(txt|json|jsonl)$"))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article texts of the files, as the job reads them. */
  public List<String> texts(List<Path> files) {
    ArticleFileReader reader = new ArticleFileReader(config.limits());
    List<String> texts = new ArrayList<>();
    for (Path f : files) {
      try {
        for (ParsedInput p : reader.read(f.toString(), Files.readAllBytes(f))) {
          if (p.article() != null) {
            texts.add(p.article().text());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  /**
   * Loads Sprecher's CoreNLP pipeline (the one the job uses) anew, dropping the one this JVM held;
   * its load time in milliseconds.
   */
  public long loadModels() {
    CoreNlpPipelines.discard(); // and CoreNLP's annotator pool: the tagger is loaded anew too
    long start = System.nanoTime();
    CoreNlpPipelines.german(config.nlp());
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** Loads a plain CoreNLP German pipeline from scratch; its load time in milliseconds. */
  public long loadPlain() {
    CoreNlpPipelines.discard();
    long start = System.nanoTime();
    CoreNlpPipelines.plainGerman(config.nlp(), false);
    long millis = (System.nanoTime() - start) / 1_000_000;
    CoreNlpPipelines.discard();
    return millis;
  }

  /**
   * The plain CoreNLP loop over {@code texts} on {@code threads} threads, with a pipeline loaded
   * for it alone (every other pipeline dropped first, load not timed); with {@code
   * sprecherParserCache} its parser keeps as many vectors as Sprecher's.
   */
  public Run plainLoop(List<String> texts, int threads, boolean sprecherParserCache) {
    CoreNlpPipelines.discard();
    ToIntFunction<String> pipeline =
        CoreNlpPipelines.plainGerman(config.nlp(), sprecherParserCache);
    resetPeaks();
    JvmClock jvm = JvmClock.start();
    long start = System.nanoTime();
    AtomicInteger next = new AtomicInteger();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < texts.size();
                      i = next.getAndIncrement()) {
                    tokens.addAndGet(pipeline.applyAsInt(texts.get(i)));
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("plain CoreNLP loop failed", e);
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Run(
        sprecherParserCache
            ? "plain, parser cache " + config.nlp().parserCacheEntries()
            : "plain CoreNLP, " + threads + " thread" + (threads > 1 ? "s" : ""),
        texts.size(),
        tokens.get(),
        millis,
        peakHeap(),
        jvm.gcMillis(),
        jvm.jitMillis());
  }

  /**
   * The extract job in local mode on {@code cores} cores over {@code files}, to a new output, with
   * a pipeline loaded for it (as a new executor would have) before the clock starts.
   */
  public ExtractRun extract(List<Path> files, int cores, String name) {
    return extract(files, cores, name, true);
  }

  /**
   * The extract job as {@link #extract(List, int, String)}, with {@code freshPipeline} false on the
   * pipeline the last run left (its parser's cache warm, as a second job on the same executor).
   */
  public ExtractRun extract(List<Path> files, int cores, String name, boolean freshPipeline) {
    Path input = linkFarm(files, name);
    Path output = work.resolve(name + "-out");
    if (freshPipeline) {
      loadModels();
    }
    resetPeaks();
    JvmClock jvm = JvmClock.start();
    long start = System.nanoTime();
    ExtractJob.Summary summary;
    SparkSession spark = Sessions.local("sprecher bench", cores);
    try {
      summary =
          new ExtractJob(spark)
              .run(
                  new ExtractJob.Options(
                      input.toString(), output.toString(), ExtractJob.Mode.INCREMENTAL, config),
                  line -> {});
    } finally {
      spark.stop();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    Run run =
        new Run(
            name,
            (int) summary.articles(),
            summary.stages().tokens(),
            millis,
            peakHeap(),
            jvm.gcMillis(),
            jvm.jitMillis());
    return new ExtractRun(run, summary.stages(), cores);
  }

  /** A run of the extract job on {@code cores} cores with its stage times. */
  public record ExtractRun(Run run, ExtractJob.Stages stages, int cores) {

    /**
     * The processing stage's wall time less its work spread evenly over the cores: what the cores
     * spent waiting for the last tasks, and the tasks' own overhead.
     */
    public long unevenEndMillis() {
      long work = stages.annotateMillis() + stages.extractMillis();
      return Math.max(0, stages.processMillis() - work / Math.max(1, cores));
    }

    /** CoreNLP's time per article, summed over the tasks. */
    public double coreNlpMillisPerArticle() {
      return (double) stages.annotateMillis() / Math.max(1, run.articles());
    }
  }

  /** A directory of links to {@code files}: the job's input for a prefix of the corpus. */
  private Path linkFarm(List<Path> files, String name) {
    try {
      Path dir = Files.createDirectories(work.resolve(name + "-in"));
      for (Path f : files) {
        Files.createSymbolicLink(dir.resolve(f.getFileName()), f.toAbsolutePath());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Garbage collection and JIT compilation time since {@link #start()}. */
  private record JvmClock(long gcAtStart, long jitAtStart) {
    static JvmClock start() {
      return new JvmClock(gcTotal(), jitTotal());
    }

    long gcMillis() {
      return gcTotal() - gcAtStart;
    }

    long jitMillis() {
      return jitTotal() - jitAtStart;
    }

    private static long gcTotal() {
      long sum = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        sum += Math.max(0, gc.getCollectionTime());
      }
      return sum;
    }

    private static long jitTotal() {
      CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported()
          ? jit.getTotalCompilationTime()
          : 0;
    }
  }
}
