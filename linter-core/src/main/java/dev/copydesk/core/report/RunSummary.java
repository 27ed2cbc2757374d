package dev.copydesk.core.report;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Severity;
import java.util.Locale;

/**
 * The totals of a run and the one line that states them, "2 files checked (1,204 words): 1 error,
 * 3 warnings, 0 infos; 1 file could not be read": the text report's last line, and the summary
 * of front ends that add the totals up themselves (the Spark job, over a cluster).
 *
 * @param files every file of the run, read or not
 * @param unreadable files that could not be read
 * @param words words of prose checked
 * @param ruleFailures rules that failed on a file, counted per file
 * @param baseline findings the baseline accepts (reported, not failing)
 */
public record RunSummary(long files, long unreadable, long words, long errors, long warnings, long infos, long ruleFailures,
    long baseline) {

  /** The totals of a run without a baseline. */
  public RunSummary(long files, long unreadable, long words, long errors, long warnings, long infos, long ruleFailures) {
    this(files, unreadable, words, errors, warnings, infos, ruleFailures, 0);
  }

  /** The totals of {@code report}. */
  public static RunSummary of(Report report) {
    return new RunSummary(
        report.files().size(),
        report.files().stream().filter(f -> f.error() != null).count(),
        report.files().stream().mapToLong(FileResult::words).sum(),
        report.count(Severity.ERROR),
        report.count(Severity.WARNING),
        report.count(Severity.INFO),
        report.files().stream().mapToLong(f -> f.processingErrors().size()).sum(),
        report.baselineCount());
  }

  /** The summary line. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    s.append(plural(files - unreadable, "file")).append(" checked (").append(String.format(Locale.ROOT, "%,d", words))
        .append(" words): ").append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"))
        .append(", ").append(plural(infos, "info"));
    if (baseline > 0) {
      s.append(" (").append(String.format(Locale.ROOT, "%,d", baseline)).append(" in the baseline, not failing)");
    }
    if (unreadable > 0) {
      s.append("; ").append(plural(unreadable, "file")).append(" could not be read");
    }
    if (ruleFailures > 0) {
      s.append("; ").append(plural(ruleFailures, "rule failure"));
    }
    return s.toString();
  }

  private static String plural(long count, String noun) {
    return String.format(Locale.ROOT, "%,d", count) + " " + noun + (count == 1 ? "" : "s");
  }
}
