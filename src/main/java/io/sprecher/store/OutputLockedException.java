package io.sprecher.store;

/** Another run holds the output's lock: this run must not start. */
public final class OutputLockedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OutputLockedException(String message) {
    super(message);
  }
}
