package dev.copydesk.server;

import java.util.Locale;

/**
 * What the server accepts as a request's {@code Content-Type}: forms for LanguageTool's API,
 * article files (Markdown, HTML, plain text) for the CMS endpoint, always in UTF-8.
 */
final class ContentTypes {
  static final String FORM = "application/x-www-form-urlencoded";

  private ContentTypes() {}

  /**
   * Accepts a form, or no content type at all (LanguageTool's clients are not all careful).
   *
   * @throws ApiException 415 for anything else, or a charset other than UTF-8
   */
  static void requireForm(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return;
    }
    if (!mediaType(contentType).equals(FORM)) {
      throw unsupported("send the parameters form-encoded (" + FORM + "), got " + contentType);
    }
    requireUtf8(contentType);
  }

  /**
   * The article kind a content type names: {@code md}, {@code html} or {@code txt}; null when
   * there is none.
   *
   * @throws ApiException 415 for a type that is not an article, or a charset other than UTF-8
   */
  static String articleKind(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return null;
    }
    String kind = switch (mediaType(contentType)) {
      case "text/markdown", "text/x-markdown" -> "md";
      case "text/html", "application/xhtml+xml" -> "html";
      case "text/plain" -> "txt";
      default -> throw unsupported("send the article as text/markdown, text/html or text/plain, got " + contentType);
    };
    requireUtf8(contentType);
    return kind;
  }

  private static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  private static void requireUtf8(String contentType) {
    for (String parameter : contentType.split(";")) {
      String p = parameter.strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        String charset = p.substring("charset=".length()).replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
          throw unsupported("Copydesk reads UTF-8 only, got charset=" + charset);
        }
      }
    }
  }

  private static ApiException unsupported(String message) {
    return new ApiException(415, message, 0);
  }
}
