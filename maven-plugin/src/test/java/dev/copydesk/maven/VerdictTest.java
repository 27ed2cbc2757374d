package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static Finding finding(Severity severity, List<String> suggestions) {
    return new Finding("merged-word", "typos", severity, "'toto' looks like 'to' typed twice",
        new SourceSpan(120, 4, 15, 278, 15, 282), "toto", suggestions, null);
  }

  private static final Report REPORT = new Report(List.of(
      new FileResult("content/a.txt", null, List.of(finding(Severity.ERROR, List.of("to")), finding(Severity.WARNING, List.of())), 500, List.of()),
      new FileResult("content/b.txt", null, List.of(finding(Severity.ERROR, List.of()), finding(Severity.ERROR, List.of())), 400, List.of()),
      new FileResult("content/c.txt", null, List.of(finding(Severity.INFO, List.of())), 300, List.of())));

  @Test
  void countsWhatFailsAtTheLevelAndWhere() {
    Verdict errors = Verdict.of(REPORT, FailLevel.ERROR);
    assertEquals(3, errors.failingFindings());
    assertEquals("3 errors in 2 articles", errors.describe());

    assertEquals("3 errors and 1 warning in 2 articles", Verdict.of(REPORT, FailLevel.WARNING).describe());
    assertEquals("3 errors, 1 warning and 1 info in 3 articles", Verdict.of(REPORT, FailLevel.INFO).describe());
    assertEquals(0, Verdict.of(REPORT, FailLevel.NONE).failingFindings());
  }

  private static Finding of(String rule, Severity severity) {
    return new Finding(rule, "quotes", severity, "m", new SourceSpan(0, 1, 1, 1, 1, 2), "x", List.of(), null);
  }

  @Test
  void theSummaryCountsFailingFindingsByRuleMostFirst() {
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < 56; i++) {
      findings.add(of("unattributed-quote", Severity.ERROR));
    }
    for (int i = 0; i < 10; i++) {
      findings.add(of("spelling", Severity.ERROR));
    }
    for (int i = 0; i < 7; i++) {
      findings.add(of("grammar", Severity.ERROR));
    }
    findings.add(of("term-variant", Severity.WARNING));
    Report report = new Report(List.of(new FileResult("content/a.md", null, findings, 900, List.of())));

    Verdict errors = Verdict.of(report, FailLevel.ERROR);
    assertEquals("56 of 73 errors are unattributed-quote, 10 spelling, 7 grammar", errors.byRule());
    assertEquals("unattributed-quote", errors.topRule());
    assertEquals("56 of 74 failing findings are unattributed-quote, 10 spelling, 7 grammar, 1 term-variant",
        Verdict.of(report, FailLevel.WARNING).byRule());
    assertEquals("", Verdict.of(report, FailLevel.NONE).byRule());
  }

  @Test
  void oneRuleAndManyRulesReadWell() {
    Report one = new Report(List.of(new FileResult("a.md", null, List.of(of("spelling", Severity.ERROR)), 9, List.of())));
    assertEquals("the error is spelling", Verdict.of(one, FailLevel.ERROR).byRule());
    Report same = new Report(List.of(new FileResult("a.md", null, List.of(of("spelling", Severity.ERROR), of("spelling", Severity.ERROR)), 9, List.of())));
    assertEquals("all 2 errors are spelling", Verdict.of(same, FailLevel.ERROR).byRule());
    List<Finding> six = java.util.stream.Stream.of("a", "b", "c", "d", "e", "f").map(r -> of(r, Severity.ERROR)).toList();
    Report many = new Report(List.of(new FileResult("a.md", null, six, 9, List.of())));
    assertEquals("1 of 6 errors is a, 1 b, 1 c, 1 d, 2 from 2 other rules", Verdict.of(many, FailLevel.ERROR).byRule());
  }

  @Test
  void baselineFindingsAreCountedApartAndDoNotFail() {
    Report report = new Report(List.of(new FileResult("a.md", null,
        List.of(of("spelling", Severity.ERROR).asBaseline(), of("spelling", Severity.ERROR).asBaseline(), of("grammar", Severity.ERROR)), 9, List.of())));

    Verdict verdict = Verdict.of(report, FailLevel.ERROR);
    assertEquals(1, verdict.failingFindings());
    assertEquals(2, verdict.baseline());
    assertEquals("1 error in 1 article (2 more in the baseline, not failing)", verdict.describe());
    assertEquals("the error is grammar", verdict.byRule());
  }

  @Test
  void unreadableArticlesAreListed() {
    Report report = new Report(List.of(FileResult.unreadable("content/bad.txt", "not valid UTF-8 (byte 0xC3 at offset 0)")));
    assertEquals(List.of("content/bad.txt: not valid UTF-8 (byte 0xC3 at offset 0)"), Verdict.of(report, FailLevel.ERROR).unreadable());
  }

  @Test
  void findingLinesAreWhatIdesLink() {
    Path file = Path.of("/repo/content/a.txt");
    assertEquals("/repo/content/a.txt:15:278: error merged-word 'toto' looks like 'to' typed twice (suggestion: to)",
        FindingLine.format(file, finding(Severity.ERROR, List.of("to"))));
    assertEquals("/repo/content/a.txt:15:278: warning merged-word 'toto' looks like 'to' typed twice",
        FindingLine.format(file, finding(Severity.WARNING, List.of())));
  }
}
