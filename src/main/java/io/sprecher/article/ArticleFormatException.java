package io.sprecher.article;

/**
 * An input that does not hold an article: {@link #reason()} says why ({@link RejectReason#EMPTY},
 * {@link RejectReason#BAD_JSON} or {@link RejectReason#NO_TEXT}) and {@link #detail()} explains it
 * for the rejects table, which names the file itself.
 */
public final class ArticleFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final RejectReason reason;
  private final String detail;

  public ArticleFormatException(RejectReason reason, String sourceFile, String detail) {
    this(reason, sourceFile, detail, null);
  }

  public ArticleFormatException(
      RejectReason reason, String sourceFile, String detail, Throwable cause) {
    super(reason + ": " + detail + " (" + sourceFile + ")", cause);
    this.reason = reason;
    this.detail = detail;
  }

  /** Why the input was rejected. */
  public RejectReason reason() {
    return reason;
  }

  /** What is wrong with the input, without its file name. */
  public String detail() {
    return detail;
  }
}
