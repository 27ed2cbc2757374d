package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.core.Version;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.report.JsonReporter;
import dev.copydesk.core.report.ReportContext;
import dev.copydesk.core.report.SourceTexts;
import dev.copydesk.core.rule.Rule;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1: the seed article through {@code /v2/check} gives toto→to, Kachin→Kadhimi and every
 * other finding the library gives for the file, in LanguageTool's shape at the right offsets; through
 * {@code /api/v1/check} it gives exactly the command line's JSON report plus {@code "pass": false}.
 */
class SeedOverHttpTest {
  private static final String PATH = "samples/asianews-2021-07-27.txt";
  private static FileResult library;
  private static Copydesk copydesk;

  @BeforeAll
  static void checkWithTheLibrary() {
    copydesk = Copydesk.create(Configuration.defaults());
    library = copydesk.check(TestServers.seedPath(), PATH);
    assertFalse(library.findings().isEmpty());
  }

  @Test
  void v2CheckGivesTheSeedFindingsInLanguageToolsShape() {
    String seed = TestServers.seed();
    int port = TestServers.shared().port();
    Http.Answer answer = Http.postForm(port, "/v2/check", Map.of("language", "en-US", "text", seed));
    assertEquals(200, answer.status(), answer.body());
    JsonNode matches = answer.json().get("matches");
    List<String> got = new ArrayList<>();
    for (JsonNode m : matches) {
      int offset = m.get("offset").asInt();
      int length = m.get("length").asInt();
      got.add(m.get("rule").get("id").asText() + " " + seed.substring(offset, offset + length) + " -> "
          + (m.get("replacements").isEmpty() ? "" : m.get("replacements").get(0).get("value").asText()));
    }
    List<String> expected = new ArrayList<>();
    for (Finding f : library.findings()) {
      expected.add(f.rule() + " " + f.text() + " -> " + (f.suggestions().isEmpty() ? "" : f.suggestions().get(0)));
    }
    assertEquals(expected, got);
    assertTrue(got.contains("merged-word toto -> to"), got.toString());
    assertTrue(got.contains("name-variant Kachin -> Kadhimi"), got.toString());
    JsonNode toto = find(matches, "merged-word");
    assertEquals(seed.indexOf("toto"), toto.get("offset").asInt());
    assertEquals("misspelling", toto.get("rule").get("issueType").asText());
    assertEquals("UnknownWord", toto.get("type").get("typeName").asText());
    assertEquals("typos", toto.get("rule").get("category").get("id").asText());
    assertTrue(toto.get("sentence").asText().contains("toto continue"), toto.get("sentence").asText());
    assertEquals("misspelling", find(matches, "name-variant").get("rule").get("issueType").asText());
  }

  @Test
  void cmsCheckGivesTheCommandLinesJsonReportAndPassFalse() throws Exception {
    byte[] seed = TestServers.seed().getBytes(StandardCharsets.UTF_8);
    int port = TestServers.shared().port();
    Http.Answer answer = Http.post(port, "/api/v1/check?path=" + PATH, "text/plain; charset=utf-8", seed, Map.of());
    assertEquals(200, answer.status(), answer.body());
    ObjectNode got = (ObjectNode) answer.json();
    assertFalse(got.get("pass").asBoolean());
    assertEquals("error", got.get("failOn").asText());
    got.remove(List.of("pass", "failOn"));
    StringWriter cli = new StringWriter();
    new JsonReporter().write(new Report(List.of(library)), new ReportContext(Version.get(),
        copydesk.rules().stream().map(Rule::info).toList(), Configuration.defaults().failOn(), SourceTexts.under(Path.of(""))), cli);
    assertEquals(Http.JSON.readTree(cli.toString()), got);
  }

  @Test
  void cmsCheckTakesTheKindFromThePathWithoutAContentType() {
    String markdown = "---\ntitle: A test\ndate: 2021-07-27\n---\n\nThe minister said he intends toto continue.\n";
    int port = TestServers.shared().port();
    Http.Answer answer = Http.post(port, "/api/v1/check?path=content/post.md", null, markdown.getBytes(StandardCharsets.UTF_8), Map.of());
    assertEquals(200, answer.status(), answer.body());
    JsonNode file = answer.json().get("files").get(0);
    assertEquals("content/post.md", file.get("path").asText());
    assertEquals("toto", file.get("findings").get(0).get("text").asText());
    assertEquals(6, file.get("findings").get(0).get("line").asInt());
  }

  private static JsonNode find(JsonNode matches, String rule) {
    for (JsonNode m : matches) {
      if (m.get("rule").get("id").asText().equals(rule)) {
        return m;
      }
    }
    throw new AssertionError("no " + rule + " match in " + matches);
  }
}
