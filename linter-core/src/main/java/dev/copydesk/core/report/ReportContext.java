package dev.copydesk.core.report;

import dev.copydesk.core.Version;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleInfo;
import java.nio.file.Path;
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
 * @param width the columns of the terminal the report is read in, for reports that show source
 *     lines (the text report fits its excerpts to it); {@value #DEFAULT_WIDTH} when it is not read
 *     in a terminal
 */
public record ReportContext(String toolVersion, List<RuleInfo> rules, FailLevel failOn, Function<String, Optional<String>> sources,
    int width) {
  /** The width of a report that is not read in a terminal: a file, a pipe, a CI log. */
  public static final int DEFAULT_WIDTH = 80;
  /** The narrowest width honoured; a narrower terminal gets excerpts this wide. */
  public static final int MIN_WIDTH = 20;

  public ReportContext {
    rules = List.copyOf(rules);
    width = Math.max(MIN_WIDTH, width);
  }

  /**
   * The context of a report on {@code copydesk}'s run whose report paths are file paths relative
   * to {@code base} (as {@link Copydesk#check(List, dev.copydesk.core.engine.ProgressListener)}
   * gives them): this Copydesk version, its rules and fail level, the files' texts, {@value
   * #DEFAULT_WIDTH} columns.
   */
  public static ReportContext of(Copydesk copydesk, Path base) {
    return new ReportContext(Version.get(), copydesk.rules().stream().map(Rule::info).toList(),
        copydesk.configuration().failOn(), SourceTexts.under(base));
  }

  /** This context for a report read {@code columns} wide. */
  public ReportContext withWidth(int columns) {
    return new ReportContext(toolVersion, rules, failOn, sources, columns);
  }

  /** A context for a report read {@value #DEFAULT_WIDTH} columns wide. */
  public ReportContext(String toolVersion, List<RuleInfo> rules, FailLevel failOn, Function<String, Optional<String>> sources) {
    this(toolVersion, rules, failOn, sources, DEFAULT_WIDTH);
  }
}
