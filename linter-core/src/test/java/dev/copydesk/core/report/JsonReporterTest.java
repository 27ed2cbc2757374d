package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.model.LineIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
  private final JsonNode json = parse();

  private static JsonNode parse() {
    try {
      return new ObjectMapper().readTree(StoryFixture.write(new JsonReporter(), StoryFixture.storyReport()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void hasTheToolAndSummaryOfTheDesign() {
    assertEquals("copydesk", json.at("/tool/name").asText());
    assertEquals("0.1.0-test", json.at("/tool/version").asText());
    assertEquals(3, json.at("/summary/files").asInt());
    assertEquals(1, json.at("/summary/errors").asInt());
    assertEquals(1, json.at("/summary/warnings").asInt());
    assertEquals(0, json.at("/summary/infos").asInt());
  }

  @Test
  void everyFindingsPositionsPointAtItsTextInTheSource() {
    LineIndex lines = new LineIndex(StoryFixture.STORY);
    JsonNode findings = json.at("/files/0/findings");
    assertEquals(2, findings.size());
    for (JsonNode f : findings) {
      int offset = f.get("offset").asInt();
      int end = offset + f.get("length").asInt();
      assertEquals(f.get("text").asText(), StoryFixture.STORY.substring(offset, end));
      assertEquals(lines.line(offset), f.get("line").asInt());
      assertEquals(lines.column(offset), f.get("column").asInt());
      assertEquals(lines.line(end), f.get("endLine").asInt());
      assertEquals(lines.column(end), f.get("endColumn").asInt());
      String lineText = lines.lineText(f.get("line").asInt());
      int column = f.get("column").asInt();
      assertEquals(f.get("text").asText(), lineText.substring(column - 1, column - 1 + f.get("text").asText().length()));
    }
  }

  @Test
  void aFindingCarriesEveryFieldOfTheDesign() {
    JsonNode toto = json.at("/files/0/findings/0");
    List<String> fields = List.of("rule", "category", "severity", "message", "line", "column", "endLine",
        "endColumn", "offset", "length", "text", "suggestions", "evidence", "baseline");
    assertEquals(fields, iterate(toto));
    assertEquals(false, toto.get("baseline").asBoolean(), "no baseline in this run");
    assertEquals("merged-word", toto.get("rule").asText());
    assertEquals("error", toto.get("severity").asText());
    assertEquals("to", toto.at("/suggestions/0").asText());
    assertEquals(2, toto.get("line").asInt());
    assertEquals(16, toto.get("column").asInt());
    assertTrue(json.at("/files/0/findings/1/evidence").isNull());
  }

  @Test
  void anUnreadableFileHasItsErrorAndNoFindings() {
    JsonNode broken = json.at("/files/1");
    assertEquals("broken.txt", broken.get("path").asText());
    assertTrue(broken.get("error").asText().startsWith("not valid UTF-8"));
    assertEquals(0, broken.get("findings").size());
    assertTrue(json.at("/files/0/error").isNull());
    assertEquals("grammar: rule failed with java.lang.IllegalStateException", json.at("/files/2/processingErrors/0").asText());
  }

  private static List<String> iterate(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
