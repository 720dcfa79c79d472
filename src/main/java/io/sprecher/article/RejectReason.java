package io.sprecher.article;

/** The fixed vocabulary of {@code rejects.reason}. The README explains each one. */
public enum RejectReason {
  /** No article text: an empty file, white space only, or only header and boilerplate lines. */
  EMPTY,
  /** A JSON record that cannot be parsed or is not an object. */
  BAD_JSON,
  /** A JSON record without a {@code maintext}. */
  NO_TEXT,
  /** A file name that is not .txt, .json or .jsonl. */
  UNSUPPORTED_FORMAT,
  /** Binary content: an image, an archive, a PDF, NUL bytes. */
  BINARY,
  /** Over the configured file size or article length. */
  TOO_LARGE,
  /** Text that is not German. */
  NOT_GERMAN,
  /** The file cannot be read: permissions, vanished between listing and reading, I/O error. */
  UNREADABLE,
  /** The same content (article id) as an article already in the tables or earlier in the run. */
  DUPLICATE,
  /** The pipeline failed on the article (the detail gives the error). */
  PROCESSING_FAILED,
  /** Annotation took longer than the per-article time budget. */
  TIME_BUDGET_EXCEEDED
}
