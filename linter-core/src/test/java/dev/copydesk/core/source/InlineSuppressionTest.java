package dev.copydesk.core.source;

import static dev.copydesk.core.source.Fixtures.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.TextRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineSuppressionTest {

  @Test
  void markdownDisableCoversTheParagraphsUntilEnable() throws InputException {
    Article article = Fixtures.fixture("article.md");
    assertEquals(1, article.suppressions().size());
    Suppression suppression = article.suppressions().get(0);
    assertEquals("spelling", suppression.ruleId());
    assertTrue(suppression.silences("spelling", find(article, "Bhraonáin")));
    assertFalse(suppression.silences("grammar", find(article, "Bhraonáin")));
    assertFalse(suppression.silences("spelling", find(article, "harbour since")));
    assertFalse(suppression.silences("spelling", find(article, "What the ferry costs")));
  }

  @Test
  void htmlDisableListsSeveralRulesAndBareEnableClosesThemAll() throws InputException {
    Article article = Fixtures.fixture("article.html");
    assertEquals(List.of("spelling", "grammar"), article.suppressions().stream().map(Suppression::ruleId).toList());
    for (Suppression suppression : article.suppressions()) {
      assertTrue(suppression.silences(suppression.ruleId(), find(article, "Ullapool")));
      assertFalse(suppression.silences(suppression.ruleId(), find(article, "new ferry at sea")));
    }
  }

  @Test
  void disableWithoutRuleIdSilencesEveryRuleAndUnclosedRunsToTheEnd() throws InputException {
    Article article = Fixtures.read("a.md", "Checked first.\n\n<!-- copydesk-disable -->\n\nNot checked.\n\nNor this.\n");
    Suppression suppression = article.suppressions().get(0);
    assertEquals(Suppression.ALL_RULES, suppression.ruleId());
    assertTrue(suppression.silences("anything", find(article, "Nor this")));
    assertFalse(suppression.silences("anything", find(article, "Checked first")));
    assertEquals(article.text().length(), suppression.region().end());
  }

  @Test
  void inlineCommentsSuppressWithinAParagraph() throws InputException {
    Article article = Fixtures.read("a.md", "Keep teh <!-- copydesk-disable spelling -->skip teh<!-- copydesk-enable spelling --> keep.\n");
    Suppression suppression = article.suppressions().get(0);
    assertEquals("skip teh", suppression.region().in(article.text()));
    Article html = Fixtures.read("a.html", "<p>Keep teh <!-- copydesk-disable spelling -->skip teh<!-- copydesk-enable spelling --> keep.</p>");
    assertEquals("skip teh", html.suppressions().get(0).region().in(html.text()));
  }

  @Test
  void enablingOneRuleLeavesTheOthersDisabledAndOrdinaryCommentsAreIgnored() throws InputException {
    Article article = Fixtures.read("a.html", "<p>One.</p><!-- copydesk-disable spelling, merged-word --><p>Two.</p>"
        + "<!-- copydesk-enable spelling --><!-- a note for editors --><p>Three.</p>");
    TextRegion three = find(article, "Three");
    assertEquals(2, article.suppressions().size());
    assertTrue(article.suppressions().stream().anyMatch(s -> s.silences("merged-word", three)));
    assertFalse(article.suppressions().stream().anyMatch(s -> s.silences("spelling", three)));
  }
}
