package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The harness every rule test uses: an inline article with each expected finding's words marked
 * {@code <marker>…</marker>}. Every marked span must be found exactly, and nothing unmarked may be
 * flagged.
 *
 * <pre>{@code
 * RuleTester.of(new MergedWordRule())
 *     .article("Biden said the US intends <marker>toto</marker> continue.")
 *     .expectSuggestions("to");
 * }</pre>
 */
public final class RuleTester {
  private static final String OPEN = "<marker>";
  private static final String CLOSE = "</marker>";

  private final Rule rule;
  private final Configuration configuration;
  private final String fileName;

  private RuleTester(Rule rule, Configuration configuration, String fileName) {
    this.rule = rule;
    this.configuration = configuration;
    this.fileName = fileName;
  }

  /** A tester of {@code rule} under the default configuration, on plain-text articles. */
  public static RuleTester of(Rule rule) {
    return new RuleTester(rule, Configuration.defaults(), "article.txt");
  }

  /** This tester under {@code config}. */
  public RuleTester config(Configuration config) {
    return new RuleTester(rule, config, fileName);
  }

  /** This tester reading articles as a file named {@code name} ({@code "story.md"}, {@code "page.html"}). */
  public RuleTester as(String name) {
    return new RuleTester(rule, configuration, name);
  }

  /** An article whose expected findings are marked; checked at once, asserted by the returned case. */
  public Case article(String markedText) {
    StringBuilder plain = new StringBuilder();
    List<int[]> markers = new ArrayList<>();
    int pos = 0;
    while (true) {
      int open = markedText.indexOf(OPEN, pos);
      if (open < 0) {
        plain.append(markedText, pos, markedText.length());
        break;
      }
      int close = markedText.indexOf(CLOSE, open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed <marker> in test article");
      }
      plain.append(markedText, pos, open);
      int start = plain.length();
      plain.append(markedText, open + OPEN.length(), close);
      markers.add(new int[] {start, plain.length()});
      pos = close + CLOSE.length();
    }
    String text = plain.toString();
    FileResult result;
    try (Copydesk copydesk = Copydesk.create(configuration, List.of(rule), 1)) {
      result = copydesk.check(fileName, text.getBytes(StandardCharsets.UTF_8));
    }
    if (result.error() != null) {
      fail("article could not be read: " + result.error());
    }
    if (!result.processingErrors().isEmpty()) {
      fail("rule failed: " + result.processingErrors());
    }
    return new Case(text, markers, result.findings());
  }

  /** One checked article and what was found on it. */
  public static final class Case {
    private final String text;
    private final List<int[]> markers;
    private final List<Finding> findings;

    private Case(String text, List<int[]> markers, List<Finding> findings) {
      this.text = text;
      this.markers = markers;
      this.findings = findings;
      assertMarkersFound();
    }

    private void assertMarkersFound() {
      List<String> expected = markers.stream().map(m -> m[0] + "+" + (m[1] - m[0]) + " '" + text.substring(m[0], m[1]) + "'").toList();
      List<String> actual = findings.stream().map(f -> f.span().offset() + "+" + f.span().length() + " '" + f.text() + "'").toList();
      assertEquals(expected, actual, () -> "marked spans and findings differ; findings were:\n" + describe(findings));
    }

    /** Asserts the first suggestion of each finding, in marker order. */
    public Case expectSuggestions(String... firstSuggestions) {
      assertEquals(firstSuggestions.length, findings.size(), "one suggestion per marker expected");
      for (int i = 0; i < firstSuggestions.length; i++) {
        Finding f = findings.get(i);
        assertTrue(!f.suggestions().isEmpty(), () -> "no suggestion for '" + f.text() + "'");
        assertEquals(firstSuggestions[i], f.suggestions().get(0), "first suggestion for '" + f.text() + "'");
      }
      return this;
    }

    /** Asserts that every finding's message contains {@code part}. */
    public Case expectMessageContaining(String part) {
      for (Finding f : findings) {
        assertTrue(f.message().contains(part), () -> "message of '" + f.text() + "' lacks '" + part + "': " + f.message());
      }
      return this;
    }

    /** Asserts that every finding's evidence contains {@code part}. */
    public Case expectEvidenceContaining(String part) {
      for (Finding f : findings) {
        assertTrue(f.evidence() != null && f.evidence().contains(part),
            () -> "evidence of '" + f.text() + "' lacks '" + part + "': " + f.evidence());
      }
      return this;
    }

    /** Asserts the severity of each finding, in marker order. */
    public Case expectSeverities(Severity... severities) {
      assertEquals(List.of(severities), findings.stream().map(Finding::severity).toList());
      return this;
    }

    /** The findings, for assertions this class does not offer. */
    public List<Finding> findings() {
      return findings;
    }

    private static String describe(List<Finding> findings) {
      return findings.stream()
          .map(f -> "  " + f.span().line() + ":" + f.span().column() + " '" + f.text() + "' " + f.message() + " " + f.suggestions())
          .collect(Collectors.joining("\n"));
    }
  }
}
