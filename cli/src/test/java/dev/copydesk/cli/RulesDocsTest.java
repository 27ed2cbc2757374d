package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md, which the language server's diagnostics link to ({@code #rule-id}), has a section
 * per rule, and says whether its fix is safe as the rule declares; {@code copydesk rules} shows the same.
 */
class RulesDocsTest {
  @Test
  void everyRuleHasItsSectionAndItsSafeFixIsDocumented() throws Exception {
    Path docs = Path.of(System.getProperty("copydesk.readme")).resolveSibling("docs").resolve("rules.md");
    List<String> lines = Files.readAllLines(docs);
    for (Rule rule : Copydesk.discoverRules(getClass().getClassLoader())) {
      if (!rule.getClass().getName().startsWith("dev.copydesk.rules.")) {
        continue;
      }
      RuleInfo info = rule.info();
      int heading = lines.indexOf("## " + info.id());
      assertTrue(heading >= 0, "docs/rules.md has no '## " + info.id() + "'");
      String section = String.join("\n", lines.subList(heading, Math.min(lines.size(), heading + 3)));
      assertEquals(info.safeFix() == null, section.contains("safe fix: none"), info.id() + ": " + section);
    }
  }

  @Test
  void rulesCommandShowsWhichFixesAreSafe() {
    CommandRun run = CommandRun.of("rules");
    assertTrue(run.out().contains("  merged-word: always: the single word"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("name-variant ") && l.contains(" -    ")), run.out());
  }
}
