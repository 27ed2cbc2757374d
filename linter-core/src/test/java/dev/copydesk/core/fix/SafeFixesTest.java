package dev.copydesk.core.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SafeFixesTest {

  private static Finding finding(String source, String rule, String text, int occurrence, String fix, boolean safe) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = source.indexOf(text, at + 1);
    }
    SourceSpan span = new LineIndex(source).span(at, at + text.length());
    return new Finding(rule, "typos", Severity.ERROR, "m", span, text, List.of(fix), null, false, safe, List.of());
  }

  @Test
  void replacesOnlyTheSpansAndKeepsEveryOtherByte() {
    String source = "\uFEFF---\r\ntitle: Café ☕\r\n---\r\n\r\nThe US intends toto continue, 😀 said the US.\r\n";
    byte[] original = source.getBytes(StandardCharsets.UTF_8);
    String text = source.substring(1);
    Finding toto = finding(text, "merged-word", "toto", 0, "to", true);
    Finding us = finding(text, "term-variant", "US", 0, "U.S.", true);
    SafeFixes.Result result = SafeFixes.apply(original, List.of(us, toto), Set.of());
    String expected = "\uFEFF---\r\ntitle: Café ☕\r\n---\r\n\r\nThe U.S. intends to continue, 😀 said the US.\r\n";
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), result.fixed());
    assertEquals(List.of("U.S.", "to"), result.applied().stream().map(SafeFixes.Applied::replacement).toList());
    assertTrue(result.skipped().isEmpty());
  }

  @Test
  void leavesFindingsNotMarkedSafeOrOfOtherRules() {
    String text = "Kachin said toto and the US today.\n";
    byte[] original = text.getBytes(StandardCharsets.UTF_8);
    Finding name = finding(text, "name-variant", "Kachin", 0, "Kadhimi", false);
    Finding toto = finding(text, "merged-word", "toto", 0, "to", true);
    Finding us = finding(text, "term-variant", "US", 0, "U.S.", true);
    SafeFixes.Result onlyTerms = SafeFixes.apply(original, List.of(name, toto, us), Set.of("term-variant"));
    assertEquals("Kachin said toto and the U.S. today.\n", new String(onlyTerms.fixed(), StandardCharsets.UTF_8));
    SafeFixes.Result all = SafeFixes.apply(original, List.of(name, toto, us), Set.of());
    assertEquals("Kachin said to and the U.S. today.\n", new String(all.fixed(), StandardCharsets.UTF_8));
  }

  @Test
  void skipsAFixWhoseSpanNoLongerMatchesAndSaysSo() {
    String checked = "He said toto go.\n";
    Finding toto = finding(checked, "merged-word", "toto", 0, "to", true);
    byte[] edited = "He said tata go.\n".getBytes(StandardCharsets.UTF_8);
    SafeFixes.Result result = SafeFixes.apply(edited, List.of(toto), Set.of());
    assertArrayEquals(edited, result.fixed());
    assertEquals(1, result.skipped().size());
    assertTrue(result.skipped().get(0).reason().contains("no longer 'toto'"), result.skipped().get(0).reason());
  }

  @Test
  void skipsAnOverlappingFix() {
    String text = "to to to\n";
    Finding first = finding(text, "grammar", "to to", 0, "to", true);
    Finding second = finding(text, "grammar", "to to", 1, "to", true);
    SafeFixes.Result result = SafeFixes.apply(text.getBytes(StandardCharsets.UTF_8), List.of(first, second), Set.of());
    assertEquals("to to\n", new String(result.fixed(), StandardCharsets.UTF_8));
    assertEquals(1, result.applied().size());
    assertEquals("overlaps a fix already applied", result.skipped().get(0).reason());
  }

  @Test
  void diffShowsTheChangedLineOnly() {
    byte[] before = "one\ntwo toto\nthree\n".getBytes(StandardCharsets.UTF_8);
    byte[] after = "one\ntwo to\nthree\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("--- a/x.txt\n+++ b/x.txt\n@@ -1,3 +1,3 @@\n one\n-two toto\n+two to\n three\n", UnifiedDiff.of("x.txt", before, after));
    assertEquals("", UnifiedDiff.of("x.txt", before, before));
  }
}
