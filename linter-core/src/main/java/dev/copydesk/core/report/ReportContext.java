package dev.copydesk.core.report;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.rule.RuleInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a reporter may need beyond the findings.
 *
 * @param toolVersion Copydesk's version
 * @param rules every rule of the run, for formats that describe them (SARIF)
 * @param failOn the level at or above which findings fail the run
 * @param sources the source text of a reported file by its report path, for reports that show the
 *     article (text underlines, HTML); empty when it cannot be had
 */
public record ReportContext(String toolVersion, List<RuleInfo> rules, FailLevel failOn, Function<String, Optional<String>> sources) {

  public ReportContext {
    rules = List.copyOf(rules);
  }
}
