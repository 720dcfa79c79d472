package io.sprecher.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.Properties;

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
 */
final class GermanDependencyParser {

  private static final String PREFIX = "depparse.";

  private final DependencyParser parser;

  /** Loads the model the CoreNLP properties name, with their {@code depparse.*} settings. */
  GermanDependencyParser(Properties properties) {
    Properties depparse = PropertiesUtils.extractPrefixedProperties(properties, PREFIX);
    this.parser = new DependencyParser(depparse);
    parser.loadModelFile(depparse.getProperty("model", DependencyParser.DEFAULT_MODEL));
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
}
