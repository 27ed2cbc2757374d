package dev.copydesk.core.source;

import static dev.copydesk.core.source.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.SourceSpan;
import dev.copydesk.core.model.TextRegion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  @Test
  void frontMatterGivesTitleAndDateAndIsNotProse() throws InputException {
    Article article = Fixtures.fixture("article.md");
    assertEquals("Harbour council \"approves\" new ferry", article.metadata().title());
    assertEquals(LocalDate.of(2021, 7, 27), article.metadata().publicationDate());
    assertEquals("front matter", article.metadata().publicationDateSource());
    assertFalse(article.text().contains("tags"));
    assertFalse(article.text().contains("2021-07-27"));
  }

  @Test
  void aFrontMatterKeySetTwiceIsAWarningAtTheSecondKeyAndTheLastValueIsUsed() throws InputException {
    String source = "---\ntitle: First\nprimary_image: a.jpg\nauthor:\n  name: Ann\n  name: Bo\nprimary_image: b.jpg\ntitle: Second\n---\n\nBody text.\n";
    java.io.ByteArrayOutputStream stderr = new java.io.ByteArrayOutputStream();
    java.io.PrintStream saved = System.err;
    Article article;
    System.setErr(new java.io.PrintStream(stderr, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      article = Fixtures.read("post.md", source);
    } finally {
      System.setErr(saved);
    }

    assertEquals("", stderr.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing on standard error");
    assertEquals("Second", article.metadata().title());
    List<dev.copydesk.core.model.SourceWarning> warnings = article.metadata().sourceWarnings();
    assertEquals(List.of(
        "'name' is set twice in the front matter (first on line 5); the last value is used",
        "'primary_image' is set twice in the front matter (first on line 3); the last value is used",
        "'title' is set twice in the front matter (first on line 2); the last value is used"),
        warnings.stream().map(dev.copydesk.core.model.SourceWarning::message).toList());
    dev.copydesk.core.model.SourceWarning image = warnings.get(1);
    assertEquals("front-matter", image.id());
    assertEquals(source.indexOf("primary_image: b"), image.offset());
    assertEquals("primary_image".length(), image.length());
  }

  @Test
  void dateOnlyFirstParagraphIsTheDatelineButFrontMatterDateStays() throws InputException {
    Article article = Fixtures.read("a.md", "---\ndate: 2015-09-02\n---\n\nTuesday, September 1, 2015\n\nBody text here.\n");
    assertEquals(List.of(BlockKind.DATELINE, BlockKind.PARAGRAPH), kinds(article));
    assertEquals(LocalDate.of(2015, 9, 2), article.metadata().publicationDate());
    assertEquals("front matter", article.metadata().publicationDateSource());
  }

  @Test
  void withoutFrontMatterTheDatelineAndHeadlineGiveTheMetadata() throws InputException {
    Article article = Fixtures.read("a.md", "# Ants medicate themselves\n\nTuesday, September 1, 2015\n\nBody text.\n");
    assertEquals(List.of(BlockKind.TITLE, BlockKind.DATELINE, BlockKind.PARAGRAPH), kinds(article));
    assertEquals("Ants medicate themselves", article.metadata().title());
    assertEquals(LocalDate.of(2015, 9, 1), article.metadata().publicationDate());
    assertEquals("dateline", article.metadata().publicationDateSource());
  }

  @Test
  void frontMatterDateTakesIsoDateTimesAsWrittenAndIgnoresNonsense() throws InputException {
    assertEquals(LocalDate.of(2021, 7, 27), Fixtures.read("a.md", "---\ndate: 2021-07-27T23:30:00-05:00\n---\nText.\n").metadata().publicationDate());
    assertEquals(LocalDate.of(2021, 7, 27), Fixtures.read("a.md", "---\ndate: \"2021-07-27 08:00\"\n---\nText.\n").metadata().publicationDate());
    assertNull(Fixtures.read("a.md", "---\ndate: last Tuesday\n---\nText.\n").metadata().publicationDate());
    assertNull(Fixtures.read("a.md", "---\ndate: 2021-02-30\n---\nText.\n").metadata().publicationDate());
  }

  @Test
  void invalidYamlFrontMatterIsStillNotProse() throws InputException {
    Article article = Fixtures.read("a.md", "---\ntitle: [unclosed\n---\nThe story.\n");
    assertEquals("The story.", article.text());
    assertNull(article.metadata().title());
  }

  @Test
  void markupCodeCommentsAndUrlsAreNotProse() throws InputException {
    String text = Fixtures.fixture("article.md").text();
    assertTrue(text.contains("The council voted seven to two on Monday to buy a ferry, the town's website says."), text);
    for (String notProse : List.of("*seven", "**", "](", "example.org/ferry", "Ferry\"", "--launch", "indented code", "<!--", "copydesk-", "ferry.jpg", "Share this")) {
      assertFalse(text.contains(notProse), notProse + " in " + text);
    }
  }

  @Test
  void blocksHaveTheirKinds() throws InputException {
    Article article = Fixtures.fixture("article.md");
    assertEquals(BlockKind.TITLE, blockOf(article, "Harbour council approves new ferry").kind());
    assertEquals(BlockKind.HEADING, blockOf(article, "What the ferry costs").kind());
    assertEquals(BlockKind.LIST_ITEM, blockOf(article, "The hull").kind());
    assertEquals(BlockKind.BLOCK_QUOTE, blockOf(article, "commuter").kind());
    assertEquals(BlockKind.DATELINE, article.blocks().get(0).kind());
    assertTrue(article.text().contains("enough,\" said one commuter, who asked"), "block quote lines are joined");
    assertTrue(article.text().contains("\n\nHull & engine\n\n£2.1m\n\nRamp\n\n"), "table cells are blocks");
    assertFalse(article.text().contains("|"), "table markup is not prose");
  }

  @Test
  void escapesAndEntitiesMapToTheirWholeSourceRange() throws InputException {
    Article article = Fixtures.fixture("article.md");
    assertEquals("\\*fair\\*", article.sourceText(find(article, "*fair*")));
    assertEquals("&amp;", article.sourceText(find(article, "&")));
    assertEquals("caf&eacute;", article.sourceText(find(article, "café")));
    assertEquals("pier&#8217;s", article.sourceText(find(article, "pier’s")));
  }

  @Test
  void softLineBreakIsASpaceMappedToTheLineEnd() throws InputException {
    Article article = Fixtures.fixture("article.md");
    TextRegion joined = find(article, "the town");
    assertEquals(' ', article.text().charAt(joined.start() + 3));
    assertEquals("\r\n", article.sourceText(new TextRegion(joined.start() + 3, 1)));
    SourceSpan span = article.sourceSpan(new TextRegion(joined.start() + 4, 4));
    assertEquals(2, span.column(), "'town' starts the next line, after the link's bracket");
    assertEquals(span.line() - 1, article.sourceSpan(new TextRegion(joined.start(), 3)).line());
  }

  @Test
  void hardLineBreakStaysALineBreak() throws InputException {
    Article article = Fixtures.fixture("article.md");
    assertTrue(article.text().endsWith("Line one of an address,\nline two after a hard break."), article.text());
  }

  @Test
  void emojiBeforeAWordKeepsColumnsInCodePoints() throws InputException {
    Article article = Fixtures.fixture("article.md");
    TextRegion ferries = find(article, "Ferries have");
    SourceSpan span = article.sourceSpan(new TextRegion(ferries.start(), "Ferries".length()));
    String line = article.lines().lineText(span.line());
    assertEquals("Ferries", line.substring(line.offsetByCodePoints(0, span.column() - 1), line.offsetByCodePoints(0, span.endColumn() - 1)));
    assertEquals("🚢", article.sourceText(new TextRegion(ferries.start() - 2, 2)));
  }

  @Test
  void backticksInsideWordsAreApostrophesNotCode() throws InputException {
    Article article = Fixtures.read("a.md", "They don`t know and can`t say. Run `make` first.\n");
    assertEquals("They don`t know and can`t say. Run codeSpan first.", article.text());
  }

  @Test
  void boilerplateParagraphsAreDropped() throws InputException {
    Article article = Fixtures.read("a.md", "Real prose.\n\nSend to a friend\n\nMore prose.  \nPrintable version\n");
    assertEquals("Real prose.\n\nMore prose.", article.text());
  }

  private static List<BlockKind> kinds(Article article) {
    return article.blocks().stream().map(Block::kind).toList();
  }

  private static Block blockOf(Article article, String words) {
    return article.blockAt(find(article, words).start());
  }

  @Test
  void entriesOfAChangelogGeneratedFromCommitsAreNotProse() throws InputException {
    Article article = Fixtures.read("release.md", """
        ### Commits

        - \\[[`d339497688`](https://github.com/nodejs/node/commit/d339497688)] - **deps**: update nbytes to 0.1.3 (Node.js GitHub Bot) [#61879](https://github.com/nodejs/node/pull/61879)
        - [`3ff8ffd`](https://github.com/nodejs/node/commit/3ff8ffd) - **deps**: remove stale arch configs (René)
        - [The release notes](https://nodejs.org/en/blog) say more.
        - [deadbeef](https://example.org/a) is a plain word in a link.
        """);
    assertEquals("Commits\n\nThe release notes say more.\n\ndeadbeef is a plain word in a link.", article.text());
  }
}
