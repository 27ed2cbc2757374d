package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.report.FindingField;
import dev.copydesk.core.report.RunSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On real corpus folders — the 163 Wikinews articles (Markdown with front matter) and the Jekyll
 * news tree of the CMS corpus (60 Markdown posts with front matter and Liquid) — the Spark job's
 * findings table holds exactly the findings of {@code copydesk check --format json} on the same
 * folders, every field of every finding, and its files table the same files, errors and counts.
 */
class CliEqualityTest {
  private static final Path CORPUS = Path.of(System.getProperty("copydesk.corpus", "../corpus")).toAbsolutePath().normalize();
  private static final List<Path> FOLDERS = List.of(CORPUS.resolve("wikinews"), CORPUS.resolve("cms/jekyll-news"));

  private static JsonNode cli;
  private static RunSummary cliSummary;
  private static RunSummary sparkSummary;
  private static List<JsonNode> sparkFindings;
  private static List<JsonNode> sparkFiles;

  @BeforeAll
  static void checkBothWays() {
    CliReport report = CliReport.of(Configuration.defaults(), FOLDERS);
    cli = report.json();
    cliSummary = RunSummary.of(report.report());
    Dataset<Row> articles = CopydeskSpark.readFiles(LocalSpark.session(),
        FOLDERS.stream().map(Path::toString).toList(), ConfigurationText.defaults(), 8);
    Dataset<Row> results = CopydeskSpark.check(articles).cache();
    sparkFindings = TableRows.of(CopydeskSpark.findings(results));
    sparkFiles = TableRows.of(CopydeskSpark.files(results));
    sparkSummary = CopydeskSparkJob.summary(CopydeskSpark.files(results));
    results.unpersist();
  }

  @Test
  void theFindingsTableIsTheJsonReportsFindings() {
    List<String> expected = new ArrayList<>();
    for (JsonNode file : cli.get("files")) {
      for (JsonNode finding : file.get("findings")) {
        expected.add(key(file.get("path").asText(), finding));
      }
    }
    List<String> actual = sparkFindings.stream().map(row -> key(row.get("path").asText(), row)).toList();
    assertTrue(expected.size() > 100, "the corpus gives findings to compare: " + expected.size());
    assertEquals(counts(expected), counts(actual));
  }

  @Test
  void theFilesTableHasEveryFileWithTheReportsErrorsAndCounts() {
    Map<String, String> expected = new TreeMap<>();
    for (JsonNode file : cli.get("files")) {
      Map<String, Integer> bySeverity = new HashMap<>(Map.of("error", 0, "warning", 0, "info", 0));
      file.get("findings").forEach(f -> bySeverity.merge(f.get("severity").asText(), 1, Integer::sum));
      expected.put(file.get("path").asText(), describe(bySeverity.get("error"), bySeverity.get("warning"),
          bySeverity.get("info"), file.get("error"), file.get("processingErrors")));
    }
    Map<String, String> actual = new TreeMap<>();
    for (JsonNode row : sparkFiles) {
      actual.put(row.get("path").asText(), describe(row.get("errors").asInt(), row.get("warnings").asInt(),
          row.get("infos").asInt(), row.get("error"), row.get("processingErrors")));
    }
    assertEquals(163 + 60, expected.size(), "articles in the two folders");
    assertEquals(expected, actual);
    assertEquals(sparkFiles.size(), actual.size(), "one row per file");
  }

  @Test
  void theSummaryAddedUpOnTheClusterIsTheCommandLinesSummary() {
    assertEquals(cliSummary, sparkSummary);
    assertEquals(cliSummary.describe(), sparkSummary.describe());
  }

  /** A finding as the issue compares them: its path and every field of the JSON report's finding. */
  private static String key(String path, JsonNode finding) {
    ArrayNode key = JsonNodeFactory.instance.arrayNode().add(path);
    for (FindingField field : FindingField.values()) {
      JsonNode value = finding.get(field.key());
      key.add(value == null ? JsonNodeFactory.instance.nullNode() : value);
    }
    return key.toString();
  }

  private static String describe(int errors, int warnings, int infos, JsonNode error, JsonNode processingErrors) {
    return errors + "/" + warnings + "/" + infos + " error=" + (error == null || error.isNull() ? "none" : error.asText())
        + " failures=" + (processingErrors == null ? "[]" : processingErrors.toString());
  }

  private static Map<String, Integer> counts(Collection<String> keys) {
    Map<String, Integer> counts = new TreeMap<>();
    keys.forEach(k -> counts.merge(k, 1, Integer::sum));
    return counts;
  }
}
