package io.sprecher.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ScoringClassifier;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's neural dependency parser for German, called without CoreNLP's DependencyParseAnnotator.
 * That annotator builds five graphs from every parse (collapsed, basic, CC-processed, enhanced and
 * enhanced++), each with the English enhancement rules; Sprecher reads one, the enhanced++ graph,
 * and a profile of the plain German pipeline put the four others at about a third of the parse
 * time. The parser is thread-safe: every task of a JVM shares one.
 *
 * <p>It is loaded outside CoreNLP's static parser cache, so a pipeline the holder drops (the
 * benchmark does, to start each measured run cold) takes its parser and that parser's cache of
 * hidden-layer vectors with it.
 *
 * <p>Its scores come from {@link ParserNetwork}, the same network computed faster, which it puts in
 * place of CoreNLP's classifier after loading; should CoreNLP's internals not be as in 4.5.10, it
 * says so in the log and parses with CoreNLP's own classifier, to the same result.
 */
final class GermanDependencyParser {

  private static final String PREFIX = "depparse.";

  private static final Logger LOG = LoggerFactory.getLogger(GermanDependencyParser.class);

  private final DependencyParser parser;
  private final boolean scoresWithParserNetwork;

  /** Loads the model the CoreNLP properties name, with their {@code depparse.*} settings. */
  GermanDependencyParser(Properties properties) {
    Properties depparse = PropertiesUtils.extractPrefixedProperties(properties, PREFIX);
    this.parser = new DependencyParser(depparse);
    parser.loadModelFile(depparse.getProperty("model", DependencyParser.DEFAULT_MODEL));
    this.scoresWithParserNetwork = useParserNetwork(parser);
  }

  /** Whether the scores come from {@link ParserNetwork} (false: from CoreNLP's classifier). */
  boolean scoresWithParserNetwork() {
    return scoresWithParserNetwork;
  }

  /**
   * The enhanced++ dependency graph of a tagged sentence (tokens with parts of speech), the graph
   * CoreNLP's annotator stores as the sentence's dependency parse.
   */
  SemanticGraph parse(CoreMap sentence) {
    GrammaticalStructure structure = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(
        structure,
        SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE,
        null);
  }

  /** Replaces the parser's classifier with one backed by {@link ParserNetwork}, if it can. */
  private static boolean useParserNetwork(DependencyParser parser) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      classifierField.setAccessible(true);
      Classifier coreNlp = (Classifier) classifierField.get(parser);
      Config config = (Config) privateField(coreNlp, "config");
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> precomputedRows =
          (Map<Integer, Integer>) privateField(coreNlp, "preMap");
      double[][] precomputed = (double[][]) privateField(coreNlp, "saved");
      ParserNetwork network =
          new ParserNetwork(
              coreNlp.getE(),
              coreNlp.getW1(),
              coreNlp.getb1(),
              coreNlp.getW2(),
              precomputedRows,
              precomputed,
              config.numCached);
      ScoringClassifier scoring = new ScoringClassifier(config, network::scores);
      if (!scoring.overridesCoreNlp()) {
        LOG.warn(
            "CoreNLP and Sprecher were loaded by different class loaders: parsing with"
                + " CoreNLP's own classifier (same parses, slower)");
        return false;
      }
      classifierField.set(parser, scoring);
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn(
          "CoreNLP's parser is not built as in 4.5.10 ({}): parsing with CoreNLP's own"
              + " classifier (same parses, slower)",
          e.toString());
      return false;
    }
  }

  private static Object privateField(Classifier classifier, String name)
      throws ReflectiveOperationException {
    Field field = Classifier.class.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(classifier);
  }
}
