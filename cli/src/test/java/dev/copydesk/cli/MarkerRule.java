package dev.copydesk.cli;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule for the command line's tests only (registered in the test class path): flags the word
 * {@code XYZZY}, which no real copy has, so the tests know exactly which findings to expect
 * whatever the built-in rules do.
 */
public final class MarkerRule implements Rule {
  static final String ID = "test-marker";
  private static final Pattern MARKER = Pattern.compile("\\bXYZZY\\b");

  @Override
  public RuleInfo info() {
    return new RuleInfo(ID, "tests", Severity.ERROR, "the test marker XYZZY", "a XYZZY here", "a word here");
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    Matcher m = MARKER.matcher(article.article().text());
    while (m.find()) {
      context.report(Issue.at(TextRegion.of(m.start(), m.end()), "test marker left in the copy")
          .suggest("word")
          .because("'XYZZY' marks a test finding"));
    }
  }
}
