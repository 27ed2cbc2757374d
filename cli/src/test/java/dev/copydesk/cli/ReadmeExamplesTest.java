package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The README's examples of the seed article's reports are what the command writes today: the JSON
 * example (one of the six findings kept) matches the JSON report field for field, and the quick
 * start's finding lines and summary are lines of the text report.
 */
class ReadmeExamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEED = Path.of(System.getProperty("copydesk.seed"));

  @Test
  void theJsonExampleIsWhatTheJsonReportSays() throws IOException {
    JsonNode example = JSON.readTree(Readme.block("## JSON report (`--format json`)", "json"));
    CommandRun run = CommandRun.of("check", "--format", "json", SEED.toString());
    JsonNode actual = JSON.readTree(run.out());

    assertEquals(actual.get("tool"), example.get("tool"));
    assertEquals(actual.get("summary"), example.get("summary"));
    JsonNode exampleFile = example.at("/files/0");
    JsonNode actualFile = actual.at("/files/0");
    assertTrue(actualFile.get("path").asText().endsWith(exampleFile.get("path").asText()), exampleFile.toString());
    assertEquals(actualFile.get("processingErrors"), exampleFile.get("processingErrors"));
    assertEquals(fieldNames(actualFile), fieldNames(exampleFile));
    for (JsonNode finding : exampleFile.get("findings")) {
      JsonNode same = StreamSupport.stream(actualFile.get("findings").spliterator(), false)
          .filter(f -> f.get("offset").equals(finding.get("offset")) && f.get("rule").equals(finding.get("rule")))
          .findFirst().orElseThrow(() -> new AssertionError("no such finding in the report: " + finding));
      assertEquals(same, finding);
    }
  }

  @Test
  void theQuickStartsLinesAreLinesOfTheTextReport() {
    String example = Readme.block("## Quick start", "");
    CommandRun run = CommandRun.of("check", SEED.toString());
    List<String> actual = run.out().lines().map(line -> line.replace(SEED.toString(), "samples/asianews-2021-07-27.txt")).toList();

    for (String line : example.lines().toList()) {
      String shown = line.endsWith(" …") ? line.substring(0, line.length() - 2) : line;
      assertTrue(actual.stream().anyMatch(a -> a.startsWith(shown)), "not in the text report: " + line + "\n" + run.out());
    }
    assertEquals(actual.get(actual.size() - 1), example.lines().reduce((a, b) -> b).orElseThrow());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
