package dev.copydesk.maven;

import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.report.ReportContext;
import dev.copydesk.core.report.ReportFile;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.report.Reporters;
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
 * One report the goal writes: a format and its file in the output folder.
 *
 * @param reporter the format's reporter
 * @param file the report file
 */
record ReportWriter(Reporter reporter, Path file) {
  private static final String LOG_ONLY_FORMAT = "github";

  /**
   * The reports for {@code formats} (every file format there is when none are named; {@code
   * github} only on request, as its annotations belong in the log of a GitHub Actions run) in
   * {@code outputDirectory}, each named as {@link ReportFile} says (the command line's names). An
   * unknown format is a configuration error.
   */
  static List<ReportWriter> forFormats(List<String> formats, Path outputDirectory) throws MojoExecutionException {
    List<String> names = formats == null || formats.isEmpty()
        ? Reporters.formats().stream().filter(f -> !f.equals(LOG_ONLY_FORMAT)).toList() : formats;
    List<Reporter> reporters = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).toList())) {
      Optional<Reporter> reporter = Reporters.forFormat(name);
      if (reporter.isEmpty()) {
        throw new MojoExecutionException("Copydesk: unknown report format '" + name + "' (known: "
            + String.join(", ", Reporters.formats()) + ")");
      }
      reporters.add(reporter.get());
    }
    return ReportFile.forFormats(reporters).stream()
        .map(f -> new ReportWriter(f.reporter(), outputDirectory.resolve(f.fileName()))).toList();
  }

  /** Writes {@code report}, whose paths are relative to {@code base}. */
  void write(Report report, Copydesk copydesk, Path base) throws MojoExecutionException {
    ReportContext context = ReportContext.of(copydesk, base);
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
