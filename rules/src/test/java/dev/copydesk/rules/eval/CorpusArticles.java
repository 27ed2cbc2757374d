package dev.copydesk.rules.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus's Wikinews articles ({@code copydesk.corpus}/wikinews/*.md), for measurements. */
final class CorpusArticles {
  private CorpusArticles() {}

  /** One corpus article: its file name, its path and its Markdown source. */
  record Entry(String name, Path file, String source) {}

  /** The folder of Wikinews articles in the corpus named by system property {@code copydesk.corpus}. */
  static Path folder() {
    return Path.of(System.getProperty("copydesk.corpus")).resolve("wikinews");
  }

  /** Every article of the corpus, in file-name order. */
  static List<Entry> all() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted()
          .map(CorpusArticles::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Entry read(Path file) {
    try {
      return new Entry(file.getFileName().toString(), file, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
