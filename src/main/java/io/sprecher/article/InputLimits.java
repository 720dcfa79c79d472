package io.sprecher.article;

import java.io.Serializable;

/**
 * Size limits on input, so that one huge file cannot exhaust memory or stall a run.
 *
 * @param maxFileBytes a larger file is rejected (TOO_LARGE) without being read; split bigger JSON
 *     Lines files
 * @param maxArticleChars an article whose text is longer is rejected (TOO_LARGE)
 */
public record InputLimits(long maxFileBytes, int maxArticleChars) implements Serializable {

  public static final InputLimits DEFAULTS = new InputLimits(64L * 1024 * 1024, 200_000);

  public InputLimits {
    if (maxFileBytes < 1 || maxArticleChars < 1) {
      throw new IllegalArgumentException("input limits must be positive");
    }
  }
}
