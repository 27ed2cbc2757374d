package dev.copydesk.core.engine;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.util.List;

/**
 * What checking one file gave: its findings, or why it could not be checked.
 *
 * @param path the path as the user gave it (or relative to the folder they gave)
 * @param error why the file could not be read, or null when it was checked
 * @param findings the findings, in source order; empty when {@code error} is set
 * @param words how many words of prose were checked (for findings-per-1,000-words figures)
 * @param processingErrors rules that failed on this file ("grammar: NullPointerException…"); the
 *     other rules' findings still stand
 */
public record FileResult(String path, String error, List<Finding> findings, int words, List<String> processingErrors) {

  public FileResult {
    findings = List.copyOf(findings);
    processingErrors = List.copyOf(processingErrors);
  }

  /** A file that could not be read. */
  public static FileResult unreadable(String path, String error) {
    return new FileResult(path, error, List.of(), 0, List.of());
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
