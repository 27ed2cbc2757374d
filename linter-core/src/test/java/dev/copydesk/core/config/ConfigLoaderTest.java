package dev.copydesk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path FILE = Path.of("copydesk.yml");

  private static final String DESIGN_EXAMPLE = """
      locale: en-US
      failOn: error
      dateOrder: MDY            # numeric dates
      dictionary: [AsiaNews]
      names: [Mustafa al-Kadhimi]
      terms:
        - [U.S., US]
      rules:
        grammar: off
        term-variant: {severity: error}
      ignore:
        paths: ["drafts/**"]
        lines: ["^Send to a friend$"]
      """;

  @Test
  void readsEverySettingOfTheDesignExample() throws ConfigException {
    Configuration config = ConfigLoader.parse(DESIGN_EXAMPLE, FILE);

    assertEquals("en-US", config.locale());
    assertEquals(FailLevel.ERROR, config.failOn());
    assertEquals(DateOrder.MDY, config.dateOrder());
    assertEquals(List.of("AsiaNews"), config.dictionary());
    assertEquals(List.of("Mustafa al-Kadhimi"), config.names());
    assertEquals(List.of(List.of("U.S.", "US")), config.terms());
    assertFalse(config.rule("grammar").enabled());
    assertEquals(new RuleSetting(true, Severity.ERROR), config.rule("term-variant"));
    assertEquals(RuleSetting.DEFAULT, config.rule("spelling"));
    assertEquals(List.of("drafts/**"), config.ignorePaths());
    assertTrue(config.ignoreLines().get(0).matcher("Send to a friend").matches());
    assertEquals(9, config.ruleLines().get("grammar"));
  }

  @Test
  void anEmptyFileIsTheDefaults() throws ConfigException {
    Configuration config = ConfigLoader.parse("# nothing set\n", FILE);

    assertEquals(Configuration.defaults().fingerprint(), config.fingerprint());
    assertEquals(FILE, config.file());
    assertNull(config.dateOrder());
  }

  @Test
  void aBadRuleValueNamesFileLineAndKey() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ConfigLoader.parse("locale: en-US\nrules:\n  grammar: maybe\n", FILE));

    assertEquals("copydesk.yml:3: rules.grammar: expected on, off, error, warning, info or {severity: …}, got 'maybe'",
        e.getMessage());
    assertEquals(3, e.line());
    assertEquals("rules.grammar", e.key());
  }

  @Test
  void anUnknownKeyIsAnErrorWithAHint() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("dictonary: [AsiaNews]\n", FILE));

    assertTrue(e.getMessage().startsWith("copydesk.yml:1: dictonary: unknown setting (did you mean dictionary?)"), e.getMessage());
  }

  @Test
  void wrongTypesBadRegexesAndUnknownValuesAreErrors() {
    assertError("names: Mustafa al-Kadhimi\n", 1, "names", "expected a list of names, got 'Mustafa al-Kadhimi'");
    assertError("ignore:\n  lines: ['(unclosed']\n", 2, "ignore.lines[0]", "not a valid regular expression '(unclosed'");
    assertError("failOn: sometimes\n", 1, "failOn", "expected error, warning, info or none, got 'sometimes'");
    assertError("dateOrder: YMD\n", 1, "dateOrder", "expected MDY, DMY or ISO, got 'YMD'");
    assertError("terms:\n  - [US]\n", 2, "terms[0]", "a term group needs the preferred form and at least one variant");
    assertError("rules:\n  grammar: {severity: loud}\n", 2, "rules.grammar.severity", "expected error, warning or info, got 'loud'");
    assertError("rules:\n  grammar: {colour: red}\n", 2, "rules.grammar.colour", "unknown setting");
    assertError("ignore: [drafts]\n", 1, "ignore", "expected a mapping of paths, lines, got a list");
    assertError("locale: en-US\nlocale: en-GB\n", 2, "locale", "set twice (first on line 1)");
  }

  @Test
  void aLocaleLanguageToolDoesNotKnowIsAnError() {
    assertError("locale: xx-YY\n", 1, "locale", "LanguageTool has no language 'xx-YY' here (known: ");
  }

  @Test
  void aLocaleLanguageToolKnowsIsAccepted() throws ConfigException {
    assertEquals("en-GB", ConfigLoader.parse("locale: en-gb\n", FILE).locale());
  }

  @Test
  void brokenYamlIsAnErrorWithItsLine() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("names: [a, b\nrules: {}\n", FILE));

    assertTrue(e.getMessage().startsWith("copydesk.yml:"), e.getMessage());
    assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    assertTrue(e.line() > 0);
  }

  @Test
  void unknownRuleIdsAreReportedOnTheirLineWithTheNearestRule() throws ConfigException {
    Configuration config = ConfigLoader.parse("locale: en-US\nrules:\n  grammar: on\n  speling: off\n", FILE);

    config.checkRuleIds(Set.of("grammar", "speling"));
    ConfigException e = assertThrows(ConfigException.class, () -> config.checkRuleIds(Set.of("grammar", "spelling")));
    assertEquals("copydesk.yml:4: rules.speling: no such rule (did you mean spelling?); 'copydesk rules' lists them",
        e.getMessage());
  }

  @Test
  void everyMistakeOfTheFileIsReportedInOneRunEachWithFileLineAndKey() {
    String yaml = """
        locale: en-XX
        failOn: sometimes
        dictonary: [AsiaNews]
        names: [Kadhimi, [nested], "  "]
        terms:
          - [U.S.]
          - [ISIS, Isis]
        rules:
          grammar: maybe
          speling: off
          term-variant: {severity: loud, enabeld: false}
        ignore:
          paths: ["drafts/[a"]
          lines: ["(unclosed", "^ok$"]
        """;

    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, FILE, Set.of("grammar", "spelling", "term-variant")));

    List<String> problems = e.problems().stream().map(p -> p.line() + " " + p.key()).toList();
    assertEquals(List.of("1 locale", "2 failOn", "3 dictonary", "4 names[1]", "4 names[2]", "6 terms[0]",
        "9 rules.grammar", "10 rules.speling", "11 rules.term-variant.enabeld", "11 rules.term-variant.severity",
        "13 ignore.paths[0]", "14 ignore.lines[0]"), problems);
    assertTrue(e.problems().stream().allMatch(p -> p.file().equals(FILE)));
    assertEquals(12, e.getMessage().lines().count(), e.getMessage());
    assertTrue(e.getMessage().lines().allMatch(line -> line.startsWith("copydesk.yml:")), e.getMessage());
    assertTrue(e.getMessage().contains("copydesk.yml:3: dictonary: unknown setting (did you mean dictionary?)"), e.getMessage());
    assertTrue(e.getMessage().contains("copydesk.yml:10: rules.speling: no such rule (did you mean spelling?)"), e.getMessage());
    assertTrue(e.getMessage().contains("copydesk.yml:13: ignore.paths[0]: not a valid path glob 'drafts/[a': Missing"), e.getMessage());
  }

  @Test
  void aSingleMistakeIsItsOwnOnlyProblem() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("failOn: never\n", FILE));

    assertEquals(List.of(e), e.problems());
    assertEquals("copydesk.yml:1: failOn: expected error, warning, info or none, got 'never'", e.getMessage());
  }

  @Test
  void theFingerprintFollowsWhatChangesFindingsOnly() throws ConfigException {
    Configuration config = ConfigLoader.parse(DESIGN_EXAMPLE, FILE);

    assertEquals(config.fingerprint(), ConfigLoader.parse(DESIGN_EXAMPLE, Path.of("elsewhere.yml")).fingerprint());
    assertEquals(config.fingerprint(), config.withFailOn(FailLevel.NONE).fingerprint());
    assertNotEquals(config.fingerprint(), ConfigLoader.parse(DESIGN_EXAMPLE.replace("grammar: off", "grammar: on"), FILE).fingerprint());
    assertNotEquals(config.fingerprint(), ConfigLoader.parse(DESIGN_EXAMPLE.replace("[AsiaNews]", "[AsiaNews, Fides]"), FILE).fingerprint());
    assertEquals(64, config.fingerprint().length());
  }

  @Test
  void discoverFallsBackToTheDefaultsAndLoadNamesAMissingFile(@TempDir Path dir) throws Exception {
    assertNull(ConfigLoader.discover(dir).file());
    Files.writeString(dir.resolve("copydesk.yml"), "failOn: warning\n");
    assertEquals(FailLevel.WARNING, ConfigLoader.discover(dir).failOn());

    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("missing.yml")));
    assertTrue(e.getMessage().endsWith("missing.yml: no such configuration file"), e.getMessage());
  }

  private static void assertError(String yaml, int line, String key, String problemStart) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, FILE));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(key, e.key(), e.getMessage());
    String expected = "copydesk.yml:" + line + ": " + key + ": " + problemStart;
    assertTrue(e.getMessage().startsWith(expected), "expected '" + expected + "…' but was '" + e.getMessage() + "'");
  }
}
