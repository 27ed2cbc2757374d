package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  private static final String CLEAN = "The council met on Monday and approved the budget for the new school.\n";
  private static final String MARKED = "The council met on Monday and approved the XYZZY for the new school.\n";

  @TempDir
  static Path dir;
  private static Path clean;
  private static Path marked;

  @BeforeAll
  static void writeArticles() throws Exception {
    clean = Files.writeString(dir.resolve("clean.txt"), CLEAN);
    marked = Files.writeString(dir.resolve("marked.txt"), MARKED);
  }

  @Test
  void exitsZeroWhenNothingReachesTheFailLevel() {
    CommandRun run = CommandRun.of("check", "--fail-on", "none", clean.toString(), marked.toString());

    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void exitsOneOnAFindingAtTheFailLevelAndShowsItInText() {
    CommandRun run = CommandRun.of("check", marked.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains(marked + ":1:44: error test-marker: test marker left in the copy\n"
        + "    The council met on Monday and approved the XYZZY for the new school.\n"
        + "                                               ^^^^^\n"
        + "    fix: word\n"
        + "    why: 'XYZZY' marks a test finding\n"), run.out());
  }

  @Test
  void theConfigurationCanTurnARuleOffOrLowerItAndFailOnOverridesIt() throws Exception {
    Path off = Files.writeString(dir.resolve("off.yml"), "rules:\n  test-marker: off\n");
    Path info = Files.writeString(dir.resolve("info.yml"), "rules:\n  test-marker: info\n");

    CommandRun disabled = CommandRun.of("check", "--config", off.toString(), "--format", "json", marked.toString());
    CommandRun lowered = CommandRun.of("check", "--config", info.toString(), marked.toString());
    CommandRun strict = CommandRun.of("check", "--config", info.toString(), "--fail-on", "info", marked.toString());

    assertTrue(!disabled.out().contains("test-marker"), disabled.out());
    assertEquals(0, lowered.exitCode(), lowered.err());
    assertTrue(lowered.out().contains("info test-marker"), lowered.out());
    assertEquals(1, strict.exitCode(), strict.err());
  }

  @Test
  void aBadConfigurationIsExitTwoWithOneLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.yml"), "locale: en-US\nrules:\n  grammar: maybe\n");
    Path typo = Files.writeString(dir.resolve("typo.yml"), "rules:\n  test-markr: off\n");

    CommandRun badRun = CommandRun.of("check", "--config", bad.toString(), clean.toString());
    CommandRun typoRun = CommandRun.of("check", "--config", typo.toString(), clean.toString());

    assertEquals(2, badRun.exitCode());
    assertEquals("copydesk: " + bad + ":3: rules.grammar: expected on, off, error, warning, info or {severity: …}, got 'maybe'\n",
        badRun.err());
    assertEquals(2, typoRun.exitCode());
    assertTrue(typoRun.err().startsWith("copydesk: " + typo + ":2: rules.test-markr: no such rule (did you mean test-marker?)"),
        typoRun.err());
  }

  @Test
  void aConfigurationWithSeveralMistakesReportsEveryOneOnItsOwnLine() throws Exception {
    Path bad = Files.writeString(dir.resolve("several.yml"), "failOn: never\nrules:\n  test-markr: off\n  test-marker: maybe\nignore:\n  lines: ['(']\n");

    CommandRun run = CommandRun.of("check", "--config", bad.toString(), clean.toString());

    assertEquals(2, run.exitCode());
    assertEquals(List.of(
        "copydesk: " + bad + ":1: failOn: expected error, warning, info or none, got 'never'",
        "copydesk: " + bad + ":3: rules.test-markr: no such rule (did you mean test-marker?); 'copydesk rules' lists them",
        "copydesk: " + bad + ":4: rules.test-marker: expected on, off, error, warning, info or {severity: …}, got 'maybe'",
        "copydesk: " + bad + ":6: ignore.lines[0]: not a valid regular expression '(': Unclosed group at character 2"),
        run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void usageErrorsAreExitTwoWithOneLine() {
    CommandRun noPath = CommandRun.of("check");
    CommandRun unknownFormat = CommandRun.of("check", "--format", "xml", clean.toString());
    CommandRun twoFormatsOneFile = CommandRun.of("check", "--format", "text,json", "--output", "x", clean.toString());
    CommandRun badLevel = CommandRun.of("check", "--fail-on", "sometimes", clean.toString());
    CommandRun noCommand = CommandRun.of();

    for (CommandRun run : new CommandRun[] {noPath, unknownFormat, twoFormatsOneFile, badLevel}) {
      assertEquals(2, run.exitCode(), run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertTrue(run.err().startsWith("copydesk check: "), run.err());
    }
    assertTrue(unknownFormat.err().contains("unknown format 'xml' (known: "), unknownFormat.err());
    assertEquals(2, noCommand.exitCode());
  }

  @Test
  void writesOneFilePerFormatToTheOutputFolderAndPrintsTheSummary() throws Exception {
    Path reports = dir.resolve("reports");

    CommandRun run = CommandRun.of("check", "--format", "text,json,html,sarif,junit,github,checkstyle",
        "--output-dir", reports.toString(), marked.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertEquals("1 file checked (13 words): 1 error, 0 warnings, 0 infos\n", run.out());
    try (Stream<Path> files = Files.list(reports)) {
      assertEquals(List.of("copydesk-checkstyle.xml", "copydesk-github.txt", "copydesk-junit.xml", "copydesk-text.txt",
          "copydesk.html", "copydesk.json", "copydesk.sarif"), files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    JsonNode json = new ObjectMapper().readTree(reports.resolve("copydesk.json").toFile());
    JsonNode finding = json.at("/files/0/findings/0");
    assertEquals("test-marker", finding.get("rule").asText());
    assertEquals("XYZZY", MARKED.substring(finding.get("offset").asInt(), finding.get("offset").asInt() + finding.get("length").asInt()));
    assertTrue(Files.readString(reports.resolve("copydesk-text.txt")).contains("error test-marker"));
    assertTrue(Files.readString(reports.resolve("copydesk-github.txt")).startsWith("::error "));
    assertTrue(Files.readString(reports.resolve("copydesk-junit.xml")).contains("<testsuites"));
    assertTrue(Files.readString(reports.resolve("copydesk-checkstyle.xml")).contains("<checkstyle"));
  }

  @Test
  void twoFormatsWithDifferentExtensionsKeepThePlainNames() throws Exception {
    Path reports = dir.resolve("two-reports");

    CommandRun run = CommandRun.of("check", "--format", "json,text", "--output-dir", reports.toString(), marked.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(Files.isRegularFile(reports.resolve("copydesk.json")));
    assertTrue(Files.isRegularFile(reports.resolve("copydesk.txt")));
  }

  @Test
  void writesOneFormatToTheOutputFile() throws Exception {
    Path report = dir.resolve("out/report.json");

    CommandRun run = CommandRun.of("check", "--format", "json", "--output", report.toString(), clean.toString());

    assertEquals(0, new ObjectMapper().readTree(report.toFile()).at("/summary/errors").asInt());
    assertEquals("1 file checked (13 words): 0 errors, 0 warnings, 0 infos\n", run.out());
  }

  @Test
  void versionAndHelpExitZero() {
    CommandRun version = CommandRun.of("--version");
    CommandRun help = CommandRun.of("check", "--help");

    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("copydesk "), version.out());
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("--fail-on"), help.out());
  }

  @Test
  void rulesListsIdCategorySeverityAndSummary() {
    CommandRun run = CommandRun.of("rules");

    assertEquals(0, run.exitCode());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("test-marker\\s+tests\\s+error\\s+-\\s+-\\s+-\\s+the test marker XYZZY")), run.out());
  }
}
