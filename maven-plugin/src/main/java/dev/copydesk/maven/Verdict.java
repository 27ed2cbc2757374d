package dev.copydesk.maven;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run means for the build: the new findings (not in the baseline) at or above the fail
 * level, counted by severity, by rule and by article; the baseline's findings at that level; and
 * the articles that could not be read.
 *
 * @param failing how many new findings of each severity are at or above the fail level
 * @param failingByRule how many of them each rule made
 * @param failingArticles how many articles have such a finding
 * @param baseline how many findings at or above the fail level the baseline accepts
 * @param unreadable "path: why" for each article that could not be read
 */
record Verdict(Map<Severity, Long> failing, Map<String, Long> failingByRule, int failingArticles, long baseline,
    List<String> unreadable) {

  Verdict {
    failing = Map.copyOf(failing);
    failingByRule = Map.copyOf(failingByRule);
    unreadable = List.copyOf(unreadable);
  }

  /** The verdict on {@code report} failing at {@code level}. */
  static Verdict of(Report report, FailLevel level) {
    Map<Severity, Long> failing = new EnumMap<>(Severity.class);
    Map<String, Long> byRule = new HashMap<>();
    long baseline = 0;
    int articles = 0;
    List<String> unreadable = new ArrayList<>();
    for (FileResult file : report.files()) {
      if (file.error() != null) {
        unreadable.add(file.path() + ": " + file.error());
      }
      boolean fails = false;
      for (Finding finding : file.findings()) {
        if (level.fails(finding.severity()) && finding.baseline()) {
          baseline++;
        } else if (level.fails(finding.severity())) {
          failing.merge(finding.severity(), 1L, Long::sum);
          byRule.merge(finding.rule(), 1L, Long::sum);
          fails = true;
        }
      }
      articles += fails ? 1 : 0;
    }
    return new Verdict(failing, byRule, articles, baseline, unreadable);
  }

  /**
   * Which rules the failing findings come from, most first: "56 of 73 errors are
   * unattributed-quote, 10 spelling, 7 grammar" (at most {@value #RULES_NAMED} rules named), or
   * an empty text when nothing fails.
   */
  String byRule() {
    long total = failingFindings();
    if (total == 0) {
      return "";
    }
    List<Map.Entry<String, Long>> rules = ranked();
    String noun = failing.keySet().equals(java.util.Set.of(Severity.ERROR)) ? (total == 1 ? "error" : "errors")
        : (total == 1 ? "failing finding" : "failing findings");
    Map.Entry<String, Long> first = rules.get(0);
    StringBuilder s = new StringBuilder(first.getValue() == total
        ? (total == 1 ? "the " + noun + " is " : "all " + total + " " + noun + " are ") + first.getKey()
        : first.getValue() + " of " + total + " " + noun + (first.getValue() == 1 ? " is " : " are ") + first.getKey());
    for (Map.Entry<String, Long> rule : rules.subList(1, Math.min(rules.size(), RULES_NAMED))) {
      s.append(", ").append(rule.getValue()).append(' ').append(rule.getKey());
    }
    if (rules.size() > RULES_NAMED) {
      long rest = rules.subList(RULES_NAMED, rules.size()).stream().mapToLong(Map.Entry::getValue).sum();
      s.append(", ").append(rest).append(" from ").append(rules.size() - RULES_NAMED).append(" other rules");
    }
    return s.toString();
  }

  /** The rule most of the failing findings come from, or null when nothing fails. */
  String topRule() {
    List<Map.Entry<String, Long>> rules = ranked();
    return rules.isEmpty() ? null : rules.get(0).getKey();
  }

  /** The rules of the failing findings, most findings first, then by id. */
  private List<Map.Entry<String, Long>> ranked() {
    return failingByRule.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
  }

  /** How many findings are at or above the fail level. */
  long failingFindings() {
    return failing.values().stream().mapToLong(Long::longValue).sum();
  }

  static final int RULES_NAMED = 4;

  /** "3 errors and 1 warning in 2 articles", with "(5 more in the baseline, not failing)" when it accepts some. */
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
    return counts + " in " + failingArticles + (failingArticles == 1 ? " article" : " articles")
        + (baseline > 0 ? " (" + baseline + " more in the baseline, not failing)" : "");
  }
}
