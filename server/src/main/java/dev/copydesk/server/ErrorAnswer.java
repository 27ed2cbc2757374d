package dev.copydesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * Writes every error the server gives as JSON: {@code {"error": {"status": 400, "message": "…"}}},
 * with {@code Retry-After} on a 503.
 */
final class ErrorAnswer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorAnswer() {}

  /** Answers {@code ctx} with {@code status} and {@code message}. */
  static void write(Context ctx, int status, String message, int retryAfterSeconds) {
    ObjectNode root = JSON.createObjectNode();
    root.putObject("error").put("status", status).put("message", message);
    if (retryAfterSeconds > 0) {
      ctx.header("Retry-After", Integer.toString(retryAfterSeconds));
    }
    try {
      ctx.status(status).contentType("application/json").result(JSON.writeValueAsBytes(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Answers {@code ctx} with {@code error}. */
  static void write(Context ctx, ApiException error) {
    write(ctx, error.status(), error.getMessage(), error.retryAfterSeconds());
  }
}
