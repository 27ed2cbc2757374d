package dev.copydesk.rules.typos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast scan finds exactly the passages the regular expression's {@code find()} finds. */
class NonProsePassagesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Install it with `npm install`, then see [the docs](https://nodejs.org/api).",
      "```js\nconst x = 1;\n```\nProse after.\n> ~~~\n> quoted fence\n> ~~~\n",
      "An unclosed `backtick runs on\nto the end, and ``a double `one` too``.",
      "[ref]: https://example.com/a-b\n  [other]: /path\nText [ref] here.",
      "See http://a.example/x, xhttp://not-a-start, éhttps://after.accent and _ftp://under.score.",
      "<a href=\"/blog/post\">a</a> <img src = \"logo.png\"> hrefs=\"no\" mysrc=\"no\"",
      "cSpell:ignore vtable btree\nCSPELL:words zlib\n<!-- cspell: ignore foo -->",
      "Lines\r\n```\r\ncode\r\n```\r\nand\u2028[x]: y\u0085~~~\nz\n~~~",
      "", "`", "]", "c", "a://", "Ending with a scheme git+ssh://"})
  void findsWhatTheExpressionFinds(String source) {
    assertEquals(byExpression(source), byScan(source));
  }

  @Test
  void findsWhatTheExpressionFindsInEveryCorpusArticle() throws IOException {
    List<Path> articles;
    try (Stream<Path> files = Files.walk(Path.of(System.getProperty("copydesk.corpus")))) {
      articles = files.filter(p -> p.toString().matches(".*\\.(md|mdx|markdown|html|txt)$")).sorted().toList();
    }
    assertTrue(articles.size() > 1000, "the corpus holds over a thousand articles: " + articles.size());
    int passages = 0;
    for (Path article : articles) {
      String source = Files.readString(article);
      List<List<Integer>> expected = byExpression(source);
      assertEquals(expected, byScan(source), article.toString());
      passages += expected.size();
    }
    assertTrue(passages > 10_000, "the corpus has code and addresses: " + passages);
  }

  private static List<List<Integer>> byExpression(String source) {
    List<List<Integer>> found = new ArrayList<>();
    Matcher matcher = NonProsePassages.PATTERN.matcher(source);
    while (matcher.find()) {
      found.add(List.of(matcher.start(), matcher.end()));
    }
    return found;
  }

  private static List<List<Integer>> byScan(String source) {
    List<List<Integer>> found = new ArrayList<>();
    NonProsePassages.forEach(source, (start, end) -> found.add(List.of(start, end)));
    return found;
  }
}
