package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheOptionTest {

  @Test
  void aSecondRunReportsTheRememberedFindingsAndAnEditedFileIsCheckedAgain(@TempDir Path dir) throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"), "The council approved the XYZZY for the new school.\n");
    Path cache = dir.resolve("cache");

    CommandRun first = CommandRun.of("check", "--cache", cache.toString(), "--format", "json", article.toString());
    CommandRun second = CommandRun.of("check", "--cache", cache.toString(), "--format", "json", article.toString());

    assertEquals(1, first.exitCode(), first.err());
    assertTrue(Files.list(cache).findAny().isPresent(), "the cache keeps an index");
    assertEquals(first.out(), second.out());
    assertEquals(1, second.exitCode(), "remembered findings still fail the run");

    Files.writeString(article, "The council approved the budget for the new school.\n");
    CommandRun edited = CommandRun.of("check", "--cache", cache.toString(), "--format", "json", article.toString());
    assertEquals(0, edited.exitCode(), edited.out());
    assertTrue(!edited.out().contains("XYZZY"), edited.out());
  }
}
