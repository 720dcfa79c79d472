package io.sprecher.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Runs a CoreNLP pipeline and converts its output into Sprecher's records, at the edge. */
final class CoreNlpAnnotator implements Annotator {

  private final StanfordCoreNLP pipeline;

  CoreNlpAnnotator(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public AnnotatedText annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreSentence cs : doc.sentences()) {
      sentences.add(convert(sentences.size(), cs));
    }
    return new AnnotatedText(text, sentences);
  }

  private static Sentence convert(int index, CoreSentence cs) {
    SemanticGraph graph = cs.dependencyParse();
    List<CoreLabel> labels = cs.tokens();
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
