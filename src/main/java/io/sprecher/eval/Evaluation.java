package io.sprecher.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sprecher.article.Article;
import io.sprecher.article.ArticleId;
import io.sprecher.extract.ArticleProcessor;
import io.sprecher.extract.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs the extract pipeline's core on every gold document of a folder, writes one prediction file
 * per gold file, scores the predictions with {@link QuotationMetric}, and optionally writes an
 * error report (missed, spurious and wrongly attributed quotations).
 */
public final class Evaluation {

  /** What one document gave: its gold, its predictions. */
  private record DocumentResult(GoldDocument gold, List<Annotation> predicted) {}

  private final ArticleProcessor processor;
  private final int threads;
  private final GoldReader reader = new GoldReader();
  private final PredictionConverter converter = new PredictionConverter();
  private final ObjectMapper json = new ObjectMapper();

  public Evaluation(ArticleProcessor processor, int threads) {
    this.processor = processor;
    this.threads = Math.max(1, threads);
  }

  /** Evaluates every {@code .json} file of {@code goldDir}; report may be null. */
  public Scores run(Path goldDir, Path predictionsDir, Path report)
      throws IOException, InterruptedException {
    List<Path> files;
    try (Stream<Path> s = Files.list(goldDir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .json gold files in " + goldDir);
    }
    Files.createDirectories(predictionsDir);
    List<DocumentResult> results = processAll(files, predictionsDir);
    QuotationMetric metric = new QuotationMetric();
    ErrorReport errors = new ErrorReport();
    for (DocumentResult r : results) {
      List<QuotationMetric.Unit> units = metric.add(r.gold().annotations(), r.predicted());
      errors.add(r.gold(), units);
    }
    if (report != null) {
      Files.writeString(report, errors.render(), StandardCharsets.UTF_8);
    }
    return metric.scores();
  }

  private List<DocumentResult> processAll(List<Path> files, Path out)
      throws InterruptedException, IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DocumentResult>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> processOne(f, out)));
      }
      List<DocumentResult> results = new ArrayList<>();
      for (Future<DocumentResult> fu : futures) {
        try {
          results.add(fu.get());
        } catch (ExecutionException e) {
          throw new IOException("evaluation failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private DocumentResult processOne(Path file, Path out) throws IOException {
    GoldDocument gold = reader.read(file);
    Article article =
        new Article(
            ArticleId.of(gold.name(), gold.text()),
            file.toString(),
            gold.name(),
            null,
            null,
            null,
            null,
            gold.published(),
            gold.text());
    List<Statement> statements = processor.process(article).statements();
    List<Annotation> predicted = converter.convert(gold, statements);
    write(out.resolve(gold.fileName()), gold.name(), predicted);
    return new DocumentResult(gold, predicted);
  }

  private void write(Path file, String documentName, List<Annotation> annotations) {
    ObjectNode root = json.createObjectNode();
    root.put("documentName", documentName);
    ArrayNode list = root.putArray("annotations");
    int id = 0;
    for (Annotation a : annotations) {
      ObjectNode n = list.addObject();
      n.put("id", id++);
      n.put("type", a.type());
      n.put("medium", a.medium());
      n.put("isNested", a.nested());
      role(n, "quote", a.quote());
      role(n, "speaker", a.speaker());
      role(n, "cue", a.cue());
      role(n, "frame", a.frame());
      role(n, "addressee", a.addressee());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      json.writeValue(w, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void role(ObjectNode n, String name, List<Integer> ids) {
    ArrayNode tokenIds = n.putObject(name).putArray("tokenIds");
    ids.forEach(tokenIds::add);
  }
}
