package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.dates.DateMention.Kind;
import dev.copydesk.core.config.DateOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every date expression of an article, resolved against its publication date, with what the
 * article says about dates as a whole: the order it writes numeric dates in and the dates printed
 * at its top. Computed once per article; get it with {@link #of(AnalyzedArticle)}.
 *
 * @param mentions every date expression, in text order
 * @param publicationDate the day relative expressions are resolved against (the metadata's
 *     publication date), or null when the article has none
 * @param publicationDateSource where the publication date was read ("front matter", "dateline"…)
 * @param numericOrder the order the article's numeric dates are read in
 * @param orderSource why that order: {@link OrderSource}
 * @param orderEvidence the first numeric date that can only be read in {@code numericOrder}, or null
 * @param datelines the dates printed at the top of the body
 */
public record DateMentions(
    List<DateMention> mentions,
    LocalDate publicationDate,
    String publicationDateSource,
    DateOrder numericOrder,
    OrderSource orderSource,
    DateMention orderEvidence,
    List<PrintedDateline> datelines) {

  /** What the order of numeric dates was taken from. */
  public enum OrderSource {
    /** {@code dateOrder} in copydesk.yml. */
    CONFIGURATION,
    /** The article's own unambiguous numeric dates (most of them; the first on a tie). */
    ARTICLE,
    /** The article's locale, when nothing else tells (en-US: month first). */
    LOCALE
  }

  /**
   * What may stand between two expressions that speak of the same day, within one line:
   * "yesterday (Monday)", "today, July 27", "yesterday, on July 26".
   */
  private static final Pattern BESIDE = Pattern.compile("[ \\t\\u00A0,(\\[—–-]*(?:on[ \\t\\u00A0]+)?");

  public DateMentions {
    mentions = List.copyOf(mentions);
    datelines = List.copyOf(datelines);
  }

  /** The date analysis of {@code analyzed}, computed on first use. */
  public static DateMentions of(AnalyzedArticle analyzed) {
    return analyzed.derived(DateMentions.class, DateAnalyzer::analyze);
  }

  /** The mentions of one kind, in text order. */
  public List<DateMention> ofKind(Kind kind) {
    return mentions.stream().filter(m -> m.kind() == kind).toList();
  }

  /**
   * The expression written right beside {@code mention} as another name for the same day ("Monday"
   * in "yesterday (Monday)", "July 26" in "yesterday, July 26"): the next expression when only
   * commas, brackets, dashes or "on" stand between on one line, else the one before it on the same terms.
   */
  public Optional<DateMention> beside(DateMention mention, String text) {
    int index = mentions.indexOf(mention);
    if (index + 1 < mentions.size()) {
      DateMention next = mentions.get(index + 1);
      if (next.region().start() >= mention.region().end()
          && BESIDE.matcher(text.substring(mention.region().end(), next.region().start())).matches()) {
        return Optional.of(next);
      }
    }
    if (index > 0) {
      DateMention previous = mentions.get(index - 1);
      if (previous.region().end() <= mention.region().start()
          && BESIDE.matcher(text.substring(previous.region().end(), mention.region().start())).matches()) {
        return Optional.of(previous);
      }
    }
    return Optional.empty();
  }
}
