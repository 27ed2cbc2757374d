package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Markdown and HTML articles through the engine: a finding's text is the source at its span,
 * and inline suppressions silence it.
 */
class MarkupCheckingTest {
  private static Copydesk copydesk;

  /** Flags every "teh". */
  private static final class TehRule implements Rule {
    private static final Pattern TEH = Pattern.compile("\\bteh\\b");

    @Override
    public RuleInfo info() {
      return new RuleInfo("teh", Category.TYPOS, Severity.ERROR, "teh for the", "teh cat", "the cat");
    }

    @Override
    public void check(AnalyzedArticle article, RuleContext context) {
      Matcher m = TEH.matcher(article.text());
      while (m.find()) {
        context.report(Issue.at(TextRegion.of(m.start(), m.end()), "\"teh\" is a typo for \"the\"").suggest("the"));
      }
    }
  }

  @BeforeAll
  static void start() {
    copydesk = Copydesk.create(Configuration.defaults(), List.of(new TehRule()), 1);
  }

  @AfterAll
  static void stop() {
    copydesk.close();
  }

  @Test
  void findingsInMarkdownPointAtTheSourceAndSuppressionsHold() {
    String source = "---\ntitle: teh title\n---\n\nThe mayor said *teh* council and [teh](http://teh.org) town board would meet and\n"
        + "decide on teh budget &amp; teh ferry next week.\n\n"
        + "<!-- copydesk-disable teh -->\nThe council said nothing more about teh plan.\n<!-- copydesk-enable teh -->\n\n"
        + "```\nteh code\n```\n\nThe vote is on teh last day of the month.\n";
    assertFindings(check("a.md", source), source, 5);
  }

  @Test
  void findingsInHtmlPointAtTheSourceAndSuppressionsHold() {
    String source = "<html><head><title>teh</title><script>teh()</script></head><body><nav>teh</nav>\n"
        + "<p>The mayor said <b>teh</b> council and <a href=\"teh\">teh</a> town board would meet and\n"
        + "   decide on teh budget &amp; teh ferry next week.</p>\n"
        + "<p>The council said <!-- copydesk-disable -->teh<!-- copydesk-enable --> plan was good.</p>"
        + "<p>The vote is on teh last day of the month.</p></body></html>";
    assertFindings(check("a.html", source), source, 5);
  }

  private static FileResult check(String name, String source) {
    return copydesk.check(name, source.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertFindings(FileResult result, String source, int expected) {
    assertNull(result.error());
    assertEquals(List.of(), result.processingErrors());
    assertEquals(expected, result.findings().size(), result.findings().toString());
    String[] lines = source.split("\n", -1);
    for (Finding finding : result.findings()) {
      assertEquals("teh", finding.text());
      assertEquals("teh", source.substring(finding.span().offset(), finding.span().offset() + finding.span().length()));
      String line = lines[finding.span().line() - 1];
      assertEquals("teh", line.substring(finding.span().column() - 1, finding.span().endColumn() - 1), finding.toString());
    }
  }
}
