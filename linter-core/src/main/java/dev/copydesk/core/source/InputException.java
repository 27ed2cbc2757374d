package dev.copydesk.core.source;

/** An input that cannot be checked (empty, binary, not UTF-8, too large, unreadable), with why. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
