package dev.copydesk.core.report;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle's XML result format ({@code --format checkstyle}), which many CI plugins read
 * (Jenkins Warnings NG, reviewdog, Danger, SonarQube imports):
 *
 * <pre>{@code
 * <checkstyle version="4.3">
 *   <file name="news/iraq.txt">
 *     <error line="23" column="287" severity="error" message="…" source="copydesk.name-variant"/>
 *   </file>
 * </checkstyle>
 * }</pre>
 *
 * A file that could not be read gets one error with source {@code copydesk.input}; a rule that
 * failed on a file, one with source {@code copydesk.processing}.
 */
public final class CheckstyleReporter implements Reporter {
  /** The version of the Checkstyle XML format written, the one its readers expect. */
  static final String FORMAT_VERSION = "4.3";

  @Override
  public String format() {
    return "checkstyle";
  }

  @Override
  public String fileExtension() {
    return "xml";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    XmlOutput xml = XmlOutput.start(out);
    xml.open("checkstyle", "version", FORMAT_VERSION);
    xml.text("\n");
    for (FileResult file : report.files()) {
      xml.open("file", "name", file.path());
      xml.text("\n");
      if (file.error() != null) {
        xml.empty("error", "line", 1, "severity", "error", "message", file.error(), "source", "copydesk.input");
      }
      for (String failure : file.processingErrors()) {
        xml.empty("error", "line", 1, "severity", "error", "message", failure, "source", "copydesk.processing");
      }
      for (Finding f : file.findings()) {
        xml.empty("error",
            "line", f.span().line(),
            "column", f.span().column(),
            "severity", f.severity().id(),
            "message", FindingText.messageWithFix(f),
            "source", "copydesk." + f.rule());
      }
      xml.end();
    }
    xml.end();
    xml.finish();
  }
}
