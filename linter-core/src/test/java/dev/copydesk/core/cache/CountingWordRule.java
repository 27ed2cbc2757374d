package dev.copydesk.core.cache;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flags the word "toto" and counts the articles it was run on, so tests see what the cache spared. */
final class CountingWordRule implements Rule {
  private static final Pattern WORD = Pattern.compile("\\btoto\\b");
  final AtomicInteger articlesChecked = new AtomicInteger();

  @Override
  public RuleInfo info() {
    return new RuleInfo("counting-word", Category.TYPOS, Severity.ERROR, "flags 'toto'", "toto go", "to go");
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    articlesChecked.incrementAndGet();
    Matcher m = WORD.matcher(article.article().text());
    while (m.find()) {
      context.report(Issue.at(TextRegion.of(m.start(), m.end()), "'toto' is 'to' typed twice").suggest("to").because("saw 'toto'"));
    }
  }
}
