package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.TextRegion;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads the test fixtures and in-line sources the way Copydesk reads files. */
final class Fixtures {
  static final ReadOptions OPTIONS = new ReadOptions(Boilerplate.defaults());

  private Fixtures() {}

  /** The fixture {@code name} under {@code fixtures/}, read through {@link SourceFiles#standard()}. */
  static Article fixture(String name) throws InputException {
    try {
      Path file = Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
      return SourceFiles.standard().read(file, name, OPTIONS);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code source} read as a file called {@code name}. */
  static Article read(String name, String source) throws InputException {
    return SourceFiles.standard().read(name, source.getBytes(StandardCharsets.UTF_8), OPTIONS);
  }

  /** The region of the first occurrence of {@code word} in the article's text. */
  static TextRegion find(Article article, String word) {
    int at = article.text().indexOf(word);
    if (at < 0) {
      throw new AssertionError("'" + word + "' not in text: " + article.text());
    }
    return new TextRegion(at, word.length());
  }
}
