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
