package io.sprecher.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
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
 * (depparse) the sentences a {@link ParseSelector} chooses, and converts the output into Sprecher's
 * records, at the edge.
 */
final class CoreNlpAnnotator implements Annotator {

  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  CoreNlpAnnotator(StanfordCoreNLP tagger, StanfordCoreNLP parser) {
    this.tagger = tagger;
    this.parser = parser;
  }

  @Override
  public AnnotatedText annotate(String text, ParseSelector parse) {
    CoreDocument doc = new CoreDocument(text);
    tagger.annotate(doc);
    List<Sentence> tagged = new ArrayList<>();
    for (CoreSentence cs : doc.sentences()) {
      tagged.add(convert(tagged.size(), cs));
    }
    BitSet chosen = parse.select(tagged);
    if (chosen.isEmpty()) {
      return new AnnotatedText(text, tagged);
    }
    List<CoreMap> toParse = new ArrayList<>();
    chosen.stream()
        .filter(i -> i < doc.sentences().size())
        .forEach(i -> toParse.add(doc.sentences().get(i).coreMap()));
    Annotation subset = new Annotation(text);
    subset.set(CoreAnnotations.SentencesAnnotation.class, toParse);
    parser.annotate(subset); // sets the trees on the same sentence objects
    List<Sentence> sentences = new ArrayList<>(tagged.size());
    for (int i = 0; i < tagged.size(); i++) {
      sentences.add(chosen.get(i) ? convert(i, doc.sentences().get(i)) : tagged.get(i));
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
