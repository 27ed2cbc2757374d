package dev.copydesk.rules.eval;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.PlainTextReader;
import dev.copydesk.core.source.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The shared corpus's Wikinews articles (Markdown with {@code title} and {@code date} front matter),
 * read for the date evaluations: the body as plain text, the front matter's date as the
 * publication date. (A stand-in until the Markdown reader is on main.)
 */
final class CorpusArticles {
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("(?m)^date:\\s*\"?(\\d{4}-\\d{2}-\\d{2})");

  private static final int THREADS = 2;

  private CorpusArticles() {}

  /** The Wikinews article files, in name order. */
  static List<Path> files() {
    Path folder = Path.of(System.getProperty("copydesk.corpus")).resolve("wikinews");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source of {@code file}. */
  static String source(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code source}, a corpus article, read as an article whose publication date is its front
   * matter's date. The front matter is blanked rather than cut, so offsets and lines stay those of
   * the file.
   */
  static Article read(String name, String source) {
    Matcher front = FRONT_MATTER.matcher(source);
    if (!front.find()) {
      throw new IllegalArgumentException(name + " has no front matter");
    }
    Matcher date = DATE.matcher(front.group(1));
    String body = front.group().replaceAll("[^\\r\\n]", " ") + source.substring(front.end());
    Article plain = new PlainTextReader().read(name, body, new ReadOptions(Boilerplate.defaults()));
    ArticleMetadata metadata = date.find()
        ? plain.metadata().withPublicationDate(LocalDate.parse(date.group(1)), "front matter")
        : ArticleMetadata.empty();
    return new Article(plain.path(), source, plain.text(), plain.sourceMap(), plain.lines(), metadata,
        plain.blocks(), plain.suppressions());
  }

  /** The front matter's publication date of {@code source}. */
  static LocalDate publicationDate(String source) {
    Matcher date = DATE.matcher(source);
    if (!date.find()) {
      throw new IllegalArgumentException("no date in the front matter");
    }
    return LocalDate.parse(date.group(1));
  }

  /** Checks every article ({@code name → source}) with {@code rules} on two threads; results in input order. */
  static List<FileResult> check(List<Rule> rules, List<Map.Entry<String, String>> articles) {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(), rules, THREADS)) {
      List<Future<FileResult>> futures = new ArrayList<>();
      for (Map.Entry<String, String> article : articles) {
        futures.add(pool.submit(() -> copydesk.check(read(article.getKey(), article.getValue()))));
      }
      List<FileResult> results = new ArrayList<>();
      for (Future<FileResult> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }
}
