package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What each profile sets is shown by {@code copydesk rules} and in the README's table, both from the one Profile enum. */
class ProfilesListedTest {

  @Test
  void theRulesCommandShowsWhatEachProfileSets() {
    CommandRun run = CommandRun.of("rules");

    assertEquals(0, run.exitCode());
    String header = run.out().lines().findFirst().orElseThrow();
    assertTrue(header.matches("id\\s+category\\s+severity\\s+blog\\s+docs\\s+fix\\s+summary"), header);
    String quotes = run.out().lines().filter(l -> l.startsWith("unattributed-quote ")).findFirst().orElseThrow();
    assertEquals(java.util.List.of("unattributed-quote", "quotes", "error", "info", "off"),
        Arrays.asList(quotes.split("\\s+")).subList(0, 5));
    String spelling = run.out().lines().filter(l -> l.startsWith("spelling ")).findFirst().orElseThrow();
    assertEquals(java.util.List.of("spelling", "typos", "error", "-", "-"), Arrays.asList(spelling.split("\\s+")).subList(0, 5));
  }

  @Test
  void theReadmeTableListsEveryProfileDefault() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    for (Profile profile : Profile.values()) {
      for (Profile.ProfileDefault d : profile.defaults()) {
        String row = "| `" + profile.id() + "` | `" + d.rule() + "` | `" + d.describe() + "` | " + d.reason() + " |";
        assertTrue(readme.contains(row), "README lacks the row " + row);
      }
    }
  }
}
