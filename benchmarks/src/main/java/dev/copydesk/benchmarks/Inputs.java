package dev.copydesk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs every benchmark shares: the seed article, a 3,000-word article made of corpus
 * article bodies, and the corpus folder. Paths come from system properties {@code copydesk.seed}
 * and {@code copydesk.corpus}, defaulting to the repository layout ({@code samples/},
 * {@code corpus}).
 */
public final class Inputs {
  /** How many words the long article has at least. */
  public static final int LONG_ARTICLE_WORDS = 3000;

  private Inputs() {}

  /** The seed article file. */
  public static Path seed() {
    return Path.of(System.getProperty("copydesk.seed", "samples/asianews-2021-07-27.txt"));
  }

  /** The folder of corpus articles. */
  public static Path corpusFolder() {
    return Path.of(System.getProperty("copydesk.corpus", "corpus")).resolve("wikinews");
  }

  /** The corpus article files, sorted. */
  public static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.list(corpusFolder())) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A Markdown article of at least {@link #LONG_ARTICLE_WORDS} words: corpus bodies in order. */
  public static String longArticle() {
    StringBuilder body = new StringBuilder("---\ntitle: \"A long article\"\ndate: 2015-09-01\n---\n\n");
    int words = 0;
    for (Path file : corpusFiles()) {
      String text = read(file);
      String withoutFrontMatter = text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text;
      body.append(withoutFrontMatter.strip()).append("\n\n");
      words += withoutFrontMatter.split("\\s+").length;
      if (words >= LONG_ARTICLE_WORDS) {
        break;
      }
    }
    return body.toString();
  }

  /** The content of {@code file} as UTF-8. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
