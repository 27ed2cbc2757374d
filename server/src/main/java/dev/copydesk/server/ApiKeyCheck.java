package dev.copydesk.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a request in only with {@code Authorization: Bearer KEY} when the server has an API key;
 * {@code /health} and CORS preflights ({@code OPTIONS}) are open, as probes and browsers send
 * no key there. Keys are compared in constant time.
 */
final class ApiKeyCheck {
  private final byte[] key;

  /** A check for {@code apiKey}, or one that lets everything in when it is null. */
  ApiKeyCheck(String apiKey) {
    this.key = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
  }

  /** Throws a 401 unless {@code ctx} may go on. */
  void check(Context ctx) {
    if (key == null || ctx.path().equals("/health") || ctx.method().name().equals("OPTIONS")) {
      return;
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())
        || !MessageDigest.isEqual(key, header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"copydesk\"");
      throw new ApiException(401, "this server needs 'Authorization: Bearer <api key>'", 0);
    }
  }
}
