package io.sprecher.article;

import java.io.Serializable;

/** What one input record became: an article, or a reject. Exactly one of the two is set. */
public record ParsedInput(Article article, Reject reject) implements Serializable {

  public ParsedInput {
    if ((article == null) == (reject == null)) {
      throw new IllegalArgumentException("exactly one of article and reject must be set");
    }
  }

  public static ParsedInput of(Article a) {
    return new ParsedInput(a, null);
  }

  public static ParsedInput rejected(Reject r) {
    return new ParsedInput(null, r);
  }
}
