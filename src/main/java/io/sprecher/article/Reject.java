package io.sprecher.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input that did not become an article: a row of the rejects table.
 *
 * @param sourceFile the file (with ":line" for a JSON Lines record)
 * @param reason a fixed code (EMPTY, BAD_JSON, NO_TEXT, UNSUPPORTED_FORMAT, PROCESSING_FAILED, ...)
 * @param detail a readable explanation
 * @param size the size of the input in bytes
 */
public record Reject(String sourceFile, String reason, String detail, long size)
    implements Serializable {

  public Reject {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(reason, "reason");
  }
}
