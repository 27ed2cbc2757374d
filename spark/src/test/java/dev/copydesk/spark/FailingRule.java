package dev.copydesk.spark;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;

/**
 * A rule with a bug, on the test class path (registered with ServiceLoader like any house rule):
 * it throws on an article that contains {@link #TRIGGER}, so the tests can see a rule failure
 * become a processing error of that one article on an executor, never a failed task.
 */
public final class FailingRule implements Rule {
  static final String TRIGGER = "Trigger the failing test rule";

  @Override
  public RuleInfo info() {
    return new RuleInfo("failing-test-rule", Category.TYPOS, Severity.ERROR, "throws on its trigger sentence",
        TRIGGER + ".", "A sentence.");
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    if (article.article().text().contains(TRIGGER)) {
      throw new IllegalStateException("bug in a house rule");
    }
  }
}
