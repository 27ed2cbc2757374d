package dev.copydesk.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Source texts for a {@link ReportContext} when the report paths are file paths, as they are for
 * the command line and the Maven plugin. The file is decoded as the engine decoded it (UTF-8, a
 * byte-order mark dropped), so finding offsets fit. The last file read is kept, as reporters go
 * through a report file by file. Not thread-safe; one per report.
 */
public final class SourceTexts implements Function<String, Optional<String>> {
  private final Path base;
  private String lastPath;
  private Optional<String> lastText = Optional.empty();

  private SourceTexts(Path base) {
    this.base = base;
  }

  /** Reads report path {@code p} as the file {@code base.resolve(p)}. */
  public static SourceTexts under(Path base) {
    return new SourceTexts(base);
  }

  @Override
  public Optional<String> apply(String path) {
    if (!path.equals(lastPath)) {
      lastPath = path;
      lastText = read(base.resolve(path));
    }
    return lastText;
  }

  private static Optional<String> read(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
