package dev.copydesk.rules.dates;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.dates.DateMention;
import dev.copydesk.core.analysis.dates.DateMentions;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;

/**
 * Catches dates and times that do not exist: "February 30", "April 31, 2021", "February 29, 2021",
 * "31/04/2021" (no reading of it is a date), "2021-13-01", "at 25:70". Such a date is always a
 * typo, and the reader cannot tell which figure is wrong, so the editor must check the source.
 *
 * <p>A pair of figures with a colon is only taken for a time where the words around it say it is
 * one ("at", "a.m.", a time zone), so scores and ratios are left alone.
 *
 * <p>Example: "The deadline is <u>February 30, 2022</u>."
 */
public final class ImpossibleDateRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "impossible-date",
      Category.DATES,
      Severity.ERROR,
      "A date or time that does not exist: February 30, 31/04/2021, 25:70",
      "The deadline is February 30, 2022.",
      "The deadline is February 28, 2022.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    for (DateMention mention : DateMentions.of(article).mentions()) {
      if (mention.isImpossible()) {
        String what = mention.kind() == DateMention.Kind.TIME ? "time" : "date";
        String written = mention.dateRegion().in(article.text());
        context.report(Issue.at(mention.dateRegion(),
                "'" + written + "' is not a real " + what + ": " + mention.impossibility() + "; check the source")
            .because(evidence(mention)));
      }
    }
  }

  private static String evidence(DateMention mention) {
    return switch (mention.kind()) {
      case TIME -> "read as a clock time from the words around it";
      case NUMERIC -> mention.numeric().yearFirst() ? "read as year-month-day" : "neither month-first nor day-first gives a date";
      default -> "read as a date in words";
    };
  }
}
