package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.rules.typos.GrammarRule;
import dev.copydesk.rules.typos.MergedWordRule;
import dev.copydesk.rules.typos.SpellingRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the typo rules ({@code spelling}, {@code merged-word}, {@code grammar}) say on real copy:
 * errors plus warnings per 1,000 words over the 163 Wikinews articles of the shared corpus, which
 * must stay at most 1.0 (the whole product's budget is 2.0), and how many of the 64 real errors
 * GUM's annotators marked in articles 0001–0043 they find. Prints both figures and writes every
 * finding to {@code target/typo-findings.tsv} for review.
 */
@Tag("evaluation")
class TypoNoiseTest {
  static final double BUDGET_PER_1000_WORDS = 1.0;

  @Test
  void typoRulesAreQuietOnRealCopyAndFindRealErrors() throws IOException {
    List<CorpusArticles.Entry> articles = CorpusArticles.all();
    Map<String, List<Finding>> findingsByArticle = new HashMap<>();
    long words = 0;
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(),
        List.of(new SpellingRule(), new MergedWordRule(), new GrammarRule()), 2)) {
      for (CorpusArticles.Entry article : articles) {
        FileResult result = copydesk.check(article.file(), article.name());
        assertEquals(null, result.error(), article.name());
        assertEquals(List.of(), result.processingErrors(), article.name());
        findingsByArticle.put(article.name(), result.findings());
        words += result.words();
      }
    }
    List<Finding> noisy = findingsByArticle.values().stream().flatMap(List::stream)
        .filter(f -> f.severity() != Severity.INFO).toList();
    double perThousand = noisy.size() * 1000.0 / words;
    Map<String, Long> byRule = noisy.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));

    List<GumErrors.Located> gum = GumErrors.locate(CorpusArticles.folder().resolveSibling("gum-real-errors.tsv"), articles);
    List<String> found = new ArrayList<>();
    for (GumErrors.Located error : gum) {
      if (error.article() != null && error.foundBy(findingsByArticle.get(error.article()))) {
        found.add(error.asWritten() + "→" + error.correction());
      }
    }
    long located = gum.stream().filter(g -> !g.spans().isEmpty()).count();
    writeFindings(findingsByArticle);
    new EvaluationFigures("typo-rules")
        .noise("wikinews", "spelling+merged-word+grammar", words, noisy.size())
        .recall("GUM real error", "all", found.size(), gum.size())
        .write();
    System.out.printf(Locale.ROOT, "typo rules: %d errors+warnings in %d words = %.2f per 1,000 words; by rule %s%n",
        noisy.size(), words, perThousand, byRule);
    System.out.printf(Locale.ROOT, "typo rules: %d of %d GUM real errors found (%d located in the text): %s%n",
        found.size(), gum.size(), located, found);

    assertEquals(64, gum.size());
    assertTrue(located >= 60, "the GUM errors are located in the articles: " + located);
    assertTrue(words > 50_000, "the corpus has its words: " + words);
    assertTrue(perThousand <= BUDGET_PER_1000_WORDS, String.format(Locale.ROOT, "%.2f per 1,000 words", perThousand));
    assertTrue(found.size() >= 10, "real errors found: " + found);
  }

  private static void writeFindings(Map<String, List<Finding>> findingsByArticle) throws IOException {
    Path out = Path.of("target", "typo-findings.tsv");
    Files.createDirectories(out.getParent());
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      new TreeMap<>(findingsByArticle).forEach((article, findings) -> findings.forEach(f ->
          w.println(article + "\t" + f.rule() + "\t" + f.severity() + "\t" + f.text() + "\t" + f.suggestions() + "\t" + f.message())));
    }
  }
}
