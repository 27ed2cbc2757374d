package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.languagetool.server.HTTPServer;
import org.languagetool.server.HTTPServerConfig;

/**
 * Copydesk's {@code /v2/check} against the real LanguageTool 6.6 server, both started here on
 * loopback ports and sent the same requests (text and data forms, rules and categories enabled
 * and disabled, en-US, en-GB, auto): every field LanguageTool returns at the top level, and every
 * field it returns in all of its matches of an answer (its XML pattern rules alone add
 * {@code subId}, {@code sourceFile} and {@code urls}), is in every match of Copydesk's answer with
 * the same JSON type; every
 * offset and length of both servers covers the flagged text in the text as sent.
 */
class LanguageToolCompatibilityTest {
  private static HTTPServer languageTool;
  private static int languageToolPort;
  private static int copydeskPort;

  @BeforeAll
  static void startBothServers() throws IOException {
    try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      languageToolPort = free.getLocalPort();
    }
    HTTPServerConfig config = new HTTPServerConfig(languageToolPort);
    languageTool = new HTTPServer(config, false, "127.0.0.1", Set.of("127.0.0.1", "0:0:0:0:0:0:0:1"));
    languageTool.run();
    copydeskPort = TestServers.shared().port();
  }

  @AfterAll
  static void stopLanguageTool() {
    if (languageTool != null) {
      languageTool.stop();
    }
  }

  @Test
  void seedAsTextInUsAndGbEnglish() {
    for (String language : List.of("en-US", "en-GB")) {
      compare(Map.of("language", language, "text", TestServers.seed()), TestServers.seed());
    }
  }

  @Test
  void autoWithAPreferredVariant() {
    Pair pair = compare(Map.of("language", "auto", "preferredVariants", "en-GB,de-DE", "text", TestServers.seed()), TestServers.seed());
    assertEquals("en-GB", pair.copydesk.get("language").get("code").asText());
  }

  @Test
  void disabledAndEnabledRulesAndCategories() {
    String text = "He said the US intends toto continue. Its a test, teh end of the the day.\n\n"
        + "\"We will win,\" the minister told reporters on Tuesday, July 28, 2021.";
    Pair disabledTypos = compare(Map.of("language", "en-US", "text", text, "disabledCategories", "TYPOS"), text);
    assertNoCategory(disabledTypos.copydesk, "typos");
    Pair onlyTypos = compare(Map.of("language", "en-US", "text", text, "enabledCategories", "TYPOS", "enabledOnly", "true"), text);
    assertFalse(matches(onlyTypos.copydesk).isEmpty());
    for (JsonNode m : matches(onlyTypos.copydesk)) {
      assertEquals("typos", m.get("rule").get("category").get("id").asText());
    }
    Pair disabledRules = compare(Map.of("language", "en-US", "text", text,
        "disabledRules", "MORFOLOGIK_RULE_EN_US,merged-word,weekday-mismatch"), text);
    for (JsonNode m : matches(disabledRules.copydesk)) {
      assertFalse(Set.of("merged-word", "weekday-mismatch").contains(m.get("rule").get("id").asText()), m.toString());
    }
    // LanguageTool's speller, not one of its XML pattern rules: those add subId, sourceFile and urls,
    // fields LanguageTool itself leaves out for other rules (so they are not in every match).
    Pair onlyRule = compare(Map.of("language", "en-US", "text", text, "enabledRules", "merged-word,MORFOLOGIK_RULE_EN_US", "enabledOnly", "true"), text);
    assertEquals(List.of("merged-word"), matches(onlyRule.copydesk).stream().map(m -> m.get("rule").get("id").asText()).toList());
  }

  @Test
  void annotatedDataMapsOffsetsThroughTheMarkup() {
    String seed = TestServers.seed();
    ArrayNode annotation = Http.JSON.createArrayNode();
    StringBuilder interpreted = new StringBuilder();
    for (String paragraph : seed.split("\n")) {
      annotation.addObject().put("markup", "<p>").put("interpretAs", "");
      Matcher names = Pattern.compile("Kadhimi|Kachin").matcher(paragraph);
      int last = 0;
      while (names.find()) {
        annotation.addObject().put("text", paragraph.substring(last, names.start()));
        annotation.addObject().put("markup", "<b>");
        annotation.addObject().put("text", names.group());
        annotation.addObject().put("markup", "</b>");
        last = names.end();
      }
      annotation.addObject().put("text", paragraph.substring(last));
      annotation.addObject().put("markup", "</p>\n").put("interpretAs", "\n");
      interpreted.append(paragraph).append('\n');
    }
    ObjectNode data = Http.JSON.createObjectNode();
    data.set("annotation", annotation);
    StringBuilder sent = new StringBuilder();
    annotation.forEach(part -> sent.append(part.has("text") ? part.get("text").asText() : part.get("markup").asText()));
    Pair annotated = compare(Map.of("language", "en-US", "data", data.toString()), sent.toString());
    Pair plain = compare(Map.of("language", "en-US", "text", interpreted.toString()), interpreted.toString());
    List<String> fromData = flagged(annotated.copydesk, sent.toString());
    List<String> fromText = flagged(plain.copydesk, interpreted.toString());
    assertEquals(fromText, fromData.stream().map(s -> s.replaceAll("<[^>]*>", "")).toList());
    assertTrue(fromData.contains("name-variant Kachin"), fromData.toString());
  }

  @Test
  void languagesListsEnglishAsLanguageToolDoes() {
    JsonNode lt = Http.get(languageToolPort, "/v2/languages", Map.of()).json();
    JsonNode cd = Http.get(copydeskPort, "/v2/languages", Map.of()).json();
    assertTrue(cd.isArray() && cd.size() >= 2, cd.toString());
    Set<String> ltCodes = new java.util.HashSet<>();
    lt.forEach(l -> ltCodes.add(l.get("longCode").asText()));
    for (JsonNode language : cd) {
      assertShape(JsonShape.of(lt.get(0)), JsonShape.of(language), "language " + language);
      assertTrue(ltCodes.contains(language.get("longCode").asText()), language.toString());
    }
  }

  private record Pair(JsonNode languageTool, JsonNode copydesk) {}

  /** Sends {@code params} to both servers and compares the answers' shapes and offsets. */
  private static Pair compare(Map<String, String> params, String sent) {
    Http.Answer lt = Http.postForm(languageToolPort, "/v2/check", params);
    Http.Answer cd = Http.postForm(copydeskPort, "/v2/check", params);
    assertEquals(200, lt.status(), lt.body());
    assertEquals(200, cd.status(), cd.body());
    JsonNode ltJson = lt.json();
    JsonNode cdJson = cd.json();
    String request = params.keySet() + " " + params.getOrDefault("language", "");
    assertShape(JsonShape.of(ltJson, "matches"), JsonShape.of(cdJson, "matches"), request);
    Map<String, JsonNodeType> everyMatch = null;
    for (JsonNode m : matches(ltJson)) {
      Map<String, JsonNodeType> shape = JsonShape.of(m);
      if (everyMatch == null) {
        everyMatch = new LinkedHashMap<>(shape);
      } else {
        everyMatch.keySet().retainAll(shape.keySet());
      }
      assertCoversFlaggedText(m, sent, "LanguageTool " + request);
    }
    for (JsonNode m : matches(cdJson)) {
      if (everyMatch != null) {
        Map<String, JsonNodeType> shape = new HashMap<>(JsonShape.of(m));
        Map<String, JsonNodeType> required = new LinkedHashMap<>(everyMatch);
        if (m.get("replacements").isEmpty()) {
          required.keySet().removeIf(path -> path.startsWith("replacements[]"));
        }
        assertShape(required, shape, request + " match " + m.get("rule").get("id"));
      }
      assertCoversFlaggedText(m, sent, "Copydesk " + request);
    }
    return new Pair(ltJson, cdJson);
  }

  private static void assertShape(Map<String, JsonNodeType> expected, Map<String, JsonNodeType> actual, String where) {
    for (Map.Entry<String, JsonNodeType> path : expected.entrySet()) {
      assertTrue(actual.containsKey(path.getKey()), where + ": Copydesk has no '" + path.getKey() + "'");
      assertEquals(path.getValue(), actual.get(path.getKey()), where + ": '" + path.getKey() + "' has another JSON type");
    }
  }

  /** The offset and length are inside the text sent, not empty, and are what the context shows. */
  private static void assertCoversFlaggedText(JsonNode match, String sent, String where) {
    int offset = match.get("offset").asInt();
    int length = match.get("length").asInt();
    assertTrue(offset >= 0 && length > 0 && offset + length <= sent.length(), where + ": " + match);
    String flagged = sent.substring(offset, offset + length);
    assertFalse(flagged.isBlank(), where + ": " + match);
    JsonNode context = match.get("context");
    int at = context.get("offset").asInt();
    assertEquals(flagged.replaceAll("[\\n\\r\\t]", " "),
        context.get("text").asText().substring(at, at + context.get("length").asInt()), where + ": " + match);
  }

  private static List<JsonNode> matches(JsonNode answer) {
    List<JsonNode> list = new ArrayList<>();
    answer.get("matches").forEach(list::add);
    return list;
  }

  private static List<String> flagged(JsonNode answer, String sent) {
    return matches(answer).stream().map(m -> m.get("rule").get("id").asText() + " "
        + sent.substring(m.get("offset").asInt(), m.get("offset").asInt() + m.get("length").asInt())).toList();
  }

  private static void assertNoCategory(JsonNode answer, String category) {
    for (JsonNode m : matches(answer)) {
      assertFalse(m.get("rule").get("category").get("id").asText().equals(category), m.toString());
    }
  }
}
