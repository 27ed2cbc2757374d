package dev.copydesk.rules.dates;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.dates.DateMention;
import dev.copydesk.core.analysis.dates.DateMention.Kind;
import dev.copydesk.core.analysis.dates.DateMentions;
import dev.copydesk.core.analysis.dates.DateText;
import dev.copydesk.core.analysis.dates.PrintedDateline;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Catches dates that contradict the publication date: a relative expression beside an explicit
 * date or weekday that it cannot mean ("yesterday (Monday)" in an article published on a Monday,
 * "yesterday, July 26" in one dated July 28), and a date printed at the top of the body that
 * disagrees with the publication date in the metadata (front matter "2017-07-18" above "Friday,
 * July 21, 2017"). Either the story was moved to another day without its words, or the date is
 * wrong; either way the reader is told two different days.
 *
 * <p>Relative expressions are resolved against the metadata's publication date, as widely as
 * writers use them ("last Monday" is this week's Monday or last week's). A wire dateline
 * ("WASHINGTON, July 27 (Reuters) -") gives the day the story was filed, which may be the day
 * before publication.
 *
 * <p>Example: in an article published Tuesday, July 27, 2021: "<u>yesterday</u>, July 25".
 */
public final class RelativeDateRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "relative-date",
      Category.DATES,
      Severity.ERROR,
      "A relative date (yesterday, last Monday) or printed dateline that contradicts the publication date",
      "07/27/2021\n\nThe two leaders met yesterday, July 25, at the White House.",
      "07/27/2021\n\nThe two leaders met yesterday, July 26, at the White House.");
  /** How many days a wire dateline may precede publication: stories are filed the day before print. */
  private static final int WIRE_LAG_DAYS = 1;
  /**
   * The years, relative to its nearest reading, a yearless date beside a relative expression may be
   * in: "last year, on March 5" in January means last year's March 5.
   */
  private static final List<Integer> YEARS_AROUND = List.of(-1, 1);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    DateMentions dates = DateMentions.of(article);
    LocalDate published = dates.publicationDate();
    if (published == null) {
      return;
    }
    String publication = DateText.full(published) + " (" + dates.publicationDateSource() + ")";
    for (PrintedDateline dateline : dates.datelines()) {
      long lag = ChronoUnit.DAYS.between(dateline.date(), published);
      if (dateline.wire() ? lag < 0 || lag > WIRE_LAG_DAYS : lag != 0) {
        context.report(Issue.at(dateline.region(),
                "The printed date '" + dateline.text() + "' disagrees with the article's publication date, " + publication
                    + (dateline.wire() ? ": a story is filed on its publication day or the day before" : "")
                    + "; one of them is wrong")
            .because((dateline.wire() ? "wire dateline" : "date line at the top of the body") + " " + dateline.date()
                + " vs publication date " + published + " from the " + dates.publicationDateSource()));
      }
    }
    for (DateMention relative : dates.ofKind(Kind.RELATIVE)) {
      Optional<DateMention> beside = dates.beside(relative, article.text());
      if (relative.range() != null && beside.isPresent() && contradicts(relative, beside.get())) {
        DateMention other = beside.get();
        context.report(Issue.at(relative.region(),
                "'" + relative.text() + "' is " + relative.range().describe() + " in an article published "
                    + DateText.full(published) + ", " + describe(other))
            .because("publication date " + published + " from the " + dates.publicationDateSource()));
      }
    }
  }

  private static boolean contradicts(DateMention relative, DateMention other) {
    if (other.isExplicitDate()) {
      return !other.readings().isEmpty() && other.readings().stream().noneMatch(relative::canMean)
          && (other.statesYear() || YEARS_AROUND.stream().noneMatch(y -> relative.canMean(other.readings().get(0).plusYears(y))));
    }
    return other.kind() == Kind.WEEKDAY && !relative.canFallOn(other.weekday());
  }

  private static String describe(DateMention other) {
    return other.kind() == Kind.WEEKDAY ? "not a " + DateText.weekday(other.weekday()) + " as written beside it"
        : "but the date beside it, '" + other.text() + "', is " + DateText.full(other.readings().get(0));
  }
}
