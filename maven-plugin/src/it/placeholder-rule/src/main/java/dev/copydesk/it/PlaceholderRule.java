package dev.copydesk.it;

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
 * A house rule from outside Copydesk: placeholder words a writer meant to replace ("toto", "xyzzy",
 * "TKTK", "lorem ipsum") must not reach the reader.
 */
public final class PlaceholderRule implements Rule {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\b(toto|xyzzy|TKTK|lorem ipsum)\\b", Pattern.CASE_INSENSITIVE);

  @Override
  public RuleInfo info() {
    return new RuleInfo("placeholder", "house", Severity.ERROR, "a placeholder word left in the copy",
        "He said TKTK.", "He said it.");
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    Matcher m = PLACEHOLDER.matcher(article.article().text());
    while (m.find()) {
      context.report(Issue.at(TextRegion.of(m.start(), m.end()), "'" + m.group() + "' is a placeholder left in the copy")
          .because("house placeholder list"));
    }
  }
}
