package dev.copydesk.core.report;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code --format github}): one line per finding, which Actions
 * turns into an annotation on the file and line in the pull request:
 *
 * <pre>{@code
 * ::error file=news/iraq.txt,line=23,col=287,endColumn=293,title=name-variant::'Kachin' looks like…
 * }</pre>
 *
 * Errors are {@code ::error}, warnings {@code ::warning}, infos {@code ::notice}. Columns are given
 * only for a finding on one line (GitHub ignores them otherwise; {@code endLine} is given for the
 * rest). Values are escaped as GitHub's toolkit does: {@code %}, CR and LF in the message;
 * also {@code :} and {@code ,} in properties.
 */
public final class GithubReporter implements Reporter {

  @Override
  public String format() {
    return "github";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    for (FileResult file : report.files()) {
      if (file.error() != null) {
        out.write("::error file=" + property(file.path()) + ",title=" + property("unreadable file")
            + "::" + data(file.error()) + "\n");
      }
      for (String failure : file.processingErrors()) {
        out.write("::error file=" + property(file.path()) + ",title=" + property("rule failed")
            + "::" + data(failure) + "\n");
      }
      for (Finding f : file.findings()) {
        out.write(line(file.path(), f));
      }
    }
    out.flush();
  }

  /** The workflow command for one finding, with its line end. */
  static String line(String path, Finding f) {
    SourceSpan span = f.span();
    StringBuilder s = new StringBuilder("::").append(command(f.severity()))
        .append(" file=").append(property(path))
        .append(",line=").append(span.line());
    if (span.endLine() == span.line()) {
      s.append(",col=").append(span.column()).append(",endColumn=").append(span.endColumn());
    } else {
      s.append(",endLine=").append(span.endLine());
    }
    s.append(",title=").append(property(f.rule()));
    String message = FindingText.messageWithFix(f) + (f.evidence() == null ? "" : "\n" + f.evidence());
    return s.append("::").append(data(message)).append('\n').toString();
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a command's message as {@code @actions/core} does. */
  static String data(String value) {
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value as {@code @actions/core} does. */
  static String property(String value) {
    return data(value).replace(":", "%3A").replace(",", "%2C");
  }
}
