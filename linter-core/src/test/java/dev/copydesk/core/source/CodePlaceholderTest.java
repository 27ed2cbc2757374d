package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.TextRegion;
import org.junit.jupiter.api.Test;

/** Inline code becomes a placeholder word that maps to the code span and that no finding may lie on. */
class CodePlaceholderTest {

  @Test
  void aCodeSpanBecomesThePlaceholderMappedToTheWholeSpan() throws InputException {
    String source = "We added an `ExportQueue` object.\n";
    Article article = Fixtures.read("a.md", source);
    assertEquals("We added an codeSpan object.", article.text());
    TextRegion placeholder = Fixtures.find(article, ProseBuilder.CODE_PLACEHOLDER);
    assertEquals("`ExportQueue`", article.sourceText(placeholder));
    assertEquals(13, article.sourceSpan(placeholder).column());
    assertEquals("an", article.sourceText(new TextRegion(article.text().indexOf("an "), 2)));
    SourceMappingAssertions.assertWordsMapToSource(article);
  }

  @Test
  void everyRuleIsSilencedOnThePlaceholderAndNowhereElse() throws InputException {
    Article article = Fixtures.read("a.md", "Run `make`, then `make test` twice.\n\nA plain paragraph.\n");
    assertEquals("Run codeSpan, then codeSpan twice.\n\nA plain paragraph.", article.text());
    int first = article.text().indexOf("codeSpan");
    int second = article.text().indexOf("codeSpan", first + 1);
    for (int at : new int[] {first, second}) {
      TextRegion region = new TextRegion(at, ProseBuilder.CODE_PLACEHOLDER.length());
      assertTrue(article.suppressions().stream().anyMatch(s -> s.silences("grammar", region) && s.ruleId().equals(Suppression.ALL_RULES)), "placeholder at " + at);
    }
    TextRegion run = Fixtures.find(article, "Run");
    TextRegion plain = Fixtures.find(article, "plain");
    assertFalse(article.suppressions().stream().anyMatch(s -> s.silences("grammar", run) || s.silences("spelling", plain)));
  }

  @Test
  void backticksUsedAsApostrophesStayProse() throws InputException {
    assertEquals("We don`t know, they can`t say.", Fixtures.read("a.md", "We don`t know, they can`t say.\n").text());
  }

  @Test
  void aCodeSpanInALinkOrAHeadingIsAPlaceholderToo() throws InputException {
    Article article = Fixtures.read("a.md", "## The `util.print` change\n\nSee [`fs.rm`](https://nodejs.org/api/fs.html) docs.\n");
    assertEquals("The codeSpan change\n\nSee codeSpan docs.", article.text());
    SourceMappingAssertions.assertWordsMapToSource(article);
  }
}
