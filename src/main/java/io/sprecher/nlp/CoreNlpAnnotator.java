package io.sprecher.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

/**
 * Runs CoreNLP in two steps, tagging (tokenize, ssplit, mwt, pos, ner) every sentence and parsing
 * the sentences a {@link ParseSelector} chooses with the German dependency parser, and converts the
 * output into Sprecher's records, at the edge.
 */
final class CoreNlpAnnotator implements Annotator {

  private final StanfordCoreNLP tagger;
  private final GermanDependencyParser parser;

  CoreNlpAnnotator(StanfordCoreNLP tagger, GermanDependencyParser parser) {
    this.tagger = tagger;
    this.parser = parser;
  }

  @Override
  public AnnotatedText annotate(String text, ParseSelector parse) {
    Annotation document = new Annotation(text);
    tagger.annotate(document);
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> tagged = new ArrayList<>(coreSentences.size());
    for (CoreMap cs : coreSentences) {
      tagged.add(convert(tagged.size(), cs, null));
    }
    BitSet chosen = parse.select(tagged);
    if (chosen.isEmpty()) {
      return new AnnotatedText(text, tagged);
    }
    List<Sentence> sentences = new ArrayList<>(tagged);
    for (int i = chosen.nextSetBit(0);
        i >= 0 && i < coreSentences.size();
        i = chosen.nextSetBit(i + 1)) {
      CoreMap sentence = coreSentences.get(i);
      sentences.set(i, convert(i, sentence, parser.parse(sentence)));
    }
    return new AnnotatedText(text, sentences);
  }

  /** Whether the parser scores with {@link ParserNetwork} rather than CoreNLP's classifier. */
  boolean parsesWithParserNetwork() {
    return parser.scoresWithParserNetwork();
  }

  /**
   * Sprecher's record of a CoreNLP sentence, with heads and relations from {@code graph} if any.
   */
  static Sentence convert(int index, CoreMap sentence, SemanticGraph graph) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      int head = -1;
      String rel = "dep";
      IndexedWord node = graph == null ? null : graph.getNodeByIndexSafe(l.index());
      if (node != null) {
        Iterator<SemanticGraphEdge> in = graph.incomingEdgeIterator(node);
        if (in.hasNext()) {
          SemanticGraphEdge e = in.next();
          head = e.getGovernor().index() - 1;
          rel = e.getRelation().toString();
        } else if (graph.getRoots().contains(node)) {
          rel = "root";
        }
      }
      tokens.add(
          new Token(
              i,
              l.word(),
              l.tag() == null ? "X" : l.tag(),
              l.ner() == null ? "O" : l.ner(),
              l.beginPosition(),
              l.endPosition(),
              head,
              rel));
    }
    int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, begin, end, tokens);
  }
}
