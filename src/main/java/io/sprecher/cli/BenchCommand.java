package io.sprecher.cli;

import io.sprecher.bench.Benchmark;
import io.sprecher.bench.Benchmark.ExtractRun;
import io.sprecher.bench.Benchmark.Run;
import io.sprecher.bench.Linearity;
import io.sprecher.config.PipelineConfig;
import io.sprecher.nlp.CoreNlpPipelines;
import io.sprecher.nlp.NlpSettings;
import io.sprecher.spark.ExtractJob;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sprecher bench}: throughput of the extract job against a plain CoreNLP loop. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Measures the extract job in local mode (1 and 2 cores, growing prefixes of the input)"
            + " against a plain CoreNLP German loop (1 and 2 threads) over the same articles, in"
            + " one JVM after a warm-up, and prints the figures.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "Directory of article files.")
  Path input;

  @Option(
      names = "--limit",
      defaultValue = "0",
      description = "Use only the first N files in name order (default: all).")
  int limit;

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "250,500",
      description =
          "Prefixes (in files) for the linearity runs on 2 cores, besides the whole input"
              + " (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--warmup",
      defaultValue = "50",
      description = "Articles run through both pipelines first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      description =
          "Runs per size for the linearity figures, the sizes taking turns; the median run of each"
              + " size is reported (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Mixin ConfigOption config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    if (repeat < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat must be at least 1: " + repeat);
    }
    PipelineConfig conf = config.load();
    List<Path> files = Benchmark.files(input);
    if (limit > 0 && files.size() > limit) {
      files = files.subList(0, limit);
    }
    Path work = Files.createTempDirectory("sprecher-bench-");
    Benchmark bench = new Benchmark(conf, work);
    List<String> texts = bench.texts(files);
    out.printf(
        "corpus: %s, %d files, %d articles; %d cores, max heap %d MB%n",
        input,
        files.size(),
        texts.size(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    int loadsBefore = CoreNlpPipelines.loadsInThisJvm();
    long sprecherLoad = bench.loadModels();
    long plainLoad = bench.loadPlain();
    out.printf(
        "model load: Sprecher's pipeline %.1f s; the plain pipeline %.1f s%n",
        sprecherLoad / 1000.0, plainLoad / 1000.0);

    List<String> warm = texts.subList(0, Math.min(warmup, texts.size()));
    bench.plainLoop(warm, 2, false);
    bench.extract(files.subList(0, Math.min(warmup, files.size())), 2, "warmup");
    int jobRuns = 1;
    out.printf("warm-up: %d articles through both%n%n", warm.size());

    List<Run> runs = new ArrayList<>();
    Run plain1 = bench.plainLoop(texts, 1, false);
    runs.add(plain1);
    Run plain2 = bench.plainLoop(texts, 2, false);
    runs.add(plain2);
    Run plainCached = bench.plainLoop(texts, 2, true);
    runs.add(plainCached);
    ExtractRun one = bench.extract(files, 1, "extract-1-core");
    runs.add(one.run());
    ExtractRun two = bench.extract(files, 2, "extract-2-cores");
    runs.add(two.run());
    jobRuns += 2;
    out.printf(
        "%-26s %9s %10s %9s %11s %10s %10s %7s %7s%n",
        "", "articles", "tokens", "time s", "articles/s", "tokens/s", "peak heap", "GC s", "JIT s");
    for (Run r : runs) {
      out.printf(
          "%-26s %9d %10d %9.1f %11.2f %10.0f %7d MB %7.1f %7.1f%n",
          r.name(),
          r.articles(),
          r.tokens(),
          r.millis() / 1000.0,
          r.articlesPerSecond(),
          r.tokensPerSecond(),
          r.peakHeapBytes() >> 20,
          r.gcMillis() / 1000.0,
          r.jitMillis() / 1000.0);
    }
    out.println();
    out.printf(
        "extract 2 cores / plain 2 threads (tokens/s): %.2fx%n",
        two.run().tokensPerSecond() / plain2.tokensPerSecond());
    out.printf(
        "extract 1 core / plain 1 thread (tokens/s):   %.2fx%n",
        one.run().tokensPerSecond() / plain1.tokensPerSecond());
    out.printf(
        "extract 2 cores / 1 core:                     %.2fx%n",
        two.run().tokensPerSecond() / one.run().tokensPerSecond());
    out.printf(
        "plain 2 threads / 1 thread:                   %.2fx%n",
        plain2.tokensPerSecond() / plain1.tokensPerSecond());
    out.printf(
        "extract 2 cores / plain 2 threads with Sprecher's parser cache (%d vectors, CoreNLP's"
            + " default is %d): %.2fx%n%n",
        conf.nlp().parserCacheEntries(),
        NlpSettings.CORENLP_PARSER_CACHE_ENTRIES,
        two.run().tokensPerSecond() / plainCached.tokensPerSecond());

    for (ExtractRun r : List.of(one, two)) {
      printStages(out, r);
    }
    ExtractJob.Stages s = two.stages();
    out.printf(
        "parsed sentences: %d of %d (%.1f %%)%n%n",
        s.parsedSentences(), s.sentences(), 100.0 * s.parsedSentences() / s.sentences());

    List<Integer> linearSizes = new ArrayList<>();
    for (int n : sizes) {
      if (n < files.size() && !linearSizes.contains(n)) {
        linearSizes.add(n);
      }
    }
    linearSizes.add(files.size());
    Map<Integer, List<ExtractRun>> bySize = new LinkedHashMap<>();
    for (int rep = 1; rep <= repeat; rep++) {
      for (int n : linearSizes) {
        bySize
            .computeIfAbsent(n, k -> new ArrayList<>())
            .add(bench.extract(files.subList(0, n), 2, "extract-2-cores-" + n + "-run" + rep));
        jobRuns++;
      }
    }
    out.printf(
        "linearity, extract on 2 cores: %d run(s) per size, the sizes taking turns; the median"
            + " run of each size:%n",
        repeat);
    List<ExtractRun> medians = new ArrayList<>();
    for (List<ExtractRun> runsOfSize : bySize.values()) {
      ExtractRun m = Linearity.median(runsOfSize, Comparator.comparingLong(r -> r.run().millis()));
      medians.add(m);
      ExtractJob.Stages st = m.stages();
      long fixedStages = m.run().millis() - st.processMillis(); // prepare, read, write and the rest
      out.printf(
          "  %5d articles  %7.1f s (runs: %s)  %6.1f ms/article  CoreNLP %5.1f ms/article"
              + " (summed)  outside processing %.1f s%n",
          m.run().articles(),
          m.run().millis() / 1000.0,
          seconds(runsOfSize),
          (double) m.run().millis() / Math.max(1, m.run().articles()),
          m.coreNlpMillisPerArticle(),
          fixedStages / 1000.0);
    }
    List<Linearity.Point> points =
        medians.stream()
            .filter(r -> r.run().articles() > 0)
            .map(r -> new Linearity.Point(r.run().articles(), r.run().millis()))
            .toList();
    if (points.size() >= 2) {
      out.printf(
          "  time per article, dearest over cheapest: +%.1f %% (issue 7's target: within 10 %%)%n",
          100 * Linearity.spread(points));
      for (int i = 1; i < points.size(); i++) {
        Linearity.Point smaller = points.get(i - 1);
        Linearity.Point larger = points.get(i);
        out.printf(
            "  from %d to %d articles: %.1f ms per added article%n",
            smaller.articles(),
            larger.articles(),
            (double) (larger.millis() - smaller.millis())
                / Math.max(1, larger.articles() - smaller.articles()));
      }
      if (points.stream().map(Linearity.Point::articles).distinct().count() >= 2) {
        Linearity.Fit fit = Linearity.fit(points);
        out.printf(
            "  least-squares line through the medians: %.1f s per run + %.1f ms per article;"
                + " largest deviation of a median from it: %.1f %%%n",
            fit.fixedMillis() / 1000.0, fit.millisPerArticle(), 100 * fit.largestDeviation());
      }
    }
    for (ExtractRun r : medians) {
      printStages(out, r);
    }
    List<ExtractRun> whole = new ArrayList<>(bySize.get(files.size()));
    whole.add(0, two);
    ExtractRun typical = Linearity.median(whole, Comparator.comparingLong(r -> r.run().millis()));
    out.printf(
        "extract 2 cores over the whole input, all %d runs: %s s; their median %.1f s against 1"
            + " core's %.1f s: %.2fx%n",
        whole.size(),
        seconds(whole),
        typical.run().millis() / 1000.0,
        one.run().millis() / 1000.0,
        typical.run().tokensPerSecond() / one.run().tokensPerSecond());
    printColdStart(out, bench, files.subList(0, linearSizes.get(0)));
    jobRuns++; // the cold one; the warm one loads nothing
    int loads = CoreNlpPipelines.loadsInThisJvm() - loadsBefore;
    out.printf(
        "%nSprecher pipelines loaded by the benchmark: %d (one at the start and one before each of"
            + " the %d runs of the job but the warm one, shared by its threads); loaded by the job"
            + " itself: %d%n",
        loads, jobRuns, loads - 1 - jobRuns);
    out.println("work directory: " + work);
    return 0;
  }

  /** The runs' wall times in seconds: "13.2, 13.9, 14.0". */
  private static String seconds(List<ExtractRun> runs) {
    return runs.stream()
        .map(r -> String.format(Locale.ROOT, "%.1f", r.run().millis() / 1000.0))
        .collect(Collectors.joining(", "));
  }

  /**
   * What a freshly loaded pipeline costs over a warm one: the smallest size on a new pipeline, then
   * again on the same pipeline. The second pass meets only features the first cached, so the
   * difference is an upper bound of the cold start.
   */
  private static void printColdStart(PrintStream out, Benchmark bench, List<Path> files) {
    ExtractRun cold = bench.extract(files, 2, "extract-2-cores-" + files.size() + "-cold", true);
    ExtractRun warm = bench.extract(files, 2, "extract-2-cores-" + files.size() + "-warm", false);
    double saved = cold.coreNlpMillisPerArticle() - warm.coreNlpMillisPerArticle();
    out.printf(
        "%ncold start, %d articles on 2 cores: a new pipeline %.1f s (CoreNLP %.1f ms/article"
            + " summed), the same pipeline over the same articles again %.1f s (%.1f ms/article):"
            + " a new executor's cold start costs up to %.1f s of wall time%n",
        files.size(),
        cold.run().millis() / 1000.0,
        cold.coreNlpMillisPerArticle(),
        warm.run().millis() / 1000.0,
        warm.coreNlpMillisPerArticle(),
        saved * files.size() / cold.cores() / 1000.0);
  }

  /** One run's stage split; "other" is what the stages leave of the run's wall time. */
  private static void printStages(PrintStream out, ExtractRun r) {
    ExtractJob.Stages s = r.stages();
    out.printf(
        "%s stages: prepare %.1f s | read %.1f s | annotate %.1f s (CoreNLP, summed over tasks) |"
            + " find and attribute %.1f s (summed) | process wall %.1f s (uneven end %.1f s) |"
            + " write %.1f s | other %.1f s%n",
        r.run().name(),
        s.prepareMillis() / 1000.0,
        s.readMillis() / 1000.0,
        s.annotateMillis() / 1000.0,
        s.extractMillis() / 1000.0,
        s.processMillis() / 1000.0,
        r.unevenEndMillis() / 1000.0,
        s.writeMillis() / 1000.0,
        (r.run().millis()
                - s.prepareMillis()
                - s.readMillis()
                - s.processMillis()
                - s.writeMillis())
            / 1000.0);
  }
}
