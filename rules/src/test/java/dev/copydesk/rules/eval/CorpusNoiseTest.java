package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Noise on real copy, all rules on: errors plus warnings per 1,000 words over the 163 Wikinews
 * articles of the shared corpus must stay at most 2.0 (bare LanguageTool makes 18.7 there). Prints
 * the figure and the findings per rule.
 */
class CorpusNoiseTest {
  static final double BUDGET_PER_1000_WORDS = 2.0;

  @Test
  void allRulesTogetherStayWithinTheNoiseBudgetOnTheCorpus() {
    Path corpus = Path.of(System.getProperty("copydesk.corpus")).resolve("wikinews");
    Report report;
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults())) {
      report = copydesk.check(List.of(corpus), ProgressListener.NONE);
    }
    assertEquals(163, report.files().size());
    for (FileResult file : report.files()) {
      assertEquals(null, file.error(), file.path());
      assertEquals(List.of(), file.processingErrors(), file.path());
    }
    long words = report.files().stream().mapToLong(FileResult::words).sum();
    List<Finding> noisy = report.files().stream().flatMap(f -> f.findings().stream())
        .filter(f -> f.severity() != Severity.INFO).toList();
    double perThousand = noisy.size() * 1000.0 / words;
    Map<String, Long> byRule = noisy.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
    System.out.printf(Locale.ROOT, "corpus noise: %d errors+warnings in %d words = %.2f per 1,000 words; by rule %s%n",
        noisy.size(), words, perThousand, byRule);
    assertTrue(words > 50_000, "the corpus has its words: " + words);
    assertTrue(perThousand <= BUDGET_PER_1000_WORDS, String.format(Locale.ROOT, "%.2f per 1,000 words", perThousand));
  }
}
