package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubReporterTest {
  /** GitHub's documented form: {@code ::error file=,line=,col=,endColumn=,title=::message}, values escaped. */
  private static final Pattern COMMAND = Pattern.compile(
      "::(error|warning|notice) file=([^,:\\r\\n]+)(?:,line=(\\d+)(?:,col=(\\d+),endColumn=(\\d+)|,endLine=(\\d+))?)?"
          + ",title=([^,:\\r\\n]+)::([^\\r\\n]*)");
  private final ReportFixture fixture = ReportFixture.create();

  @Test
  void everyLineIsAWorkflowCommandInTheDocumentedFormat() {
    List<String> lines = fixture.write(new GithubReporter()).lines().toList();
    int findings = fixture.findings().size();
    assertEquals(findings + 2, lines.size(), "one line per finding, unreadable file and failed rule");
    for (String line : lines) {
      assertTrue(COMMAND.matcher(line).matches(), line);
    }
    Matcher kachin = lines.stream().map(COMMAND::matcher).filter(m -> m.matches() && m.group(8).startsWith("'Kachin'"))
        .findFirst().orElseThrow();
    Finding f = fixture.findings().stream().map(e -> e.getValue()).filter(x -> x.text().equals("Kachin")).findFirst().orElseThrow();
    assertEquals("error", kachin.group(1));
    assertEquals(ReportFixture.SEED_PATH, kachin.group(2));
    assertEquals(String.valueOf(f.span().line()), kachin.group(3));
    assertEquals(String.valueOf(f.span().column()), kachin.group(4));
    assertEquals(String.valueOf(f.span().endColumn()), kachin.group(5));
    assertEquals("name-variant", kachin.group(7));
  }

  @Test
  void severitiesMapToErrorWarningAndNotice() {
    assertTrue(line(Severity.ERROR, 1, 1).startsWith("::error "));
    assertTrue(line(Severity.WARNING, 1, 1).startsWith("::warning "));
    assertTrue(line(Severity.INFO, 1, 1).startsWith("::notice "));
  }

  @Test
  void aFindingOverSeveralLinesGivesItsEndLineAndNoColumns() {
    String line = line(Severity.ERROR, 3, 5);
    assertTrue(line.contains(",line=3,endLine=5,title="), line);
    assertTrue(!line.contains("col="), line);
  }

  @Test
  void escapesAsGithubDocuments() {
    assertEquals("100%25 sure%0D%0Anext", GithubReporter.data("100% sure\r\nnext"));
    assertEquals("a%3A b%2C c%25", GithubReporter.property("a: b, c%"));
    Finding f = new Finding("rule-x", "typos", Severity.ERROR, "one, two: 50%\nthree", new SourceSpan(0, 1, 1, 1, 1, 2), "x",
        List.of(), null);
    assertEquals("::error file=dir%2Cx/a%3Ab.txt,line=1,col=1,endColumn=2,title=rule-x::one, two: 50%25%0Athree\n",
        GithubReporter.line("dir,x/a:b.txt", f));
  }

  private static String line(Severity severity, int line, int endLine) {
    Finding f = new Finding("merged-word", "typos", severity, "m", new SourceSpan(10, 4, line, 3, endLine, 7), "toto",
        List.of(), null);
    return GithubReporter.line("a.txt", f);
  }
}
