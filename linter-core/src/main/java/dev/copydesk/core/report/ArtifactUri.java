package dev.copydesk.core.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * A report path as a URI reference for formats that locate files by URI (SARIF): relative paths
 * stay relative ({@code news/iraq%20war.txt}, resolved against the checkout by GitHub code
 * scanning), absolute ones become {@code file:} URIs; Windows separators become {@code /}.
 */
final class ArtifactUri {
  private ArtifactUri() {}

  static String of(String reportPath) {
    String path = reportPath.replace('\\', '/');
    if (Path.of(reportPath).isAbsolute() || path.startsWith("/")) {
      return Path.of(reportPath).toUri().toASCIIString();
    }
    try {
      // a first segment holding ':' would read as a scheme: anchor it to the current folder
      String safe = path.contains(":") && path.indexOf(':') < indexOrEnd(path, '/') ? "./" + path : path;
      return new URI(null, null, safe, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + reportPath, e);
    }
  }

  private static int indexOrEnd(String s, char c) {
    int i = s.indexOf(c);
    return i < 0 ? s.length() : i;
  }
}
