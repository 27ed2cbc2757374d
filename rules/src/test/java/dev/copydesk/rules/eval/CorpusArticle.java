package dev.copydesk.rules.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An article of the shared Wikinews corpus, as the evaluation feeds it to Copydesk.
 *
 * <p>Until the Markdown reader lands, a stand-in: the front matter is stripped and the title
 * put on the first line, and the article is read as plain text.
 *
 * @param displayPath the name it is checked as
 * @param source its text
 */
record CorpusArticle(String displayPath, String source) {
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");

  /** Every article of the corpus, in file-name order. */
  static List<CorpusArticle> all() {
    Path folder = Path.of(System.getProperty("copydesk.corpus")).resolve("wikinews");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().map(CorpusArticle::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CorpusArticle read(Path file) {
    try {
      String markdown = Files.readString(file);
      String name = file.getFileName().toString().replace(".md", ".txt");
      Matcher front = FRONT_MATTER.matcher(markdown);
      if (!front.find()) {
        return new CorpusArticle(name, markdown);
      }
      Matcher title = TITLE.matcher(front.group(1));
      String head = title.find() ? title.group(1) + "\n\n" : "";
      return new CorpusArticle(name, head + markdown.substring(front.end()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This article with {@code length} characters at {@code offset} replaced by {@code replacement}. */
  CorpusArticle replace(int offset, int length, String replacement) {
    return new CorpusArticle(displayPath, source.substring(0, offset) + replacement + source.substring(offset + length));
  }
}
