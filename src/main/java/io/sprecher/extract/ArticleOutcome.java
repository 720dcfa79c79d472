package io.sprecher.extract;

import io.sprecher.article.Reject;
import java.io.Serializable;

/** What processing one article gave: a result, or a reject. Exactly one is set. */
public record ArticleOutcome(ArticleResult result, Reject reject) implements Serializable {

  public ArticleOutcome {
    if ((result == null) == (reject == null)) {
      throw new IllegalArgumentException("exactly one of result and reject must be set");
    }
  }
}
