package io.sprecher.article;

import java.io.Serializable;
import java.util.Objects;

/**
 * An input that did not become an article: a row of the rejects table.
 *
 * @param sourceFile the file (with ":line" for a JSON Lines record)
 * @param reason one of {@link RejectReason}
 * @param detail a readable explanation
 * @param size the size of the input in bytes
 */
public record Reject(String sourceFile, String reason, String detail, long size)
    implements Serializable {

  public Reject(String sourceFile, RejectReason reason, String detail, long size) {
    this(sourceFile, reason.name(), detail, size);
  }

  public Reject {
    Objects.requireNonNull(sourceFile, "sourceFile");
    RejectReason.valueOf(Objects.requireNonNull(reason, "reason"));
  }
}
