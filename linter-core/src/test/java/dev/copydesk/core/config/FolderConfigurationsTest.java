package dev.copydesk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderConfigurationsTest {
  private static final List<String> RULE_IDS = List.of("spelling", "grammar", "term-variant", "unattributed-quote", "relative-date");

  @TempDir Path root;
  private Configuration top;

  @BeforeEach
  void writeTop() throws Exception {
    top = ConfigLoader.load(write("copydesk.yml", """
        locale: en-GB
        failOn: warning
        dateOrder: DMY
        dictionary: [AsiaNews]
        names: [Mustafa al-Kadhimi]
        terms:
          - [U.S., US]
          - [email, e-mail]
        rules:
          grammar: off
          term-variant: {severity: error}
        ignore:
          lines: ["^Send to a friend$"]
        """));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private FolderConfigurations folders() {
    return FolderConfigurations.of(root, top, RULE_IDS);
  }

  @Test
  void listsAddAndOnlyTheScalarsASubFolderSetsOverride() throws Exception {
    write("content/blog/copydesk.yml", """
        dateOrder: ISO
        profile: blog
        dictionary: [containerized, AsiaNews]
        names: [Ada Lovelace]
        terms:
          - [e-mail, email]
        rules:
          grammar: warning
          spelling: off
        ignore:
          lines: ["^Share this$"]
        """);

    Configuration blog = folders().forFile(root.resolve("content/blog/2024/post.md"));

    assertEquals("en-GB", blog.locale(), "not set below: the top's locale stands");
    assertEquals(DateOrder.ISO, blog.dateOrder());
    assertEquals(Profile.BLOG, blog.profile());
    assertEquals(FailLevel.WARNING, blog.failOn());
    assertEquals(List.of("AsiaNews", "containerized"), blog.dictionary());
    assertEquals(List.of("Mustafa al-Kadhimi", "Ada Lovelace"), blog.names());
    assertEquals(List.of(List.of("U.S.", "US"), List.of("e-mail", "email")), blog.terms(),
        "the sub-folder's group replaces the group above that shares its forms");
    assertEquals(new RuleSetting(true, Severity.WARNING), blog.rule("grammar"));
    assertFalse(blog.rule("spelling").enabled());
    assertEquals(new RuleSetting(true, Severity.ERROR), blog.rule("term-variant"), "a rule set only above stays");
    assertEquals(List.of("^Send to a friend$", "^Share this$"), blog.ignoreLines().stream().map(p -> p.pattern()).toList());
    assertEquals(root.resolve("content/blog/copydesk.yml"), blog.file());
  }

  @Test
  void theNearestFileIsLaidLastAndFoldersWithoutOneInherit() throws Exception {
    write("content/copydesk.yml", "profile: docs\nrules:\n  grammar: warning\n");
    write("content/api/v2/copydesk.yml", "profile: news\nrules:\n  grammar: info\n");
    FolderConfigurations folders = folders();

    Configuration content = folders.forFile(root.resolve("content/guide.md"));
    Configuration api = folders.forFile(root.resolve("content/api/intro.md"));
    Configuration v2 = folders.forFile(root.resolve("content/api/v2/deep/endpoint.md"));

    assertEquals(Profile.DOCS, content.profile());
    assertSame(content, api, "a folder with no copydesk.yml has its parent's configuration");
    assertEquals(Profile.NEWS, v2.profile());
    assertEquals(Severity.INFO, v2.rule("grammar").severity());
    assertEquals(Profile.DOCS, folders.forFile(root.resolve("content/other/page.md")).profile());
  }

  @Test
  void theRootAndFilesOutsideItHaveTheTopConfiguration(@TempDir Path elsewhere) throws Exception {
    FolderConfigurations folders = folders();

    assertSame(top, folders.forFile(root.resolve("story.txt")));
    assertSame(top, folders.forFile(elsewhere.resolve("sub/story.txt")));
    assertSame(top, FolderConfigurations.single(top).forFile(root.resolve("content/blog/post.md")));
  }

  @Test
  void aBrokenSubFolderFileNamesFileLineAndKeyAndOtherFoldersAreUnaffected() throws Exception {
    Path broken = write("content/blog/copydesk.yml", "dictionary: [Rust]\nrules:\n  grammer: off\n");
    FolderConfigurations folders = folders();

    ConfigException e = assertThrows(ConfigException.class, () -> folders.forFile(root.resolve("content/blog/deep/post.md")));

    assertEquals(broken, e.file());
    assertEquals(3, e.line());
    assertEquals("rules.grammer", e.key());
    assertTrue(e.getMessage().contains("no such rule (did you mean grammar?)"), e.getMessage());
    assertEquals("en-GB", folders.forFile(root.resolve("content/news/story.md")).locale());
  }

  @Test
  void badYamlInASubFolderIsAnErrorOnItsLine() throws Exception {
    write("content/blog/copydesk.yml", "dictionary: [Rust\nnames: [x]\n");

    ConfigException e = assertThrows(ConfigException.class, () -> folders().forFile(root.resolve("content/blog/post.md")));

    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    assertTrue(e.line() > 0);
  }

  @Test
  void settingsOfTheWholeRunCannotBeSetInASubFolder() throws Exception {
    write("content/blog/copydesk.yml", "dictionary: [Rust]\nfailOn: none\n");
    write("content/docs/copydesk.yml", "baseline: old.json\n");

    ConfigException failOn = assertThrows(ConfigException.class, () -> folders().forFile(root.resolve("content/blog/post.md")));
    ConfigException baseline = assertThrows(ConfigException.class, () -> folders().forFile(root.resolve("content/docs/page.md")));

    assertEquals("failOn", failOn.key());
    assertEquals(2, failOn.line());
    assertTrue(failOn.getMessage().contains("applies to the whole run"), failOn.getMessage());
    assertEquals("baseline", baseline.key());
  }

  @Test
  void ignoredPathsOfASubFolderAreRelativeToIt() throws Exception {
    write("content/blog/copydesk.yml", "ignore:\n  paths: [\"drafts/**\", \"*.txt\"]\n");
    FolderConfigurations folders = folders();

    assertTrue(folders.isIgnoredBelowRoot(root.resolve("content/blog/drafts/idea.md")));
    assertTrue(folders.isIgnoredBelowRoot(root.resolve("content/blog/notes.txt")));
    assertFalse(folders.isIgnoredBelowRoot(root.resolve("content/blog/post.md")));
    assertFalse(folders.isIgnoredBelowRoot(root.resolve("content/drafts/idea.md")), "the glob is the blog folder's");
    assertFalse(FolderConfigurations.single(top).isIgnoredBelowRoot(root.resolve("content/blog/drafts/idea.md")));
  }

  @Test
  void theEffectiveConfigurationDecidesTheFingerprint() throws Exception {
    write("content/blog/copydesk.yml", "profile: blog\n");
    write("content/news/copydesk.yml", "# nothing set\n");
    FolderConfigurations folders = folders();

    String topPrint = folders.forFile(root.resolve("a.md")).fingerprint();
    assertFalse(topPrint.equals(folders.forFile(root.resolve("content/blog/a.md")).fingerprint()));
    assertEquals(topPrint, folders.forFile(root.resolve("content/news/a.md")).fingerprint(),
        "a sub-folder file that sets nothing changes no finding");
  }

  @Test
  void theTopFilesBaselineIsResolvedAgainstItsFolder() throws Exception {
    Configuration withBaseline = ConfigLoader.load(write("site/copydesk.yml", "baseline: copydesk-baseline.json\n"));

    assertEquals(root.resolve("site/copydesk-baseline.json").toAbsolutePath(), withBaseline.baseline());
    assertNull(top.baseline());
  }
}
