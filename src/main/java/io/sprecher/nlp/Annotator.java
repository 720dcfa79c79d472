package io.sprecher.nlp;

/** Turns a text into sentences of annotated tokens. Implementations are thread-safe. */
public interface Annotator {

  AnnotatedText annotate(String text);
}
