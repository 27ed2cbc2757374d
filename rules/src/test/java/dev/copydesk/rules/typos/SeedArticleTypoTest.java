package dev.copydesk.rules.typos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The three typo rules together on the seed article, as an editor runs them: "toto" is one
 * merged-word error with the fix "to" (spelling is superseded), no name the article establishes
 * is a spelling finding, and the Italian footer line is not checked as English.
 */
class SeedArticleTypoTest {

  @Test
  void theSeedArticle() throws IOException {
    Path seed = Path.of(System.getProperty("copydesk.seed"));
    List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
    int footerLine = 1 + lines.indexOf(lines.stream().filter(l -> l.contains("ecco il nostro comune compito")).findFirst().orElseThrow());
    FileResult result;
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(),
        List.of(new SpellingRule(), new MergedWordRule(), new GrammarRule()), 1)) {
      result = copydesk.check(seed, "seed.txt");
    }
    assertEquals(null, result.error());
    assertEquals(List.of(), result.processingErrors());
    List<Finding> toto = result.findings().stream().filter(f -> f.text().equals("toto")).toList();
    assertEquals(1, toto.size(), () -> "findings on 'toto': " + toto);
    assertEquals("merged-word", toto.get(0).rule());
    assertEquals("to", toto.get(0).suggestions().get(0));

    Set<String> names = Set.of("Kadhimi", "al-Kadhimi", "Qasem", "Soleimani", "Ruak", "Guterres", "AsiaNews");
    for (Finding f : result.findings()) {
      assertTrue(!names.contains(f.text()), () -> "a name is flagged: " + f);
      assertTrue(f.span().line() != footerLine, () -> "the Italian footer is flagged: " + f);
      assertTrue(f.severity() == Severity.INFO || f.text().equals("toto"), () -> "unexpected finding: " + f);
    }
  }
}
