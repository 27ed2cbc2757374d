package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.testing.SarifSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ReportFixture fixture = ReportFixture.create();
  private final String sarif = fixture.write(new SarifReporter());

  @Test
  void validatesAgainstTheOfficialSchema() {
    assertEquals(List.of(), SarifSchema.errors(sarif), sarif);
  }

  @Test
  void theSchemaCheckCatchesABrokenLog() {
    ObjectNode log = (ObjectNode) JSON.readTree(sarif);
    ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
    result.remove("message");
    result.put("level", "fatal");
    ((ObjectNode) result.get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
    List<String> errors = SarifSchema.errors(JSON.writeValueAsString(log));
    assertTrue(errors.size() >= 3, errors.toString());
  }

  @Test
  void everyResultsRegionIsItsFindingsSpan() {
    JsonNode results = JSON.readTree(sarif).get("runs").get(0).get("results");
    List<Map.Entry<String, Finding>> findings = fixture.findings();
    assertEquals(findings.size(), results.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i).getValue();
      JsonNode result = results.get(i);
      JsonNode location = result.get("locations").get(0).get("physicalLocation");
      JsonNode region = location.get("region");
      assertEquals(f.rule(), result.get("ruleId").asString());
      assertEquals(f.span().line(), region.get("startLine").asInt());
      assertEquals(f.span().column(), region.get("startColumn").asInt());
      assertEquals(f.span().endLine(), region.get("endLine").asInt());
      assertEquals(f.span().endColumn(), region.get("endColumn").asInt());
      assertEquals(f.span().offset(), region.get("charOffset").asInt());
      assertEquals(f.span().length(), region.get("charLength").asInt());
      assertEquals(f.text(), region.get("snippet").get("text").asString());
      String source = fixture.context.sources().apply(findings.get(i).getKey()).orElseThrow();
      assertEquals(f.text(), source.substring(f.span().offset(), f.span().offset() + f.span().length()));
    }
  }

  @Test
  void endColumnIsOnePastTheLastCharacter() {
    JsonNode toto = resultFor("merged-word");
    JsonNode region = toto.get("locations").get(0).get("physicalLocation").get("region");
    assertEquals(region.get("startLine").asInt(), region.get("endLine").asInt());
    assertEquals("toto".length(), region.get("endColumn").asInt() - region.get("startColumn").asInt());
  }

  @Test
  void describesTheRulesAndPointsEachResultAtItsRule() {
    JsonNode run = JSON.readTree(sarif).get("runs").get(0);
    JsonNode driver = run.get("tool").get("driver");
    assertEquals("copydesk", driver.get("name").asString());
    JsonNode rules = driver.get("rules");
    JsonNode mergedWord = rules.get(resultFor("merged-word").get("ruleIndex").asInt());
    assertEquals("merged-word", mergedWord.get("id").asString());
    assertEquals("A short word doubled and merged.", mergedWord.get("shortDescription").get("text").asString());
    assertTrue(mergedWord.get("help").get("text").asString().contains("We want toto go."));
    assertEquals("error", mergedWord.get("defaultConfiguration").get("level").asString());
    for (JsonNode result : run.get("results")) {
      assertEquals(result.get("ruleId").asString(), rules.get(result.get("ruleIndex").asInt()).get("id").asString());
    }
    assertEquals("note", resultFor("grammar").get("level").asString());
    assertEquals("warning", resultFor("term-variant").get("level").asString());
  }

  @Test
  void suggestionsBecomeFixesThatReplaceTheFlaggedWords() {
    JsonNode fix = resultFor("name-variant").get("fixes").get(0);
    JsonNode change = fix.get("artifactChanges").get(0);
    assertEquals("samples/asianews-2021-07-27.txt", change.get("artifactLocation").get("uri").asString());
    JsonNode replacement = change.get("replacements").get(0);
    assertEquals("Kadhimi", replacement.get("insertedContent").get("text").asString());
    int offset = replacement.get("deletedRegion").get("charOffset").asInt();
    assertEquals("Kachin", fixture.seed.substring(offset, offset + replacement.get("deletedRegion").get("charLength").asInt()));
    assertFalse(resultFor("merged-word").path("fixes").isMissingNode());
    JsonNode noSuggestion = results("grammar").stream()
        .filter(r -> r.get("message").get("text").asString().startsWith("Check the verb")).findFirst().orElseThrow();
    assertTrue(noSuggestion.path("fixes").isMissingNode(), "no suggestion, no fix");
  }

  @Test
  void unreadableFilesAndFailedRulesAreToolNotifications() {
    JsonNode invocation = JSON.readTree(sarif).get("runs").get(0).get("invocations").get(0);
    assertFalse(invocation.get("executionSuccessful").asBoolean());
    JsonNode notes = invocation.get("toolExecutionNotifications");
    assertEquals(2, notes.size());
    assertEquals("rule-failure", notes.get(0).get("descriptor").get("id").asString());
    assertEquals("input", notes.get(1).get("descriptor").get("id").asString());
    assertTrue(notes.get(1).get("message").get("text").asString().contains("not UTF-8"));
    assertEquals("news/broken.txt",
        notes.get(1).get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString());
  }

  @Test
  void pathsBecomeRelativeUriReferences() {
    assertEquals("drafts/markup%20&%20%3Cscript%3E.txt", ArtifactUri.of(ReportFixture.HOSTILE_PATH));
    assertEquals("news/caf%C3%A9.txt", ArtifactUri.of("news/café.txt"));
    assertEquals("news/a.txt", ArtifactUri.of("news\\a.txt"));
    assertEquals("./c:d.txt", ArtifactUri.of("c:d.txt"));
    assertTrue(ArtifactUri.of("/tmp/x y.txt").startsWith("file:///tmp/x%20y.txt"));
  }

  private JsonNode resultFor(String rule) {
    return results(rule).get(0);
  }

  private List<JsonNode> results(String rule) {
    List<JsonNode> found = new java.util.ArrayList<>();
    JSON.readTree(sarif).get("runs").get(0).get("results").forEach(r -> {
      if (r.get("ruleId").asString().equals(rule)) {
        found.add(r);
      }
    });
    return found;
  }
}
