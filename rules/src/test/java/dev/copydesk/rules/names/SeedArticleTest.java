package dev.copydesk.rules.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.rules.terms.TermVariantRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 1 of issue 3: name-variant and term-variant on the seed article. */
class SeedArticleTest {
  private static List<Finding> findings;

  @BeforeAll
  static void checkSeed() {
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(), List.of(new NameVariantRule(), new TermVariantRule()), 1)) {
      FileResult result = copydesk.check(Path.of(System.getProperty("copydesk.seed")), "seed.txt");
      assertEquals(List.of(), result.processingErrors());
      findings = result.findings();
    }
    findings.forEach(f -> System.out.println(f.span().line() + ":" + f.span().column() + " " + f.rule() + " '" + f.text()
        + "' " + f.message() + " " + f.suggestions() + " | " + f.evidence()));
  }

  @Test
  void kachinIsTheNameVariantOfKadhimi() {
    List<Finding> names = of("name-variant");
    assertEquals(1, names.size(), names::toString);
    Finding kachin = names.get(0);
    assertEquals("Kachin", kachin.text());
    assertEquals(23, kachin.span().line());
    assertEquals(List.of("Kadhimi"), kachin.suggestions());
    assertTrue(kachin.evidence().contains("Mustafa al-Kadhimi"), kachin.evidence());
  }

  @Test
  void noOtherNameIsFlagged() {
    Set<String> legitimate = Set.of("Kadhimi", "al-Kadhimi", "Biden", "Bush", "Soleimani");
    assertTrue(of("name-variant").stream().noneMatch(f -> legitimate.contains(f.text())));
  }

  @Test
  void theUndottedUsInBodyTextIsATermVariant() {
    List<Finding> us = of("term-variant").stream().filter(f -> f.text().equals("US")).toList();
    assertEquals(1, us.size(), "the title and standfirst follow headline style: " + us);
    assertEquals(15, us.get(0).span().line());
    assertEquals(List.of("U.S."), us.get(0).suggestions());
  }

  @Test
  void theMinorityFormOfIsisIsATermVariant() {
    List<Finding> isis = of("term-variant").stream().filter(f -> f.text().equalsIgnoreCase("isis")).toList();
    assertEquals(1, isis.size(), isis::toString);
    assertEquals("ISIS", isis.get(0).text());
    assertEquals(List.of("Isis"), isis.get(0).suggestions());
  }

  @Test
  void nothingElseIsATermVariant() {
    assertEquals(2, of("term-variant").size(), () -> of("term-variant").toString());
  }

  private static List<Finding> of(String rule) {
    return findings.stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
