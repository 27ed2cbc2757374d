package dev.copydesk.lsp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which article reader a document goes to: by its file extension when Copydesk reads that kind,
 * else by the editor's language id ({@code markdown}, {@code mdx}, {@code plaintext}, {@code
 * html}); null for documents Copydesk does not check.
 */
final class DocumentKind {
  private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "mdown", "mdx", "txt", "html", "htm");
  private static final Map<String, String> LANGUAGES = Map.of(
      "markdown", "md", "mdx", "mdx", "plaintext", "txt", "text", "txt", "html", "html");

  private DocumentKind() {}

  /** The extension the reader is chosen by, or null when the document is not an article. */
  static String of(String uri, String languageId) {
    String path = uri.replaceFirst("[?#].*$", "");
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    if (dot > slash) {
      String extension = path.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (EXTENSIONS.contains(extension)) {
        return extension;
      }
    }
    return languageId == null ? null : LANGUAGES.get(languageId.toLowerCase(Locale.ROOT));
  }

  /** Whether comments in this kind are the HTML comments inline suppressions are written in. */
  static boolean takesInlineComments(String extension) {
    return !"txt".equals(extension);
  }
}
