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

  /**
   * Every article of corpus folder {@code folder} ({@code wikinews}, {@code open-news/globalvoices}…),
   * named by its path under the corpus when the folder is not Wikinews ({@code
   * open-news/usgov-press/0020.md}), in name order.
   */
  static List<CorpusArticle> in(String folder) {
    Path dir = Path.of(System.getProperty("copydesk.corpus")).resolve(folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().map(CorpusArticle::read)
          .map(a -> folder.equals("wikinews") ? a : new CorpusArticle(folder + "/" + a.name(), a.source(), a.bodyStart()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus folder of this article ({@code wikinews} for a bare name). */
  String folder() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "wikinews" : name.substring(0, slash);
  }

  /** The article's path under the corpus ({@code wikinews/0001.md}, {@code open-news/usgov-press/0020.md}). */
  String corpusPath() {
    return name.contains("/") ? name : "wikinews/" + name;
  }

  /**
   * Whether the article is in the held-out half: chosen by a hash of its folder and name, so the
   * split is the same on every run and independent of any rule's behaviour.
   */
  boolean heldOut() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(corpusPath().getBytes(StandardCharsets.UTF_8));
    return (crc.getValue() & 1) == 1;
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
