package io.sprecher.article;

/**
 * An input that does not hold an article. {@link #reason()} says why, as one of the constants of
 * this class ({@link #EMPTY}, {@link #BAD_JSON}, {@link #NO_TEXT}), so that callers can count
 * rejected inputs by reason.
 */
public final class ArticleFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The text has no body: empty, white space, or only header and boilerplate lines. */
  public static final String EMPTY = "EMPTY";

  /** The JSON record cannot be parsed or is not a JSON object. */
  public static final String BAD_JSON = "BAD_JSON";

  /** The JSON record has no {@code maintext}, or a blank one. */
  public static final String NO_TEXT = "NO_TEXT";

  private final String reason;

  public ArticleFormatException(String reason, String message) {
    this(reason, message, null);
  }

  public ArticleFormatException(String reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  /** Why the input was rejected: {@link #EMPTY}, {@link #BAD_JSON} or {@link #NO_TEXT}. */
  public String reason() {
    return reason;
  }
}
