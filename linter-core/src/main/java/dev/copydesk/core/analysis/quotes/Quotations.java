package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.util.HashMap;
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
  private final Map<Quotation, QuoteClass> classes;
  private final Map<Quotation, String> doubts;

  private Quotations(List<Quotation> all, List<StrayMark> strays, Map<Quotation, Attribution> attributions,
      Map<Quotation, QuoteClass> classes, Map<Quotation, String> doubts) {
    this.all = List.copyOf(all);
    this.strays = List.copyOf(strays);
    this.attributions = Map.copyOf(attributions);
    this.classes = Map.copyOf(classes);
    this.doubts = Map.copyOf(doubts);
  }

  /** The quotations of {@code article}, analysed on first request and then kept. */
  public static Quotations of(AnalyzedArticle article) {
    return article.derived(Quotations.class, Quotations::analyze);
  }

  private static Quotations analyze(AnalyzedArticle article) {
    QuotationScanner scanner = QuotationScanner.scan(article.text(), article.article().blocks());
    List<Quotation> topLevel = scanner.quotations().stream().filter(q -> q.depth() == 0).toList();
    Map<Quotation, Attribution> attributions = AttributionFinder.attribute(article, topLevel);
    QuoteUseClassifier classifier = new QuoteUseClassifier(article, topLevel, attributions);
    Map<Quotation, QuoteClass> classes = new HashMap<>();
    Map<Quotation, String> doubts = new HashMap<>();
    for (Quotation q : topLevel) {
      classes.put(q, classifier.classify(q));
    }
    for (Quotation q : topLevel) {
      if (!attributions.containsKey(q)) {
        AttributionFinder.doubt(article, topLevel, classes, q).ifPresent(d -> doubts.put(q, d));
      }
    }
    return new Quotations(scanner.quotations(), scanner.strays(), attributions, classes, doubts);
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

  /** What a top-level quotation is doing: speech, a mention, material or rhetorical speech. */
  public QuoteClass classOf(Quotation quotation) {
    QuoteClass c = classes.get(quotation);
    return c != null ? c : new QuoteClass(QuoteUse.SPEECH, "quoted words", false, false, false);
  }

  /**
   * For a top-level quotation with no source: what near it may still be its source (a speech cue
   * in its paragraph or the one before, a quotation just before), which makes its lack of a source
   * doubtful; empty when nothing near it speaks.
   */
  public Optional<String> doubtOf(Quotation quotation) {
    return Optional.ofNullable(doubts.get(quotation));
  }
}
