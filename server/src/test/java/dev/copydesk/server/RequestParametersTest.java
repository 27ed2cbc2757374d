package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameters of a {@code /v2/check} request: language, rule filter, content types, form decoding. */
class RequestParametersTest {

  @Test
  void languagesResolveToEnglishVariants() {
    assertEquals("en-GB", RequestLanguage.resolve("en-GB", null, null, "en-US").code());
    assertEquals("English (GB)", RequestLanguage.resolve("en-gb", null, null, "en-US").name());
    assertEquals("en-US", RequestLanguage.resolve("en", null, null, "en-US").code());
    assertEquals("en-AU", RequestLanguage.resolve("en", null, null, "en-AU").code());
    RequestLanguage auto = RequestLanguage.resolve("auto", "de-DE,en-GB", "de", "en-US");
    assertEquals("en-GB", auto.code());
    assertTrue(auto.detected());
    assertEquals("en-US", RequestLanguage.resolve("auto", null, null, "en-US").code());
  }

  @Test
  void badLanguagesAreBadRequests() {
    assertBad(() -> RequestLanguage.resolve(null, null, null, "en-US"), "missing 'language'");
    assertBad(() -> RequestLanguage.resolve("de-DE", null, null, "en-US"), "English only");
    assertBad(() -> RequestLanguage.resolve("en-XX", null, null, "en-US"), "not a language code Copydesk knows");
    assertBad(() -> RequestLanguage.resolve("<script>", null, null, "en-US"), "not a language code");
    assertBad(() -> RequestLanguage.resolve("en-US", "en-GB", null, "en-US"), "needs language=auto");
    assertBad(() -> RequestLanguage.resolve("en-US", null, "%%", "en-US"), "motherTongue");
  }

  @Test
  void theRuleFilterFollowsLanguageToolsParameters() {
    Finding toto = finding("merged-word", "typos", Severity.ERROR);
    Finding us = finding("term-variant", "terms", Severity.WARNING);
    Finding info = finding("spelling", "typos", Severity.INFO);
    RuleFilter all = RuleFilter.of(null, null, null, null, null, null);
    assertTrue(all.keeps(toto) && all.keeps(us));
    assertFalse(all.keeps(info), "infos only at level=picky");
    assertTrue(RuleFilter.of(null, null, null, null, null, "picky").keeps(info));
    RuleFilter noTypos = RuleFilter.of(null, null, null, "TYPOS", null, null);
    assertFalse(noTypos.keeps(toto));
    assertTrue(noTypos.keeps(us));
    assertTrue(RuleFilter.of("merged-word", null, null, "typos", null, null).keeps(toto), "an enabled rule beats its disabled category");
    RuleFilter only = RuleFilter.of("term-variant, UPPERCASE_SENTENCE_START", null, null, null, "true", null);
    assertTrue(only.keeps(us));
    assertFalse(only.keeps(toto));
    assertFalse(RuleFilter.of(null, "MERGED-WORD", null, null, null, null).keeps(toto));
    assertBad(() -> RuleFilter.of(null, null, null, null, "true", null), "enabledOnly");
    assertBad(() -> RuleFilter.of(null, null, null, null, "yes", null), "enabledOnly");
    assertBad(() -> RuleFilter.of(null, null, null, null, null, "extreme"), "level");
  }

  @Test
  void contentTypesNameTheArticleKindInUtf8() {
    assertEquals("md", ContentTypes.articleKind("text/markdown; charset=UTF-8"));
    assertEquals("html", ContentTypes.articleKind("text/html"));
    assertEquals("txt", ContentTypes.articleKind("text/plain;charset=\"utf-8\""));
    assertNull(ContentTypes.articleKind(null));
    assertEquals(415, assertThrows(ApiException.class, () -> ContentTypes.articleKind("application/pdf")).status());
    assertEquals(415, assertThrows(ApiException.class, () -> ContentTypes.articleKind("text/plain; charset=windows-1252")).status());
    ContentTypes.requireForm("application/x-www-form-urlencoded; charset=UTF-8");
    ContentTypes.requireForm(null);
    assertEquals(415, assertThrows(ApiException.class, () -> ContentTypes.requireForm("multipart/form-data; boundary=x")).status());
  }

  @Test
  void formsAreDecodedStrictlyAsUtf8() {
    FormParameters params = FormParameters.decode("language=en-GB", "text=caf%C3%A9+au+lait&language=en-US".getBytes(StandardCharsets.US_ASCII));
    assertEquals("café au lait", params.get("text"));
    assertEquals("en-GB", params.get("language"), "the first value wins");
    assertBad(() -> FormParameters.decode(null, "text=caf%C3%28".getBytes(StandardCharsets.US_ASCII)), "not UTF-8");
    assertBad(() -> FormParameters.decode(null, new byte[] {'t', '=', (byte) 0xFF}), "not valid UTF-8");
    assertBad(() -> FormParameters.decode(null, "text=%ZZ".getBytes(StandardCharsets.US_ASCII)), "form");
  }

  private static Finding finding(String rule, String category, Severity severity) {
    return new Finding(rule, category, severity, "m", new SourceSpan(0, 1, 1, 1, 1, 2), "x", List.of(), null);
  }

  private static void assertBad(org.junit.jupiter.api.function.Executable call, String words) {
    ApiException e = assertThrows(ApiException.class, call);
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }
}
