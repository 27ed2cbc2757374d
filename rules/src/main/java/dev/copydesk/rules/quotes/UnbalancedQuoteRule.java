package dev.copydesk.rules.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.quotes.MarkKind;
import dev.copydesk.core.analysis.quotes.QuoteMark;
import dev.copydesk.core.analysis.quotes.Quotations;
import dev.copydesk.core.analysis.quotes.StrayMark;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.Comparator;

/**
 * Catches a quote mark that is opened and never closed, or closed and never opened. The reader
 * then cannot tell where the speaker's words end and the reporter's begin, which is how a
 * paraphrase ends up printed as a quote.
 *
 * <p>A quotation over several paragraphs, each opening with a quote mark and only the last
 * closing, is the news convention and is not flagged. Apostrophes and primes ("don't", "'90s",
 * 5'10") are not quote marks. Example: {@code He said "we will stay. Troops left in May.} is
 * flagged at the opening mark.
 */
public final class UnbalancedQuoteRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "unbalanced-quote", Category.QUOTES, Severity.ERROR,
      "a quotation mark that is opened and never closed, or closed and never opened",
      "He said \"we will stay. Troops left in May.",
      "He said \"we will stay.\" Troops left in May.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    Quotations.of(article).strayMarks().stream()
        .sorted(Comparator.comparingInt(s -> s.mark().offset()))
        .forEach(stray -> context.report(issue(stray)));
  }

  private static Issue issue(StrayMark stray) {
    QuoteMark mark = stray.mark();
    String name = mark.kind() == MarkKind.DOUBLE ? "double quote mark" : "single quote mark";
    if (stray.opened()) {
      return Issue.at(mark.region(), "This opening " + name + " is never closed: the paragraph ends inside the"
              + " quotation and the next paragraph does not continue it with an opening mark. Close the quotation"
              + " where the speaker's words end.")
          .because("no closing " + name + " after " + mark.symbol() + " in its paragraph");
    }
    return Issue.at(mark.region(), "This closing " + name + " closes nothing: no quotation is open before it in its"
            + " paragraph. Add the opening mark where the speaker's words begin, or remove this one.")
        .because("no open quotation before " + mark.symbol() + " in its paragraph");
  }
}
