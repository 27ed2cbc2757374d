package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk fix} on the seed article: "toto" to "to" and "US" to "U.S." in the body, and nothing else. */
class FixCommandTest {
  @TempDir
  Path dir;
  private byte[] seed;
  private Path article;

  @BeforeEach
  void copySeed() throws Exception {
    Path seedFile = Path.of(System.getProperty("copydesk.seed"));
    seed = Files.readAllBytes(seedFile);
    article = dir.resolve(seedFile.getFileName().toString());
    Files.write(article, seed);
  }

  private String fixedSeed() {
    String text = new String(seed, StandardCharsets.UTF_8);
    String line = "Biden declared that the US intends\u00a0\"toto continue";
    assertTrue(text.contains(line));
    return text.replace(line, "Biden declared that the U.S. intends\u00a0\"to continue");
  }

  @Test
  void dryRunPrintsTheDiffOfTotoAndUsAndChangesNothing() throws Exception {
    CommandRun run = CommandRun.of("fix", "--dry-run", article.toString());
    assertEquals(1, run.exitCode(), "as check: the name variant 'Kachin', an error, is left: " + run.err());
    assertArrayEquals(seed, Files.readAllBytes(article));
    List<String> removed = run.out().lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).toList();
    List<String> added = run.out().lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList();
    assertEquals(1, removed.size(), run.out());
    assertEquals(1, added.size(), run.out());
    String before = removed.get(0).substring(1);
    String after = added.get(0).substring(1);
    assertTrue(before.startsWith("To date, there are about 2,500 U.S. troops"), before);
    assertEquals(before.replace("the US intends", "the U.S. intends").replace("\"toto continue", "\"to continue"), after);
    assertTrue(run.out().startsWith("--- a/" + article + "\n+++ b/" + article + "\n@@ -12,7 +12,7 @@\n"), run.out());
    assertTrue(run.err().contains("2 fixes to apply in 1 file"), run.err());
  }

  @Test
  void fixWritesExactlyThoseTwoFixesAndASecondRunFixesNothing() throws Exception {
    CommandRun first = CommandRun.of("fix", article.toString());
    assertEquals(1, first.exitCode(), first.err());
    assertEquals("", first.out());
    assertTrue(first.err().contains("2 fixes applied in 1 file"), first.err());
    assertEquals(fixedSeed(), Files.readString(article, StandardCharsets.UTF_8));
    byte[] fixed = Files.readAllBytes(article);
    CommandRun second = CommandRun.of("fix", article.toString());
    assertTrue(second.err().contains("0 fixes applied in 0 files"), second.err());
    assertArrayEquals(fixed, Files.readAllBytes(article));
  }

  @Test
  void ruleOptionChoosesWhichSafeFixesApply() throws Exception {
    CommandRun run = CommandRun.of("fix", "--rule", "merged-word", article.toString());
    assertTrue(run.err().contains("1 fix applied in 1 file"), run.err());
    assertEquals(new String(seed, StandardCharsets.UTF_8).replace("\"toto continue", "\"to continue"),
        Files.readString(article, StandardCharsets.UTF_8));
    CommandRun unsafe = CommandRun.of("fix", "--rule", "name-variant", article.toString());
    assertEquals(2, unsafe.exitCode());
    assertTrue(unsafe.err().contains("rule 'name-variant' has no safe fix"), unsafe.err());
    assertEquals(2, CommandRun.of("fix", "--rule", "no-such-rule", article.toString()).exitCode());
  }

  @Test
  void anUnreadableFileIsAnInputError() throws Exception {
    Path broken = dir.resolve("broken.txt");
    Files.write(broken, new byte[] {'a', (byte) 0xE9, 'b', '\n'});
    CommandRun run = CommandRun.of("fix", broken.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("not valid UTF-8"), run.err());
  }
}
