package io.sprecher.nlp;

/** Turns a text into sentences of annotated tokens. Implementations are thread-safe. */
public interface Annotator {

  /** Tokens, parts of speech and named entities for every sentence, a parse for every sentence. */
  default AnnotatedText annotate(String text) {
    return annotate(text, ParseSelector.ALL);
  }

  /**
   * Tokens, parts of speech and named entities for every sentence; a dependency parse only for the
   * sentences {@code parse} selects (the others keep head -1 and relation "dep").
   */
  AnnotatedText annotate(String text, ParseSelector parse);
}
