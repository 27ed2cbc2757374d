package dev.copydesk.core.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The file name of one format's report when several are written to one folder, the same for the
 * command line ({@code --output-dir}) and the Maven plugin: {@code copydesk.<extension>}, or
 * {@code copydesk-<format>.<extension>} when another of the formats has the same extension
 * ({@code text} and {@code github} are both {@code .txt}, {@code junit} and {@code checkstyle}
 * both {@code .xml}), so no report overwrites another.
 *
 * @param reporter the format's reporter
 * @param fileName the report's file name in the folder
 */
public record ReportFile(Reporter reporter, String fileName) {
  private static final String BASE_NAME = "copydesk";

  /** The file of each of {@code reporters} (distinct formats), in their order. */
  public static List<ReportFile> forFormats(List<Reporter> reporters) {
    Map<String, Long> perExtension = reporters.stream()
        .collect(Collectors.groupingBy(Reporter::fileExtension, Collectors.counting()));
    Function<Reporter, String> name = r -> perExtension.get(r.fileExtension()) > 1
        ? BASE_NAME + "-" + r.format() + "." + r.fileExtension() : BASE_NAME + "." + r.fileExtension();
    return reporters.stream().map(r -> new ReportFile(r, name.apply(r))).toList();
  }
}
