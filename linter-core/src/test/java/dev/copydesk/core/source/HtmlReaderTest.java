package dev.copydesk.core.source;

import static dev.copydesk.core.source.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.SourceSpan;
import dev.copydesk.core.model.TextRegion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  @Test
  void titleAndPublishedTimeFromTheHead() throws InputException {
    Article article = Fixtures.fixture("article.html");
    assertEquals("Harbour council approves new ferry", article.metadata().title());
    assertEquals(LocalDate.of(2021, 7, 27), article.metadata().publicationDate());
    assertEquals("article:published_time", article.metadata().publicationDateSource());
  }

  @Test
  void ogTitleAndTimeElementWhenTheHeadSaysLess() throws InputException {
    Article article = Fixtures.read("a.html", "<html><head><meta property=\"og:title\" content=\"Ferry approved\"></head>"
        + "<body><p>Published <time datetime=\"2020-03-04T08:00Z\">March 4</time>.</p></body></html>");
    assertEquals("Ferry approved", article.metadata().title());
    assertEquals(LocalDate.of(2020, 3, 4), article.metadata().publicationDate());
    assertEquals("time element", article.metadata().publicationDateSource());
    assertNull(Fixtures.read("a.html", "<p>No metadata at all.</p>").metadata().title());
  }

  @Test
  void onlyTheArticleIsProseWithoutPageFurniture() throws InputException {
    String text = Fixtures.fixture("article.html").text();
    for (String notProse : List.of("Home", "tracking", "color", "Gazette", "outside the article", "ferry --launch", "Related", "Send to a friend", "The ferry\"")) {
      assertFalse(text.contains(notProse), notProse + " in " + text);
    }
    assertTrue(text.startsWith("Harbour council approves new ferry\n\nMonday, July 26, 2021\n\n"), text);
  }

  @Test
  void withoutArticleOrMainTheBodyIsRead() throws InputException {
    Article article = Fixtures.read("a.html", "<body><nav>Menu</nav><div>Loose text in a div.<p>A paragraph.</p>Tail text.</div><script>x()</script></body>");
    assertEquals("Loose text in a div.\n\nA paragraph.\n\nTail text.", article.text());
  }

  @Test
  void inlineTagsDoNotBreakTextAndWhitespaceCollapses() throws InputException {
    Article article = Fixtures.fixture("article.html");
    assertTrue(article.text().contains("The council voted seven to two on Monday to buy a ferry, the town’s website says."), article.text());
    assertTrue(article.text().contains("Text directly in the article\nafter a line break."), article.text());
    TextRegion two = find(article, "two on");
    assertEquals("two", article.sourceText(new TextRegion(two.start(), 3)));
  }

  @Test
  void entitiesDecodeToOneCharacterMappedToTheWholeEntity() throws InputException {
    Article article = Fixtures.fixture("article.html");
    assertEquals("&#8217;", article.sourceText(new TextRegion(find(article, "’s website").start(), 1)));
    assertEquals("&amp;", article.sourceText(new TextRegion(find(article, "& chips").start(), 1)));
    assertEquals("&nbsp;", article.sourceText(new TextRegion(find(article, "\u00a0end").start(), 1)));
    assertEquals("&mdash;", article.sourceText(new TextRegion(find(article, "—").start(), 1)));
    assertEquals("&amp", article.sourceText(new TextRegion(find(article, "& c.").start(), 1)), "legacy entity without semicolon");
  }

  @Test
  void multiLineTextMapsToItsLines() throws InputException {
    Article article = Fixtures.fixture("article.html");
    SourceSpan shops = article.sourceSpan(find(article, "shops"));
    SourceSpan council = article.sourceSpan(find(article, "council voted"));
    assertEquals(council.line() + 2, shops.line());
    assertEquals("       the <a href=\"https://example.org/ferry\">town&#8217;s website</a> says. Fish &amp; chips", article.lines().lineText(shops.line() - 1));
  }

  @Test
  void boilerplateLinesAreDropped() throws InputException {
    Article article = Fixtures.read("a.html", "<div>Send to a friend<br>Printable version<br>Real text.</div><p>Share this</p><p>More text.</p>");
    assertEquals("Real text.\n\nMore text.", article.text());
  }

  @Test
  void blocksHaveTheirKinds() throws InputException {
    Article article = Fixtures.fixture("article.html");
    assertEquals(BlockKind.TITLE, article.blockAt(find(article, "Harbour council").start()).kind());
    assertEquals(BlockKind.DATELINE, article.blockAt(find(article, "Monday, July 26").start()).kind());
    assertEquals(BlockKind.HEADING, article.blockAt(find(article, "What the ferry").start()).kind());
    assertEquals(BlockKind.LIST_ITEM, article.blockAt(find(article, "The ramp").start()).kind());
    assertEquals(BlockKind.BLOCK_QUOTE, article.blockAt(find(article, "commuter").start()).kind());
    assertEquals(BlockKind.PARAGRAPH, article.blockAt(find(article, "new ferry at sea").start()).kind());
  }
}
