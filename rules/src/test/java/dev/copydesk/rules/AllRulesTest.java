package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleInfo;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered rule is documented and tested (after Checkstyle's AllChecksTest): it has an
 * id, a known category, a summary, an example on which it fires and a fixed example on which it
 * does not, and a test class of its own. New rules cannot skip documentation.
 */
class AllRulesTest {
  private static final Set<String> DESIGN_RULE_IDS = Set.of(
      "spelling", "merged-word", "grammar", "name-variant", "term-variant", "unattributed-quote",
      "unbalanced-quote", "weekday-mismatch", "relative-date", "date-format", "impossible-date");
  private static final Set<String> CATEGORIES = Set.of(Category.TYPOS, Category.NAMES, Category.TERMS, Category.QUOTES, Category.DATES);

  private static final List<Rule> RULES = Copydesk.discoverRules(AllRulesTest.class.getClassLoader());

  @Test
  void everyRuleDesignNamesIsRegisteredOnceAndNothingElse() {
    List<String> ids = RULES.stream().map(r -> r.info().id()).toList();
    assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate rule ids: " + ids);
    assertEquals(new TreeSet<>(DESIGN_RULE_IDS), new TreeSet<>(ids));
  }

  @TestFactory
  Stream<DynamicTest> everyRuleIsDocumentedAndItsExamplesBehave() {
    return RULES.stream().map(rule -> DynamicTest.dynamicTest(rule.info().id(), () -> {
      RuleInfo info = rule.info();
      assertTrue(CATEGORIES.contains(info.category()), "category " + info.category());
      assertFalse(info.summary().isBlank(), "summary");
      assertFalse(info.exampleWrong().isBlank(), "example");
      assertFalse(info.exampleFixed().isBlank(), "fixed example");
      assertTrue(findings(rule, info.exampleWrong()).stream().anyMatch(f -> f.findings().size() > 0),
          () -> info.id() + " does not fire on its own example: " + info.exampleWrong());
      assertEquals(List.of(), findings(rule, info.exampleFixed()).get(0).findings().stream()
          .map(f -> f.text() + ": " + f.message()).collect(Collectors.toList()),
          () -> info.id() + " fires on its fixed example: " + info.exampleFixed());
      String testClass = rule.getClass().getName() + "Test";
      assertDoesNotThrow(() -> Class.forName(testClass), "every rule has its own test class " + testClass);
    }));
  }

  private static List<FileResult> findings(Rule rule, String example) {
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(), List.of(rule), 1)) {
      FileResult result = copydesk.check("example.txt", example.getBytes(StandardCharsets.UTF_8));
      assertEquals(null, result.error());
      assertEquals(List.of(), result.processingErrors());
      return List.of(result);
    }
  }
}
