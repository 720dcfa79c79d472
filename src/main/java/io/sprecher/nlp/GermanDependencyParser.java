package io.sprecher.nlp;

import edu.stanford.nlp.ling.TaggedWord;
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
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /** A tagged sentence to see the parser ask for scores. */
  private static final List<TaggedWord> PROBE =
      List.of(
          new TaggedWord("Er", "PRON"),
          new TaggedWord("schwieg", "VERB"),
          new TaggedWord(".", "PUNCT"));

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

  /**
   * Replaces the parser's classifier with one backed by {@link ParserNetwork}, if it can: CoreNLP's
   * internals as in 4.5.10, and the parser seen asking the new classifier for the scores of a probe
   * sentence. Otherwise CoreNLP's classifier stays.
   */
  private static boolean useParserNetwork(DependencyParser parser) {
    Field classifierField;
    Classifier coreNlp;
    try {
      classifierField = DependencyParser.class.getDeclaredField("classifier");
      classifierField.setAccessible(true);
      coreNlp = (Classifier) classifierField.get(parser);
    } catch (ReflectiveOperationException | RuntimeException e) {
      warnCoreNlpStays(e);
      return false;
    }
    try {
      Config config = (Config) ParserNetwork.privateField(coreNlp, "config");
      if (coreNlp.getW1()[0].length != Config.numTokens * config.embeddingSize) {
        throw new IllegalStateException(
            "the hidden layer does not read " + Config.numTokens + " feature positions");
      }
      ParserNetwork network = ParserNetwork.of(coreNlp, config.numCached);
      AtomicBoolean asked = new AtomicBoolean();
      classifierField.set(
          parser,
          new ScoringClassifier(
              config,
              features -> {
                asked.set(true);
                return network.scores(features);
              }));
      parser.predict(PROBE);
      if (!asked.get()) {
        // a class loader of its own, or a CoreNLP that no longer asks computeScores
        throw new IllegalStateException("the parser did not ask ScoringClassifier for scores");
      }
      classifierField.set(parser, new ScoringClassifier(config, network::scores));
      return true;
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      try {
        classifierField.set(parser, coreNlp);
      } catch (IllegalAccessException cannot) {
        throw new IllegalStateException("cannot restore CoreNLP's classifier", cannot);
      }
      warnCoreNlpStays(e);
      return false;
    }
  }

  private static void warnCoreNlpStays(Throwable why) {
    LOG.warn(
        "ParserNetwork cannot stand in for CoreNLP's classifier ({}): parsing with CoreNLP's own"
            + " (same parses, slower)",
        why.toString());
  }
}
