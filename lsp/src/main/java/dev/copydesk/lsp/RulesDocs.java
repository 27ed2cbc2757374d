package dev.copydesk.lsp;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code docs/rules.md} of a Copydesk checkout the running code was built in. */
final class RulesDocs {
  private RulesDocs() {}

  /** The {@code file:} URI of {@code docs/rules.md} in a folder above the running jar or classes, or null. */
  static String find() {
    try {
      Path code = Path.of(RulesDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = code; dir != null; dir = dir.getParent()) {
        Path docs = dir.resolve("docs").resolve("rules.md");
        if (Files.isRegularFile(docs)) {
          return docs.toUri().toString();
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
    return null;
  }
}
