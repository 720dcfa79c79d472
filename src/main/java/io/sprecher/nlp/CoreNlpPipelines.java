package io.sprecher.nlp;

import edu.stanford.nlp.pipeline.CoreDocument;
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
   * A plain CoreNLP German pipeline (tokenize, ssplit, mwt, pos, ner, depparse on every sentence),
   * not shared: the baseline the benchmark compares Sprecher with. Returns the tokens of a text.
   */
  public static ToIntFunction<String> plainGerman(NlpSettings settings) {
    StanfordCoreNLP pipeline = new StanfordCoreNLP(settings.fullProperties(germanDefaults()));
    return text -> {
      CoreDocument doc = new CoreDocument(text);
      pipeline.annotate(doc);
      return doc.tokens().size();
    };
  }

  /** How many pipelines this JVM has built: 1 per executor in a healthy run. */
  public static int loadsInThisJvm() {
    return LOADS.get();
  }

  private static CoreNlpAnnotator load(NlpSettings settings) {
    long start = System.nanoTime();
    Properties german = germanDefaults();
    StanfordCoreNLP tagger = new StanfordCoreNLP(settings.taggerProperties(german));
    StanfordCoreNLP parser = new StanfordCoreNLP(settings.parserProperties(german));
    int n = LOADS.incrementAndGet();
    LOG.info(
        "CoreNLP German pipeline loaded in {} ms (load #{} in this JVM)",
        (System.nanoTime() - start) / 1_000_000,
        n);
    return new CoreNlpAnnotator(tagger, parser);
  }

  private static Properties germanDefaults() {
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
