package dev.copydesk.server;

/**
 * A request the server answers with an error status and a JSON body
 * ({@code {"error": {"status": 400, "message": "…"}}}) rather than a check result.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final int retryAfterSeconds;

  ApiException(int status, String message, int retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** 400: a parameter, an encoding or a language the request got wrong. */
  static ApiException badRequest(String message) {
    return new ApiException(400, message, 0);
  }

  /** 503: too busy or too slow now; try again after {@code seconds}. */
  static ApiException unavailable(String message, int seconds) {
    return new ApiException(503, message, seconds);
  }

  int status() {
    return status;
  }

  /** Seconds for the {@code Retry-After} header, or 0 for none. */
  int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
