package dev.copydesk.rules.eval;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.rule.Rule;
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
 * and checking them (or edited copies of them) in parallel, for the evaluations.
 */
final class CorpusArticles {
  private static final Pattern DATE = Pattern.compile("(?m)^date:\\s*\"?(\\d{4}-\\d{2}-\\d{2})");

  private static final int THREADS = 2;

  private CorpusArticles() {}

  /** One corpus article: its file name, its path and its Markdown source. */
  record Entry(String name, Path file, String source) {}

  /** The folder of Wikinews articles in the corpus named by system property {@code copydesk.corpus}. */
  static Path folder() {
    return Path.of(System.getProperty("copydesk.corpus")).resolve("wikinews");
  }

  /** The folders of news prose in the corpus: Wikinews and the two open-news sets. */
  static final List<String> NEWS_FOLDERS = List.of("wikinews", "open-news/globalvoices", "open-news/usgov-press");

  /**
   * Every article of every news folder ({@link #NEWS_FOLDERS}), named by its folder's last part and
   * file name ({@code wikinews/0001.md}, {@code usgov-press/0001.md}: the names {@code labels.jsonl}
   * uses), in folder and file-name order.
   */
  static List<Entry> everyFolder() {
    Path corpus = Path.of(System.getProperty("copydesk.corpus"));
    List<Entry> entries = new ArrayList<>();
    for (String folder : NEWS_FOLDERS) {
      String prefix = Path.of(folder).getFileName().toString();
      try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
        files.filter(f -> f.toString().endsWith(".md")).sorted()
            .forEach(f -> entries.add(new Entry(prefix + "/" + f.getFileName(), f, source(f))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return entries;
  }

  /** The corpus folder ({@link #NEWS_FOLDERS}) of an article named by {@link #everyFolder()}: "globalvoices/x.md" is in "open-news/globalvoices". */
  static String folderOf(String name) {
    String prefix = name.substring(0, name.indexOf('/'));
    return NEWS_FOLDERS.stream().filter(folder -> Path.of(folder).getFileName().toString().equals(prefix)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a news folder's article: " + name));
  }

  /**
   * Whether an article (named as {@link #everyFolder} names it) is in the held-out half: the parity
   * of its name's hash decides, so the split is the same on every run and for every evaluation
   * that uses it. Rules are tuned on the other half only.
   */
  static boolean heldOut(String name) {
    return Math.floorMod(name.hashCode(), 2) == 1;
  }

  /** Every article of the corpus, in file-name order. */
  static List<Entry> all() {
    return files().stream().map(f -> new Entry(f.getFileName().toString(), f, source(f))).toList();
  }

  /** The Wikinews article files, in name order. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(folder())) {
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
        futures.add(pool.submit(() -> copydesk.check(article.getKey(), article.getValue().getBytes(StandardCharsets.UTF_8))));
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
