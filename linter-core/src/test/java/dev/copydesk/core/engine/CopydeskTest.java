package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.config.RuleSetting;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CopydeskTest {

  /** Flags every occurrence of one word. */
  private record WordRule(String id, String word, Set<String> supersedes) implements Rule {
    @Override
    public RuleInfo info() {
      return new RuleInfo(id, Category.TYPOS, Severity.ERROR, "flags '" + word + "'", word, "fixed", supersedes);
    }

    @Override
    public void check(AnalyzedArticle article, RuleContext context) {
      for (Sentence s : article.englishSentences()) {
        for (Token t : s.tokens()) {
          if (t.text().equals(word)) {
            context.report(Issue.at(t.region(), "found " + word).suggest("to"));
          }
        }
      }
    }
  }

  /** Always throws. */
  private static final class BrokenRule implements Rule {
    @Override
    public RuleInfo info() {
      return new RuleInfo("broken", Category.TYPOS, Severity.ERROR, "throws", "x", "y");
    }

    @Override
    public void check(AnalyzedArticle article, RuleContext context) {
      throw new IllegalStateException("bug in rule");
    }
  }

  private static final String ARTICLE = "The US intends toto continue.\n\nBiden said toto again.\n";

  private static FileResult check(Configuration config, String name, String text, Rule... rules) {
    try (Copydesk copydesk = Copydesk.create(config, List.of(rules), 1)) {
      return copydesk.check(name, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void findingsCarryExactSourcePositionsAndText() {
    FileResult result = check(Configuration.defaults(), "a.txt", ARTICLE, new WordRule("toto", "toto", Set.of()));
    assertNull(result.error());
    assertEquals(2, result.findings().size());
    Finding second = result.findings().get(1);
    assertEquals("toto", second.text());
    assertEquals(3, second.span().line());
    assertEquals(12, second.span().column());
    assertEquals(16, second.span().endColumn());
    assertEquals(ARTICLE.indexOf("toto", 20), second.span().offset());
    assertEquals(List.of("to"), second.suggestions());
  }

  @Test
  void aFrontMatterKeySetTwiceIsAWarningFindingNamingFileAndLine() {
    String source = "---\ntitle: Ferry\ntitle: Ferry approved\n---\n\nThe US intends toto continue.\n";

    FileResult result = check(Configuration.defaults(), "post.md", source, new WordRule("toto", "toto", Set.of()));

    assertEquals(List.of("front-matter", "toto"), result.findings().stream().map(Finding::rule).toList());
    Finding duplicate = result.findings().get(0);
    assertEquals(Severity.WARNING, duplicate.severity());
    assertEquals("source", duplicate.category());
    assertEquals(3, duplicate.span().line());
    assertEquals(1, duplicate.span().column());
    assertEquals("title", duplicate.text());
    assertEquals("'title' is set twice in the front matter (first on line 2); the last value is used", duplicate.message());
  }

  @Test
  void aRuleThatThrowsIsAProcessingErrorAndOtherRulesStillReport() {
    FileResult result = check(Configuration.defaults(), "a.txt", ARTICLE, new BrokenRule(), new WordRule("toto", "toto", Set.of()));
    assertEquals(2, result.findings().size());
    assertEquals(1, result.processingErrors().size());
    assertTrue(result.processingErrors().get(0).startsWith("broken: rule failed with java.lang.IllegalStateException: bug in rule"));
    assertEquals(2, new Report(List.of(result)).exitCode(FailLevel.ERROR));
  }

  @Test
  void configurationDisablesRulesAndOverridesSeverity() {
    Configuration config = new Configuration(null, "en-US", FailLevel.ERROR, null, List.of(), List.of(), List.of(),
        Map.of("toto", new RuleSetting(true, Severity.INFO), "biden", new RuleSetting(false, null)),
        List.of(), List.of());
    FileResult result = check(config, "a.txt", ARTICLE, new WordRule("toto", "toto", Set.of()), new WordRule("biden", "Biden", Set.of()));
    assertEquals(List.of(Severity.INFO, Severity.INFO), result.findings().stream().map(Finding::severity).toList());
    assertEquals(0, new Report(List.of(result)).exitCode(FailLevel.ERROR));
    assertEquals(1, new Report(List.of(result)).exitCode(FailLevel.INFO));
  }

  @Test
  void aSupersedingRuleReplacesTheOtherOnTheSameWords() {
    FileResult result = check(Configuration.defaults(), "a.txt", ARTICLE,
        new WordRule("spelling", "toto", Set.of()), new WordRule("merged-word", "toto", Set.of("spelling")));
    assertEquals(List.of("merged-word", "merged-word"), result.findings().stream().map(Finding::rule).toList());
  }

  @Test
  void foldersAreCheckedInParallelAndReportedInOrderWithUnreadableFilesAsErrors(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 6; i++) {
      Files.writeString(dir.resolve("a" + i + ".txt"), ARTICLE);
    }
    Files.write(dir.resolve("b-empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("notes.csv"), "not an article");
    Path missing = dir.resolve("missing.txt");
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(), List.of(new WordRule("toto", "toto", Set.of())), 2)) {
      Report report = copydesk.check(List.of(dir, missing), ProgressListener.NONE);
      List<String> names = report.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList();
      assertEquals(List.of("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt", "b-empty.txt", "missing.txt"), names);
      for (int i = 0; i < 6; i++) {
        assertEquals(2, report.files().get(i).findings().size());
      }
      assertTrue(report.files().get(6).error().startsWith("empty file"));
      assertEquals("no such file or folder", report.files().get(7).error());
      assertEquals(2, report.exitCode(FailLevel.ERROR));
    }
  }

  @Test
  void ignoredPathsAreNotChecked(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(dir.resolve("drafts/x.txt"), ARTICLE);
    Files.writeString(dir.resolve("y.txt"), ARTICLE);
    Configuration config = new Configuration(null, "en-US", FailLevel.ERROR, null, List.of(), List.of(), List.of(),
        Map.of(), List.of("drafts/**"), List.of());
    try (Copydesk copydesk = Copydesk.create(config, List.of(new WordRule("toto", "toto", Set.of())), 1)) {
      Report report = copydesk.check(List.of(dir), ProgressListener.NONE);
      assertEquals(1, report.files().size());
      assertTrue(report.files().get(0).path().endsWith("y.txt"));
    }
  }

  @Test
  void everyMarkdownKindIsAnArticleMdxIncluded(@TempDir Path dir) throws IOException {
    for (String name : List.of("a.md", "b.markdown", "c.mdown", "d.mdx")) {
      Files.writeString(dir.resolve(name), "---\ntitle: T\n---\n\nBiden said toto again.\n");
    }
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(), List.of(new WordRule("toto", "toto", Set.of())), 1)) {
      Report report = copydesk.check(List.of(dir), ProgressListener.NONE);
      assertEquals(List.of("a.md", "b.markdown", "c.mdown", "d.mdx"), report.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList());
      assertTrue(report.files().stream().allMatch(f -> f.error() == null && f.findings().size() == 1));
    }
  }

  @Test
  void aFolderWithNoArticleIsAnInputErrorNotAPass(@TempDir Path dir) throws IOException {
    Path only = Files.createDirectories(dir.resolve("site"));
    Files.writeString(only.resolve("post.adoc"), "= Not read\n");
    Files.writeString(only.resolve("config.toml"), "title = 'x'\n");
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(), List.of(new WordRule("toto", "toto", Set.of())), 1)) {
      Report report = copydesk.check(List.of(only), ProgressListener.NONE);
      assertEquals(1, report.files().size());
      assertEquals(only.toString(), report.files().get(0).path());
      assertEquals("no article files (.txt, .md, .markdown, .mdown, .mdx, .html, .htm) in this folder", report.files().get(0).error());
      assertEquals(2, report.exitCode(FailLevel.NONE));
    }
  }

  @Test
  void noFindingLiesOnTheCodePlaceholder() {
    FileResult result = check(Configuration.defaults(), "a.md", "We added an `ExportQueue` code path.\n", new WordRule("code", "code", Set.of()));
    assertEquals(1, result.findings().size());
    assertEquals("code", result.findings().get(0).text());
    assertEquals(27, result.findings().get(0).span().column());
    assertEquals(5, result.words(), "the placeholder is not a word of prose checked");
  }
}
