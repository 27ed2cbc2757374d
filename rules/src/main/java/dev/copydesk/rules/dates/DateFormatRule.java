package dev.copydesk.rules.dates;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.dates.DateMention;
import dev.copydesk.core.analysis.dates.DateMentions;
import dev.copydesk.core.analysis.dates.DateMentions.OrderSource;
import dev.copydesk.core.config.DateOrder;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;

/**
 * Catches numeric dates written in two orders in one article: "07/27/2021" (month first) beside
 * "24/01/2017" (day first). Once a page mixes the orders, every date that could be read both ways
 * ("12/02/2016") becomes a guess for the reader.
 *
 * <p>The article's order is {@code dateOrder} in copydesk.yml when set, else the order most of its
 * unambiguous numeric dates use (the first one on a tie); a date that can be read only the other
 * way is flagged, with the same date in the article's order as the fix. With {@code dateOrder:
 * ISO}, every numeric date not written year first is flagged.
 *
 * <p>Example: after "07/27/2021", "<u>24/01/2017</u>" → "01/24/2017".
 */
public final class DateFormatRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "date-format",
      Category.DATES,
      Severity.WARNING,
      "Numeric dates written in two orders in one article (07/27/2021 beside 24/01/2017)",
      "07/27/2021\n\nThe talks, first announced on 24/01/2017, resumed today.",
      "07/27/2021\n\nThe talks, first announced on 01/24/2017, resumed today.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    DateMentions dates = DateMentions.of(article);
    boolean isoWanted = context.configuration().dateOrder() == DateOrder.ISO;
    for (DateMention mention : dates.ofKind(DateMention.Kind.NUMERIC)) {
      if (mention.isImpossible()) {
        continue;
      }
      String written = mention.dateRegion().in(article.text());
      if (isoWanted && !mention.numeric().yearFirst()) {
        Issue issue = Issue.at(mention.dateRegion(),
            "'" + written + "' is not in the ISO order (year-month-day) copydesk.yml's dateOrder asks for")
            .because("dateOrder: ISO in copydesk.yml");
        context.report(mention.numeric().isUnambiguous()
            ? issue.suggest(mention.numeric().iso(mention.numeric().onlyOrder().orElseThrow()).orElseThrow()) : issue);
      } else if (!isoWanted && mention.numeric().isUnambiguous()
          && mention.numeric().onlyOrder().orElseThrow() != dates.numericOrder()) {
        Issue issue = Issue.at(mention.dateRegion(),
                "'" + written + "' puts the " + firstPart(mention.numeric().onlyOrder().orElseThrow())
                    + " first, but this article writes numeric dates " + firstPart(dates.numericOrder()) + " first"
                    + because(dates, article.article()) + "; readers cannot tell how to read a date like 12/02/2016")
            .suggest(mention.numeric().swapped(written))
            .because(evidence(dates));
        DateMention first = dates.orderSource() == OrderSource.CONFIGURATION ? null : dates.orderEvidence();
        if (first != null) {
          issue = issue.relatedAt(first.dateRegion(), "'" + first.dateRegion().in(article.text()) + "' sets the article's order, "
              + firstPart(dates.numericOrder()) + " first");
        }
        context.report(issue);
      }
    }
  }

  private static String firstPart(DateOrder order) {
    return order == DateOrder.MDY ? "month" : "day";
  }

  private static String because(DateMentions dates, Article article) {
    if (dates.orderSource() == OrderSource.CONFIGURATION) {
      return " (dateOrder: " + dates.numericOrder() + " in copydesk.yml)";
    }
    DateMention first = dates.orderEvidence();
    return first == null ? "" : " (" + first.dateRegion().in(article.text()) + " on line " + article.sourceSpan(first.dateRegion()).line() + ")";
  }

  private static String evidence(DateMentions dates) {
    long monthFirst = count(dates, DateOrder.MDY);
    long dayFirst = count(dates, DateOrder.DMY);
    return "unambiguous numeric dates: " + monthFirst + " month first, " + dayFirst + " day first"
        + (dates.orderSource() == OrderSource.CONFIGURATION ? "; dateOrder set in copydesk.yml" : "");
  }

  private static long count(DateMentions dates, DateOrder order) {
    return dates.ofKind(DateMention.Kind.NUMERIC).stream()
        .filter(m -> m.numeric().isUnambiguous() && m.numeric().onlyOrder().orElseThrow() == order)
        .count();
  }
}
