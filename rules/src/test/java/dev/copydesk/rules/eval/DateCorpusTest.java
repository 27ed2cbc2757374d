package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.rules.dates.DateFormatRule;
import dev.copydesk.rules.dates.ImpossibleDateRule;
import dev.copydesk.rules.dates.RelativeDateRule;
import dev.copydesk.rules.dates.WeekdayMismatchRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The date rules on the 163 Wikinews articles: exactly the printed datelines that disagree with the
 * front matter's date are flagged, and nothing else.
 */
@Tag("evaluation")
class DateCorpusTest {
  private static final List<Rule> DATE_RULES =
      List.of(new WeekdayMismatchRule(), new RelativeDateRule(), new DateFormatRule(), new ImpossibleDateRule());

  /** Article → the one finding expected in it: rule and flagged text. */
  private static final Map<String, String> EXPECTED = Map.of(
      "0020.md", "relative-date: Friday, July 21, 2017",
      "0031.md", "relative-date: Thursday, May 7, 2015",
      "0038.md", "relative-date: Tuesday, June 19, 2018",
      "0144.md", "relative-date: October 10, 2008");

  @Test
  void exactlyThePrintedDatelinesThatDisagreeWithTheFrontMatterAreFlagged() {
    List<Path> files = CorpusArticles.files();
    List<FileResult> results = CorpusArticles.check(DATE_RULES,
        files.stream().map(f -> Map.entry(f.getFileName().toString(), CorpusArticles.source(f))).toList());
    Map<String, String> found = new TreeMap<>();
    for (FileResult result : results) {
      assertEquals(List.of(), result.processingErrors(), result.path());
      for (Finding f : result.findings()) {
        System.out.printf("%s:%d %s '%s' %s%n", result.path(), f.span().line(), f.rule(), f.text(), f.message());
        found.merge(result.path(), f.rule() + ": " + f.text(), (a, b) -> a + " | " + b);
      }
    }
    assertEquals(163, results.size());
    System.out.println("date findings on the corpus: " + found.size() + " articles " + found.keySet());
    assertEquals(new TreeMap<>(EXPECTED), found);
  }
}
