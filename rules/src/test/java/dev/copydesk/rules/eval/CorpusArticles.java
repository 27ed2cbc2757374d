package dev.copydesk.rules.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus's Wikinews articles, for measurements. Until the Markdown reader is on the
 * branch, each {@code .md} file is handed to the engine as a plain-text article: the YAML front
 * matter is dropped and its title becomes the first line (the plain-text reader's headline).
 */
final class CorpusArticles {
  private CorpusArticles() {}

  /** One corpus article: its file name and its text as a plain-text article. */
  record Entry(String name, String plainText) {}

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
      String source = Files.readString(file, StandardCharsets.UTF_8);
      return new Entry(file.getFileName().toString(), asPlainText(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of a Markdown article with front matter, its title on the first line. */
  static String asPlainText(String markdown) {
    if (!markdown.startsWith("---")) {
      return markdown;
    }
    int end = markdown.indexOf("\n---", 3);
    String frontMatter = markdown.substring(3, end);
    String body = markdown.substring(markdown.indexOf('\n', end + 1) + 1);
    String title = frontMatter.lines().filter(l -> l.startsWith("title:")).findFirst()
        .map(l -> l.substring(6).strip().replaceAll("^\"|\"$", "")).orElse("");
    return title.isEmpty() ? body : title + "\n\n" + body;
  }
}
