package dev.copydesk.core.engine;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.util.List;

/** The results of one run, file by file, in the order the files were given. */
public record Report(List<FileResult> files) {

  public Report {
    files = List.copyOf(files);
  }

  /** How many findings of {@code severity} the run has. */
  public long count(Severity severity) {
    return files.stream().mapToLong(f -> f.count(severity)).sum();
  }

  /** Whether some file could not be read or a rule failed on it. */
  public boolean hasInputErrors() {
    return files.stream().anyMatch(f -> f.error() != null || !f.processingErrors().isEmpty());
  }

  /** How many findings the baseline accepts (reported, but not failing the run). */
  public long baselineCount() {
    return files.stream().flatMap(f -> f.findings().stream()).filter(Finding::baseline).count();
  }

  /** Whether a finding not in the baseline is at or above {@code level}. */
  public boolean fails(FailLevel level) {
    return files.stream().flatMap(f -> f.findings().stream()).anyMatch(f -> !f.baseline() && level.fails(f.severity()));
  }

  /** The exit code DESIGN.md fixes: 2 for an unreadable input, 1 for failing findings, else 0. */
  public int exitCode(FailLevel level) {
    if (hasInputErrors()) {
      return 2;
    }
    return fails(level) ? 1 : 0;
  }
}
