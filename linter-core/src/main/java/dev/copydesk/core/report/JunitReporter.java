package dev.copydesk.core.report;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * JUnit XML ({@code --format junit}), the test-report format Jenkins, GitLab and most CI servers
 * show: one test case per article, named by its path; one {@code <failure>} per finding at or
 * above the run's fail level; an {@code <error>} when the article could not be read or a rule
 * failed on it. Findings below the fail level do not fail the case and are listed in its
 * {@code <system-out>}, so nothing is hidden.
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
      failures += failing(file, context).size();
      errors += errorsOf(file).size();
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
    for (String error : errorsOf(file)) {
      xml.open("error", "message", error, "type", file.error() != null ? "input" : "processing").text(error).end();
    }
    for (Finding f : failing(file, context)) {
      String message = f.span().line() + ":" + f.span().column() + " " + FindingText.messageWithFix(f);
      xml.open("failure", "message", message, "type", f.rule()).text(FindingText.details(f)).end();
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
