package dev.copydesk.core.report;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML ({@code --format junit}), the test-report format Jenkins, GitLab and most CI servers
 * show: one test case per article, named by its path. A case whose article has findings at or
 * above the run's fail level has one {@code <failure>}: its message counts them and quotes the
 * first, its body lists them all (JUnit allows one failure per case, and CI servers show only the
 * first). A case whose article could not be read, or on which a rule failed, has one {@code
 * <error>} instead, whose body lists the errors and then the failing findings. Findings below the
 * fail level do not fail the case and are listed in its {@code <system-out>}, so nothing is
 * hidden.
 */
public final class JunitReporter implements Reporter {
  private static final String SUITE = "copydesk";

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public String fileExtension() {
    return "xml";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    int failures = 0;
    int errors = 0;
    for (FileResult file : report.files()) {
      if (!errorsOf(file).isEmpty()) {
        errors++;
      } else if (!failing(file, context).isEmpty()) {
        failures++;
      }
    }
    XmlOutput xml = XmlOutput.start(out);
    int tests = report.files().size();
    xml.open("testsuites", "name", SUITE, "tests", tests, "failures", failures, "errors", errors);
    xml.text("\n");
    xml.open("testsuite", "name", SUITE, "tests", tests, "failures", failures, "errors", errors, "skipped", 0);
    xml.text("\n");
    for (FileResult file : report.files()) {
      testCase(xml, file, context);
    }
    xml.end();
    xml.end();
    xml.finish();
  }

  private static void testCase(XmlOutput xml, FileResult file, ReportContext context) throws IOException {
    xml.open("testcase", "name", file.path(), "classname", SUITE);
    xml.text("\n");
    List<String> errors = errorsOf(file);
    List<Finding> failing = failing(file, context);
    StringBuilder findings = new StringBuilder();
    failing.forEach(f -> findings.append(FindingText.details(f)));
    if (!errors.isEmpty()) {
      String message = errors.size() == 1 ? errors.get(0) : errors.size() + " errors; the first: " + errors.get(0);
      xml.open("error", "message", message, "type", file.error() != null ? "input" : "processing")
          .text(String.join("\n", errors) + "\n" + findings).end();
    } else if (!failing.isEmpty()) {
      Finding first = failing.get(0);
      String firstText = first.span().line() + ":" + first.span().column() + " " + FindingText.messageWithFix(first);
      String message = failing.size() == 1 ? firstText
          : failing.size() + " findings at or above " + context.failOn().id() + "; the first: " + firstText;
      boolean oneRule = failing.stream().allMatch(f -> f.rule().equals(first.rule()));
      xml.open("failure", "message", message, "type", oneRule ? first.rule() : SUITE).text(findings.toString()).end();
    }
    List<Finding> passing = file.findings().stream().filter(f -> !context.failOn().fails(f.severity())).toList();
    if (!passing.isEmpty()) {
      StringBuilder below = new StringBuilder("Below the fail level (" + context.failOn().id() + "):\n");
      passing.forEach(f -> below.append(FindingText.details(f)));
      xml.open("system-out").text(below.toString()).end();
    }
    xml.end();
  }

  private static List<Finding> failing(FileResult file, ReportContext context) {
    return file.findings().stream().filter(f -> context.failOn().fails(f.severity())).toList();
  }

  private static List<String> errorsOf(FileResult file) {
    return file.error() != null ? List.of(file.error()) : file.processingErrors();
  }
}
