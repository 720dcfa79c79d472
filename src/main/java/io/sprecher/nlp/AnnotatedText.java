package io.sprecher.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** A text with its sentences; every offset refers to {@code text}. */
public record AnnotatedText(String text, List<Sentence> sentences) implements Serializable {

  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
  }

  public String span(int begin, int end) {
    return text.substring(begin, end);
  }

  /** The text of tokens {@code from}..{@code to} (inclusive) of a sentence, as written. */
  public String span(Sentence s, int from, int to) {
    return text.substring(s.token(from).begin(), s.token(to).end());
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(Sentence::size).sum();
  }
}
