package io.sprecher.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-JVM holder of CoreNLP pipelines: loading the German models takes seconds and gigabytes,
 * so each executor JVM builds one pipeline per settings value, the first time a task asks for it,
 * and every task of that JVM shares it (CoreNLP's annotate is thread-safe). This is the only static
 * mutable state in Sprecher.
 */
public final class CoreNlpPipelines {

  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpPipelines.class);
  private static final String GERMAN_PROPERTIES = "StanfordCoreNLP-german.properties";
  private static final Map<NlpSettings, CoreNlpAnnotator> PIPELINES = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();

  private CoreNlpPipelines() {}

  /** The shared annotator for these settings, built on first use in this JVM. */
  public static Annotator german(NlpSettings settings) {
    return PIPELINES.computeIfAbsent(settings, CoreNlpPipelines::load);
  }

  /**
   * A plain CoreNLP German pipeline (tokenize, ssplit, mwt, pos, ner, depparse on every sentence)
   * as CoreNLP ships it, not shared: the baseline the benchmark compares Sprecher with. With {@code
   * sprecherParserCache} its parser keeps as many vectors as Sprecher's does (how much of the gain
   * a plain loop gets from that setting alone). Returns the tokens of a text.
   */
  public static ToIntFunction<String> plainGerman(
      NlpSettings settings, boolean sprecherParserCache) {
    Properties properties = settings.fullProperties(germanDefaults());
    if (sprecherParserCache) {
      properties = settings.parserProperties(properties);
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
    return text -> {
      Annotation document = new Annotation(text);
      pipeline.annotate(document);
      return document.get(CoreAnnotations.TokensAnnotation.class).size();
    };
  }

  /**
   * Drops the shared pipelines and CoreNLP's annotator pool, so that the next task loads everything
   * anew. For the benchmark only: it starts every measured run with a cold parser cache, as a new
   * executor would, and without the models of other runs in memory.
   */
  public static void discard() {
    PIPELINES.clear();
    StanfordCoreNLP.clearAnnotatorPool();
  }

  /** How many pipelines this JVM has built: 1 per executor in a healthy run. */
  public static int loadsInThisJvm() {
    return LOADS.get();
  }

  private static CoreNlpAnnotator load(NlpSettings settings) {
    long start = System.nanoTime();
    Properties german = germanDefaults();
    StanfordCoreNLP tagger = new StanfordCoreNLP(settings.taggerProperties(german));
    GermanDependencyParser parser = new GermanDependencyParser(settings.parserProperties(german));
    int n = LOADS.incrementAndGet();
    LOG.info(
        "CoreNLP German pipeline loaded in {} ms (load #{} in this JVM, parser scores by {})",
        (System.nanoTime() - start) / 1_000_000,
        n,
        parser.scoresWithParserNetwork() ? "ParserNetwork" : "CoreNLP's classifier");
    return new CoreNlpAnnotator(tagger, parser);
  }

  /** CoreNLP's German properties, from the German models jar. */
  static Properties germanDefaults() {
    try (InputStream in =
        CoreNlpPipelines.class.getClassLoader().getResourceAsStream(GERMAN_PROPERTIES)) {
      if (in == null) {
        throw new IllegalStateException(
            GERMAN_PROPERTIES
                + " not on the classpath: add stanford-corenlp-4.5.10-models-german.jar"
                + " (spark-submit --jars)");
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
