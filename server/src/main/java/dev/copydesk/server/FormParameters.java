package dev.copydesk.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.util.UrlEncoded;
import org.eclipse.jetty.util.Utf8StringBuilder;

/**
 * The parameters of a form-encoded request ({@code application/x-www-form-urlencoded}): the query
 * string's and the body's, decoded strictly as UTF-8 by Jetty's decoder, so that a malformed
 * byte is a clear 400 rather than a silently replaced character whose offsets no longer fit.
 * A parameter given twice keeps its first value, as LanguageTool's server does.
 */
final class FormParameters {
  private final Map<String, String> values;

  private FormParameters(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Decodes {@code query} (may be null) and {@code body}.
   *
   * @throws ApiException 400 for bytes or percent-escapes that are not UTF-8
   */
  static FormParameters decode(String query, byte[] body) {
    Map<String, String> values = new LinkedHashMap<>();
    if (query != null && !query.isEmpty()) {
      decodeInto(query, values, "query string");
    }
    if (body.length > 0) {
      decodeInto(strictUtf8(body), values, "body");
    }
    return new FormParameters(values);
  }

  private static void decodeInto(String encoded, Map<String, String> values, String where) {
    try {
      UrlEncoded.decodeUtf8To(encoded, 0, encoded.length(), values::putIfAbsent);
    } catch (Utf8StringBuilder.Utf8IllegalArgumentException e) {
      throw ApiException.badRequest("the form " + where + " has a percent-escape that is not UTF-8; encode the text as UTF-8");
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("the form " + where + " is not valid form encoding: " + e.getMessage());
    }
  }

  private static String strictUtf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the request body is not valid UTF-8");
    }
  }

  /** The value of {@code name}, or null when the request has none. */
  String get(String name) {
    return values.get(name);
  }
}
