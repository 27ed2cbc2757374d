package dev.copydesk.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.Version;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.report.JsonReporter;
import dev.copydesk.core.report.ReportContext;
import dev.copydesk.core.rule.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code copydesk check --format json PATH} reports, made the way the command makes it (the
 * engine over the paths, then the {@code json} reporter) and read back as JSON: the side the
 * Spark job's tables are compared with.
 *
 * @param report the engine's report
 * @param json the report as {@code --format json} writes it, parsed
 */
record CliReport(Report report, JsonNode json) {

  /** The report of {@code paths} under {@code configuration}, and its JSON. */
  static CliReport of(Configuration configuration, List<Path> paths) {
    try (Copydesk copydesk = Copydesk.create(configuration)) {
      Report report = copydesk.check(paths, ProgressListener.NONE);
      StringWriter json = new StringWriter();
      new JsonReporter().write(report, new ReportContext(Version.get(), copydesk.rules().stream().map(Rule::info).toList(),
          configuration.failOn(), path -> Optional.empty()), json);
      return new CliReport(report, new ObjectMapper().readTree(json.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
