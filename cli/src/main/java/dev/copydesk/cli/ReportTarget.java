package dev.copydesk.cli;

import dev.copydesk.core.report.ReportFile;
import dev.copydesk.core.report.Reporter;
import dev.copydesk.core.report.Reporters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One report to write: a format and where it goes.
 *
 * @param reporter the format's reporter
 * @param file the file to write, or null for standard output
 */
record ReportTarget(Reporter reporter, Path file) {

  /**
   * The reports that {@code --format}, {@code --output} and {@code --output-dir} ask for: one
   * format to stdout or to {@code output}, or each format to its own file in {@code outputDir},
   * named as {@link ReportFile} says ({@code copydesk.json}, {@code copydesk-junit.xml}).
   *
   * @throws IllegalArgumentException with a message for the user when the options do not fit
   */
  static List<ReportTarget> resolve(List<String> formats, Path output, Path outputDir) {
    List<String> names = new ArrayList<>(new LinkedHashSet<>(
        formats.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).filter(f -> !f.isEmpty()).toList()));
    if (names.isEmpty()) {
      throw new IllegalArgumentException("--format needs a format (" + String.join(", ", Reporters.formats()) + ")");
    }
    if (output != null && outputDir != null) {
      throw new IllegalArgumentException("give --output FILE or --output-dir DIR, not both");
    }
    if (names.size() > 1 && outputDir == null) {
      throw new IllegalArgumentException("several formats (" + String.join(",", names)
          + ") need --output-dir DIR, one file per format");
    }
    List<Reporter> reporters = new ArrayList<>();
    for (String name : names) {
      Optional<Reporter> reporter = Reporters.forFormat(name);
      if (reporter.isEmpty()) {
        throw new IllegalArgumentException("unknown format '" + name + "' (known: " + String.join(", ", Reporters.formats()) + ")");
      }
      reporters.add(reporter.get());
    }
    if (outputDir == null) {
      return List.of(new ReportTarget(reporters.get(0), output));
    }
    return ReportFile.forFormats(reporters).stream()
        .map(f -> new ReportTarget(f.reporter(), outputDir.resolve(f.fileName()))).toList();
  }
}
