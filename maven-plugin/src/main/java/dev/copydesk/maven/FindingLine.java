package dev.copydesk.maven;

import dev.copydesk.core.model.Finding;
import java.nio.file.Path;

/**
 * A finding as one log line, {@code path:line:column: severity rule message (suggestion: fix)},
 * the shape IDE consoles and CI log parsers turn into a link to the spot; {@code [baseline]} at the
 * end marks a finding the baseline accepts.
 */
final class FindingLine {
  private FindingLine() {}

  /** The line for {@code finding} in {@code file}. */
  static String format(Path file, Finding finding) {
    StringBuilder line = new StringBuilder()
        .append(file).append(':').append(finding.span().line()).append(':').append(finding.span().column()).append(": ")
        .append(finding.severity().id()).append(' ').append(finding.rule()).append(' ').append(finding.message());
    if (!finding.suggestions().isEmpty()) {
      line.append(" (suggestion: ").append(String.join(" | ", finding.suggestions())).append(')');
    }
    if (finding.baseline()) {
      line.append(" [baseline]");
    }
    return line.toString();
  }
}
