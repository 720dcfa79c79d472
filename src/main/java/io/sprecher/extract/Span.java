package io.sprecher.extract;

import java.io.Serializable;

/** A stretch of the article body: characters {@code begin} (inclusive) to {@code end}. */
public record Span(int begin, int end) implements Serializable {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad span " + begin + "-" + end);
    }
  }
}
