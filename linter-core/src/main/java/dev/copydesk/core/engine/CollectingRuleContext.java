package dev.copydesk.core.engine;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.RelatedLocation;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.List;

/**
 * The engine's {@link RuleContext} for one rule on one article: turns issues into findings with
 * source positions, drops those an inline suppression or a foreign-language passage covers, and
 * applies the configured severity.
 */
final class CollectingRuleContext implements RuleContext {
  private final RuleInfo rule;
  private final RuleSetting setting;
  private final AnalyzedArticle analyzed;
  private final List<TextRegion> foreign;
  private final List<Finding> sink;

  CollectingRuleContext(RuleInfo rule, AnalyzedArticle analyzed, List<TextRegion> foreign, List<Finding> sink) {
    this.rule = rule;
    this.setting = analyzed.configuration().rule(rule.id());
    this.analyzed = analyzed;
    this.foreign = foreign;
    this.sink = sink;
  }

  @Override
  public void report(Issue issue) {
    Article article = analyzed.article();
    TextRegion region = issue.region();
    if (region.end() > article.text().length()) {
      throw new IllegalArgumentException(rule.id() + " reported " + region + " beyond the text's " + article.text().length() + " characters");
    }
    for (Suppression s : article.suppressions()) {
      if (s.silences(rule.id(), region)) {
        return;
      }
    }
    for (TextRegion f : foreign) {
      if (f.overlaps(region)) {
        return;
      }
    }
    Severity severity = setting.severity() != null ? setting.severity()
        : issue.severity() != null ? issue.severity() : rule.defaultSeverity();
    SourceSpan span = article.sourceSpan(region);
    String text = article.source().substring(span.offset(), span.offset() + span.length());
    List<RelatedLocation> related = issue.related().stream()
        .filter(r -> r.region().end() <= article.text().length())
        .map(r -> new RelatedLocation(article.sourceSpan(r.region()), r.note()))
        .toList();
    // A fix is applied to the source span; one that spans markup ("notation][] notation") would change it too.
    boolean safeFix = rule.safeFix() != null && issue.safeFix() && !issue.suggestions().isEmpty()
        && text.equals(region.in(article.text()));
    sink.add(new Finding(rule.id(), rule.category(), severity, issue.message(), span, text, issue.suggestions(),
        issue.evidence(), false, safeFix, related));
  }

  @Override
  public Configuration configuration() {
    return analyzed.configuration();
  }
}
