package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --write-baseline}, {@code --baseline} and {@code baseline:} on the command line, with sub-folder configurations. */
class BaselineOptionTest {
  private static final String OLD = "The council approved the XYZZY for the new school.\n";

  @Test
  void aBaselineWrittenTodayLetsOnlyNewFindingsFail(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("a.txt"), OLD);
    Path baseline = dir.resolve("copydesk-baseline.json");

    CommandRun write = CommandRun.of("check", "--write-baseline", baseline.toString(), article.toString());
    assertEquals(0, write.exitCode(), write.err());
    assertTrue(write.err().contains("wrote 1 finding to the baseline"), write.err());
    assertTrue(write.out().contains("[baseline]"), write.out());

    CommandRun again = CommandRun.of("check", "--baseline", baseline.toString(), "--format", "json", article.toString());
    assertEquals(0, again.exitCode(), again.out());
    JsonNode json = new ObjectMapper().readTree(again.out());
    assertTrue(json.at("/files/0/findings/0/baseline").asBoolean());
    assertEquals(1, json.at("/summary/baseline").asInt());

    Files.writeString(article, "A new paragraph on top with another XYZZY.\n\n" + OLD);
    CommandRun edited = CommandRun.of("check", "--baseline", baseline.toString(), article.toString());
    assertEquals(1, edited.exitCode(), edited.out());
    assertTrue(edited.out().contains("(1 in the baseline, not failing)"), edited.out());
  }

  @Test
  void theConfigurationNamesTheBaselineRelativeToItself(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(Files.createDirectories(dir.resolve("content")).resolve("a.txt"), OLD);
    Path config = Files.writeString(dir.resolve("copydesk.yml"), "baseline: copydesk-baseline.json\n");
    assertEquals(2, CommandRun.of("check", "--config", config.toString(), article.toString()).exitCode(), "no baseline written yet");

    CommandRun write = CommandRun.of("check", "--config", config.toString(), "--write-baseline",
        dir.resolve("copydesk-baseline.json").toString(), article.toString());
    CommandRun again = CommandRun.of("check", "--config", config.toString(), article.toString());

    assertEquals(0, write.exitCode(), write.err());
    assertEquals(0, again.exitCode(), again.out() + again.err());
    assertTrue(again.err().contains("1 finding accepted"), again.err());
  }

  @Test
  void aMissingBaselineIsAnInputError(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), OLD);
    CommandRun run = CommandRun.of("check", "--baseline", dir.resolve("none.json").toString(), article.toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("none.json: no such baseline file"), run.err());
  }

  @Test
  void subFolderConfigurationsApplyBelowTheConfigFilesFolder(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("copydesk.yml"), "locale: en-US\n");
    Files.writeString(Files.createDirectories(dir.resolve("content/news")).resolve("a.txt"), OLD);
    Files.writeString(Files.createDirectories(dir.resolve("content/blog")).resolve("b.txt"), OLD);
    Files.writeString(dir.resolve("content/blog/copydesk.yml"), "rules:\n  test-marker: off\n");

    CommandRun run = CommandRun.of("check", "--config", config.toString(), "--format", "json", dir.resolve("content").toString());

    assertEquals(1, run.exitCode(), run.err());
    JsonNode files = new ObjectMapper().readTree(run.out()).get("files");
    assertTrue(files.get(0).get("path").asText().endsWith("b.txt"));
    assertEquals(0, files.get(0).get("findings").size(), "the blog's copydesk.yml turns the rule off there");
    assertEquals(1, files.get(1).get("findings").size());
  }

  @Test
  void aBrokenSubFolderConfigurationIsReportedAndTheOtherFilesAreChecked(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve("copydesk.yml"), "locale: en-US\n");
    Files.writeString(Files.createDirectories(dir.resolve("content/news")).resolve("a.txt"), OLD);
    Files.writeString(Files.createDirectories(dir.resolve("content/blog")).resolve("b.txt"), OLD);
    Files.writeString(dir.resolve("content/blog/copydesk.yml"), "dictionary: [Rust]\nrules:\n  test-markr: off\n");

    CommandRun run = CommandRun.of("check", "--config", config.toString(), dir.resolve("content").toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.out().contains("copydesk.yml:3: rules.test-markr: no such rule (did you mean test-marker?)"), run.out());
    assertTrue(run.out().contains("a.txt:1:26: error test-marker"), run.out());
    assertFalse(run.out().contains("b.txt:1:"), run.out());
  }
}
