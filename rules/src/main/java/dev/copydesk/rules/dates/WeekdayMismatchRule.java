package dev.copydesk.rules.dates;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.dates.DateMention;
import dev.copydesk.core.analysis.dates.DateMentions;
import dev.copydesk.core.analysis.dates.DateText;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Catches a weekday written with a date it does not fall on: "Tuesday, July 28, 2021", when July
 * 28, 2021 was a Wednesday. One of the two is wrong, and readers who plan by the weekday are misled;
 * it is the commonest date slip in copy that was updated from an earlier draft.
 *
 * <p>A date without a year is read in the year nearest the publication date; the rule stays silent
 * when the weekday fits any year the paragraph names, and when it fits either reading of an
 * ambiguous numeric date. The fix offered is the weekday the date falls on.
 *
 * <p>Example: "The vote is on <u>Tuesday</u>, July 28, 2021" → "Wednesday".
 */
public final class WeekdayMismatchRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "weekday-mismatch",
      Category.DATES,
      Severity.ERROR,
      "A weekday written with a date that falls on another day",
      "The council will vote on Tuesday, July 28, 2021.",
      "The council will vote on Wednesday, July 28, 2021.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    DateMentions dates = DateMentions.of(article);
    for (DateMention mention : dates.mentions()) {
      if (!mention.isExplicitDate() || mention.weekday() == null || mention.readings().isEmpty()
          || mention.readings().stream().anyMatch(d -> d.getDayOfWeek() == mention.weekday())) {
        continue;
      }
      LocalDate day = mention.readings().get(0);
      DayOfWeek actual = day.getDayOfWeek();
      String written = mention.weekdayRegion().in(article.text());
      context.report(Issue.at(mention.weekdayRegion(),
              String.format(Locale.ROOT, "'%s': %s is a %s, not a %s", mention.text(), dateWithoutWeekday(day),
                  DateText.weekday(actual), DateText.weekday(mention.weekday())))
          .suggest(inStyleOf(written, actual))
          .because(evidence(mention, dates)));
    }
  }

  private static String dateWithoutWeekday(LocalDate day) {
    String full = DateText.full(day);
    return full.substring(full.indexOf(", ") + 2);
  }

  private static String evidence(DateMention mention, DateMentions dates) {
    LocalDate read = mention.readings().get(0);
    if (mention.readings().size() == 1) {
      return mention.statesYear() || dates.publicationDate() == null ? "read as " + DateText.full(read)
          : "read as " + DateText.full(read) + ", the nearest to the publication date " + DateText.full(dates.publicationDate());
    }
    return "read as " + DateText.full(read) + "; not a " + DateText.weekday(mention.weekday()) + " in any other reading either ("
        + String.join(", ", mention.readings().subList(1, mention.readings().size()).stream().map(LocalDate::toString).toList()) + ")";
  }

  /** The weekday written as {@code written} is: full or abbreviated, capitalized or in capitals. */
  static String inStyleOf(String written, DayOfWeek day) {
    String name = DateText.weekday(day);
    if (written.length() < 6) {
      name = name.substring(0, 3);
    }
    return written.equals(written.toUpperCase(Locale.ROOT)) ? name.toUpperCase(Locale.ROOT) : name;
  }
}
