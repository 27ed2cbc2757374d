package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article end to end, through the command line with every built-in rule: its findings,
 * one line each (position, severity, rule, words, first fix), must be exactly those of the golden
 * file {@code golden/asianews-2021-07-27.findings}. A deliberate change of behaviour updates the
 * golden file: run with {@code -Dcopydesk.updateGolden=true} and review its diff.
 */
class SeedGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/asianews-2021-07-27.findings");

  @Test
  void theSeedArticleGivesExactlyTheGoldenFindings() throws IOException {
    Path seed = Path.of(System.getProperty("copydesk.seed"));
    CommandRun run = CommandRun.of("check", "--format", "json", seed.toString());
    assertEquals(1, run.exitCode(), run.err());

    JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
    List<String> lines = new ArrayList<>();
    for (JsonNode f : file.get("findings")) {
      JsonNode suggestions = f.get("suggestions");
      lines.add(String.format("%d:%d-%d:%d %s %s '%s'%s", f.get("line").asInt(), f.get("column").asInt(),
          f.get("endLine").asInt(), f.get("endColumn").asInt(), f.get("severity").asText(), f.get("rule").asText(),
          f.get("text").asText(), suggestions.isEmpty() ? "" : " -> '" + suggestions.get(0).asText() + "'"));
    }
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("copydesk.updateGolden")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual, "findings on the seed article differ from " + GOLDEN);
  }
}
