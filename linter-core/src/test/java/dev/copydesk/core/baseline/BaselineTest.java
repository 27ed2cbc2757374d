package dev.copydesk.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline written from a real run, then applied to the same articles after edits. */
class BaselineTest {
  private static final String STORY = """
      The minister said he wants toto continue the talks.

      Officials met in the capital on Monday. They wants toto finish by June.
      """;

  private static Copydesk copydesk;

  @TempDir Path dir;
  private Path story;
  private Path baselineFile;

  /** Flags "toto" (error) and "TKTK" (warning). */
  static final class SlipRule implements Rule {
    private static final Pattern SLIP = Pattern.compile("\\b(toto|TKTK)\\b");

    @Override
    public RuleInfo info() {
      return new RuleInfo("slip", Category.TYPOS, Severity.ERROR, "flags 'toto'", "toto go", "to go");
    }

    @Override
    public void check(AnalyzedArticle article, RuleContext context) {
      Matcher m = SLIP.matcher(article.article().text());
      while (m.find()) {
        Issue issue = Issue.at(TextRegion.of(m.start(), m.end()), "'" + m.group() + "' is a slip");
        context.report(m.group().equals("TKTK") ? issue.severity(Severity.WARNING) : issue);
      }
    }
  }

  @BeforeAll
  static void startEngine() {
    copydesk = Copydesk.create(Configuration.defaults(), List.of(new SlipRule()), 2);
  }

  @AfterAll
  static void stopEngine() {
    copydesk.close();
  }

  @BeforeEach
  void writeStory() throws IOException {
    story = Files.createDirectories(dir.resolve("content")).resolve("story.md");
    Files.writeString(story, STORY);
    baselineFile = dir.resolve("copydesk-baseline.json");
  }

  private Report check() {
    return copydesk.check(List.of(dir.resolve("content")), ProgressListener.NONE);
  }

  private BaselineGate.Result writeBaseline() throws Exception {
    return BaselineGate.run(check(), dir, null, baselineFile);
  }

  private BaselineGate.Result recheck() throws Exception {
    return BaselineGate.run(check(), dir, baselineFile, null);
  }

  private static List<Boolean> marks(Report report) {
    return report.files().get(0).findings().stream().map(Finding::baseline).toList();
  }

  @Test
  void writingABaselineAcceptsEveryFindingOfTheRun() throws Exception {
    BaselineGate.Result written = writeBaseline();

    assertEquals(2, written.outcome().accepted());
    assertEquals(List.of(true, true), marks(written.report()));
    assertEquals(0, written.report().exitCode(FailLevel.ERROR));
    assertEquals(2, written.report().baselineCount());
    assertTrue(written.describe().startsWith("wrote 2 findings to the baseline"), written.describe());
  }

  @Test
  void theFileIsVersionedJsonWithPathsRelativeToItsFolder() throws Exception {
    writeBaseline();
    JsonNode json = new ObjectMapper().readTree(baselineFile.toFile());

    assertEquals("copydesk-baseline", json.get("format").asText());
    assertEquals(1, json.get("version").asInt());
    assertEquals(2, json.get("findings").size());
    JsonNode first = json.get("findings").get(0);
    assertEquals("content/story.md", first.get("path").asText());
    assertEquals("slip", first.get("rule").asText());
    assertEquals("toto", first.get("text").asText());
    assertEquals(1, first.get("line").asInt());
    assertEquals(16, first.get("context").asText().length());
    assertEquals(3, json.get("findings").get(1).get("line").asInt());
  }

  @Test
  void anUnchangedRunHasOnlyBaselineFindingsAndPasses() throws Exception {
    writeBaseline();
    BaselineGate.Result again = recheck();

    assertEquals(List.of(true, true), marks(again.report()));
    assertEquals(0, again.report().exitCode(FailLevel.ERROR));
    assertEquals(2, again.report().count(Severity.ERROR), "baseline findings are still reported");
  }

  @Test
  void editsElsewhereInTheFileKeepTheBaselineMatched() throws Exception {
    writeBaseline();
    Files.writeString(story, """
        # A headline added on top

        A new first paragraph, written later, pushes every line down.

        The minister said he wants toto
        continue the talks.

        Officials met in the capital on Tuesday. They wants toto finish by June.
        """);

    BaselineGate.Result edited = recheck();

    assertEquals(List.of(true, true), marks(edited.report()),
        "lines moved, a paragraph re-wrapped and another sentence of it edited: still the same findings");
    assertEquals(0, edited.outcome().unmatchedEntries());
    assertEquals(0, edited.report().exitCode(FailLevel.ERROR));
  }

