package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The quotations of an article: every quotation with its marks, nesting and paragraph, the marks
 * that have no partner, and the source of each quotation in the narrative when the article gives
 * one. Computed once per article; get it with {@link #of(AnalyzedArticle)}.
 *
 * <pre>{@code
 * Quotations quotes = Quotations.of(analyzed);
 * for (Quotation q : quotes.topLevel()) {
 *   if (quotes.attributionOf(q).isEmpty()) { ... }
 * }
 * }</pre>
 */
public final class Quotations {
  private final List<Quotation> all;
  private final List<StrayMark> strays;
  private final Map<Quotation, Attribution> attributions;

  private Quotations(List<Quotation> all, List<StrayMark> strays, Map<Quotation, Attribution> attributions) {
    this.all = List.copyOf(all);
    this.strays = List.copyOf(strays);
    this.attributions = Map.copyOf(attributions);
  }

  /** The quotations of {@code article}, analysed on first request and then kept. */
  public static Quotations of(AnalyzedArticle article) {
    return article.derived(Quotations.class, Quotations::analyze);
  }

  private static Quotations analyze(AnalyzedArticle article) {
    QuotationScanner scanner = QuotationScanner.scan(article.text(), article.article().blocks());
    List<Quotation> topLevel = scanner.quotations().stream().filter(q -> q.depth() == 0).toList();
    return new Quotations(scanner.quotations(), scanner.strays(), AttributionFinder.attribute(article, topLevel));
  }

  /** Every quotation (and every paragraph of a multi-paragraph one), nested ones included, in order. */
  public List<Quotation> all() {
    return all;
  }

  /** The quotations in the narrative, not quoted inside another quotation. */
  public List<Quotation> topLevel() {
    return all.stream().filter(q -> q.depth() == 0).toList();
  }

  /** The marks with no partner, in order. */
  public List<StrayMark> strayMarks() {
    return strays;
  }

  /** The source the article gives for a top-level quotation, if any. */
  public Optional<Attribution> attributionOf(Quotation quotation) {
    return Optional.ofNullable(attributions.get(quotation));
  }
}
