package dev.copydesk.maven;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run means for the build: the findings at or above the fail level, counted by severity
 * and by article, and the articles that could not be read.
 *
 * @param failing how many findings of each severity are at or above the fail level
 * @param failingArticles how many articles have such a finding
 * @param unreadable "path: why" for each article that could not be read
 */
record Verdict(Map<Severity, Long> failing, int failingArticles, List<String> unreadable) {

  Verdict {
    failing = Map.copyOf(failing);
    unreadable = List.copyOf(unreadable);
  }

  /** The verdict on {@code report} failing at {@code level}. */
  static Verdict of(Report report, FailLevel level) {
    Map<Severity, Long> failing = new EnumMap<>(Severity.class);
    int articles = 0;
    List<String> unreadable = new ArrayList<>();
    for (FileResult file : report.files()) {
      if (file.error() != null) {
        unreadable.add(file.path() + ": " + file.error());
      }
      boolean fails = false;
      for (Finding finding : file.findings()) {
        if (level.fails(finding.severity())) {
          failing.merge(finding.severity(), 1L, Long::sum);
          fails = true;
        }
      }
      articles += fails ? 1 : 0;
    }
    return new Verdict(failing, articles, unreadable);
  }

  /** How many findings are at or above the fail level. */
  long failingFindings() {
    return failing.values().stream().mapToLong(Long::longValue).sum();
  }

  /** "3 errors and 1 warning in 2 articles". */
  String describe() {
    List<String> parts = new ArrayList<>();
    for (Severity severity : Severity.values()) {
      long n = failing.getOrDefault(severity, 0L);
      if (n > 0) {
        parts.add(n + " " + severity.id() + (n == 1 ? "" : "s"));
      }
    }
    String counts = parts.isEmpty() ? "no findings"
        : parts.size() == 1 ? parts.get(0)
        : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    return counts + " in " + failingArticles + (failingArticles == 1 ? " article" : " articles");
  }
}
