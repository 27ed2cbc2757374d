package dev.copydesk.maven;

import dev.copydesk.core.Version;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.report.ReportContext;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.report.SourceTexts;
import dev.copydesk.core.rule.Rule;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * One report the goal writes: a format and its file, {@code copydesk.<extension>} in the output
 * folder.
 *
 * @param reporter the format's reporter
 * @param file the report file
 */
record ReportWriter(Reporter reporter, Path file) {

  /**
   * The reports for {@code formats} (every format there is when none are named) in {@code
   * outputDirectory}; an unknown format is a configuration error.
   */
  static List<ReportWriter> forFormats(List<String> formats, Path outputDirectory) throws MojoExecutionException {
    List<ReportWriter> writers = new ArrayList<>();
    List<String> names = formats == null || formats.isEmpty() ? Reporters.formats() : formats;
    for (String name : new LinkedHashSet<>(names.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).toList())) {
      Optional<Reporter> reporter = Reporters.forFormat(name);
      if (reporter.isEmpty()) {
        throw new MojoExecutionException("Copydesk: unknown report format '" + name + "' (known: "
            + String.join(", ", Reporters.formats()) + ")");
      }
      writers.add(new ReportWriter(reporter.get(), outputDirectory.resolve("copydesk." + reporter.get().fileExtension())));
    }
    return writers;
  }

  /** Writes {@code report}, whose paths are relative to {@code base}. */
  void write(Report report, Copydesk copydesk, Path base) throws MojoExecutionException {
    ReportContext context = new ReportContext(Version.get(), copydesk.rules().stream().map(Rule::info).toList(),
        copydesk.configuration().failOn(), SourceTexts.under(base));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        reporter.write(report, context, out);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk: cannot write the report " + file + ": " + e.getMessage(), e);
    }
  }
}
