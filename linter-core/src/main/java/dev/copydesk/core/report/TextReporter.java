package dev.copydesk.core.report;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.SourceSpan;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The {@code text} format, for people at a terminal: each finding as {@code
 * path:line:column: severity rule: message} (the form editors and IDEs turn into links), the
 * source line with the words underlined (cut to the report's width, {@link ReportContext#width}),
 * the fix and the reason ({@code [baseline]} after the message of a finding the baseline accepts);
 * files that could not be read as {@code path: error: why}, in file order among the findings; then
 * one summary line.
 *
 * <pre>
 * story.txt:3:24: error merged-word: 'toto' looks like 'to' typed twice
 *     the US intends toto continue
 *                    ^^^^
 *     fix: to
 *     why: 'toto' is not an English word; 'to' is
 * </pre>
 */
public final class TextReporter implements Reporter {
  private static final String INDENT = "    ";

  @Override
  public String format() {
    return "text";
  }

  @Override
  public String fileExtension() {
    return "txt";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    for (FileResult file : report.files()) {
      if (file.error() != null) {
        out.write(file.path() + ": error: " + file.error() + "\n");
      }
      for (String failure : file.processingErrors()) {
        out.write(file.path() + ": error: " + failure + "\n");
      }
      if (!file.findings().isEmpty()) {
        writeFindings(file, context.sources().apply(file.path()), context.width() - INDENT.length(), out);
      }
    }
    out.write(summary(report) + "\n");
    out.flush();
  }

  private static void writeFindings(FileResult file, Optional<String> source, int excerptWidth, Writer out) throws IOException {
    LineIndex lines = source.map(LineIndex::new).orElse(null);
    for (Finding f : file.findings()) {
      SourceSpan span = f.span();
      out.write(file.path() + ":" + span.line() + ":" + span.column() + ": " + f.severity().id() + " " + f.rule() + ": " + f.message()
          + (f.baseline() ? " [baseline]" : "") + "\n");
      if (lines != null && span.offset() + span.length() <= source.get().length()) {
        SourceExcerpt excerpt = SourceExcerpt.of(source.get(), lines, span, excerptWidth);
        out.write(INDENT + excerpt.line() + "\n");
        out.write(INDENT + excerpt.underline() + "\n");
      }
      if (!f.suggestions().isEmpty()) {
        out.write(INDENT + "fix: " + fix(f.suggestions()) + "\n");
      }
      if (f.evidence() != null && !f.evidence().isBlank()) {
        out.write(INDENT + "why: " + f.evidence() + "\n");
      }
    }
  }

  private static String fix(List<String> suggestions) {
    List<String> shown = suggestions.stream().map(s -> s.isEmpty() ? "(delete)" : s).toList();
    return shown.size() == 1 ? shown.get(0)
        : shown.get(0) + " (or " + String.join(", ", shown.subList(1, shown.size())) + ")";
  }

  /**
   * The report's one-line summary, the last line of the text report: "2 files checked (1,204
   * words): 1 error, 3 warnings, 0 infos; 1 file could not be read".
   */
  public static String summary(Report report) {
    return RunSummary.of(report).describe();
  }
}
