package dev.copydesk.rules.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus article as its Markdown source, and where its body (after the front matter) begins.
 *
 * @param name the file name ({@code 0001.md})
 * @param source the whole file
 * @param bodyStart the offset of the body in {@code source}
 */
record CorpusArticle(String name, String source, int bodyStart) {

  /** Every article of the shared corpus's {@code wikinews} folder, in name order. */
  static List<CorpusArticle> all() {
    Path folder = Path.of(System.getProperty("copydesk.corpus")).resolve("wikinews");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().map(CorpusArticle::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CorpusArticle read(Path file) {
    try {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      int body = 0;
      if (source.startsWith("---")) {
        int end = source.indexOf("\n---", 3);
        body = source.indexOf('\n', end + 4) + 1;
      }
      return new CorpusArticle(file.getFileName().toString(), source, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This article with {@code source[start, end)} replaced by {@code replacement}. */
  CorpusArticle edit(int start, int end, String replacement) {
    return new CorpusArticle(name, source.substring(0, start) + replacement + source.substring(end), bodyStart);
  }

  byte[] bytes() {
    return source.getBytes(StandardCharsets.UTF_8);
  }
}