  @Test
  void aNewFindingGatesWhileTheOldOnesDoNot() throws Exception {
    writeBaseline();
    Files.writeString(story, STORY + "\nA late addition says toto again. And TKTK.\n");

    BaselineGate.Result edited = recheck();

    assertEquals(List.of(true, true, false, false), marks(edited.report()));
    assertEquals(1, edited.report().exitCode(FailLevel.ERROR));
    assertEquals(0, edited.report().exitCode(FailLevel.NONE));
  }

  @Test
  void aFindingWhoseOwnSentenceWasEditedStillMatchesItsEntry() throws Exception {
    writeBaseline();
    Files.writeString(story, STORY.replace("The minister said he wants toto", "The foreign minister said on Friday he wants toto"));

    BaselineGate.Result edited = recheck();

    assertEquals(List.of(true, true), marks(edited.report()));
  }

  @Test
  void aSecondCopyOfAnAcceptedMistakeIsNew() throws Exception {
    writeBaseline();
    Files.writeString(story, STORY + "\nThe minister said he wants toto continue the talks.\n");

    BaselineGate.Result edited = recheck();

    assertEquals(1, marks(edited.report()).stream().filter(b -> !b).count());
    assertEquals(1, edited.report().exitCode(FailLevel.ERROR));
  }

  @Test
  void fixedFindingsLeaveEntriesThatMatchNothing() throws Exception {
    writeBaseline();
    Files.writeString(story, STORY.replace("wants toto continue", "wants to continue"));

    BaselineGate.Result edited = recheck();

    assertEquals(List.of(true), marks(edited.report()));
    assertEquals(1, edited.outcome().unmatchedEntries());
    assertTrue(edited.describe().contains("1 entry for these files no longer match"), edited.describe());
  }

  @Test
  void aMovedArticleIsNewFindings() throws Exception {
    writeBaseline();
    Files.move(story, dir.resolve("content/renamed.md"));

    assertEquals(List.of(false, false), marks(recheck().report()));
  }

  @Test
  void withoutABaselineTheReportIsUnchanged() throws Exception {
    Report report = check();
    BaselineGate.Result none = BaselineGate.run(report, dir, null, null);

    assertEquals(report, none.report());
    assertNull(none.describe());
  }

  @Test
  void aMissingBaselineIsAClearError() {
    ConfigException e = assertThrows(ConfigException.class, () -> BaselineFile.read(dir.resolve("missing.json")));

    assertTrue(e.getMessage().contains("no such baseline file; write one with copydesk check --write-baseline"), e.getMessage());
  }

  @Test
  void brokenBaselinesNameTheFileAndThePlace() throws Exception {
    Files.writeString(baselineFile, "{\n  \"format\": \"copydesk-baseline\",\n  \"version\": 1,\n  \"findings\": [\n    {\"path\": \"a.md\",,}\n  ]\n}\n");
    ConfigException json = assertThrows(ConfigException.class, () -> BaselineFile.read(baselineFile));
    assertEquals(5, json.line());
    assertTrue(json.getMessage().startsWith(baselineFile + ":5: not a valid JSON baseline"), json.getMessage());

    Files.writeString(baselineFile, "{\"format\": \"copydesk-baseline\", \"version\": 2, \"findings\": []}");
    assertEquals("version", assertThrows(ConfigException.class, () -> BaselineFile.read(baselineFile)).key());

    Files.writeString(baselineFile, "{\"format\": \"copydesk-baseline\", \"version\": 1, \"findings\": [{\"path\": \"a.md\", \"rule\": \"slip\", \"text\": \"toto\"}]}");
    assertEquals("findings[0].context", assertThrows(ConfigException.class, () -> BaselineFile.read(baselineFile)).key());

    Files.writeString(baselineFile, "{\"tool\": \"eslint\"}");
    assertEquals("format", assertThrows(ConfigException.class, () -> BaselineFile.read(baselineFile)).key());
  }
}
