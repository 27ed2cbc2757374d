package dev.copydesk.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.copydesk.core.model.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private static final Path FILE = Path.of("copydesk.yml");

  @Test
  void newsIsTheDefaultAndChangesNoRule() throws ConfigException {
    Configuration config = ConfigLoader.parse("locale: en-US\n", FILE);

    assertEquals(Profile.NEWS, config.profile());
    assertEquals(RuleSetting.DEFAULT, config.rule("unattributed-quote"));
    assertEquals(RuleSetting.DEFAULT, config.rule("relative-date"));
    assertEquals(0, Profile.NEWS.defaults().size());
  }

  @Test
  void aBlogReportsUnattributedQuotesAsInfoOnly() throws ConfigException {
    Configuration config = ConfigLoader.parse("profile: blog\n", FILE);

    assertEquals(new RuleSetting(true, Severity.INFO), config.rule("unattributed-quote"));
    assertEquals(RuleSetting.DEFAULT, config.rule("relative-date"), "blog posts are dated: their timing is checked");
    assertFalse(FailLevel.ERROR.fails(config.rule("unattributed-quote").severity()));
  }

  @Test
  void docsTurnOffAttributionAndNewsTiming() throws ConfigException {
    Configuration config = ConfigLoader.parse("profile: Docs\n", FILE);

    assertFalse(config.rule("unattributed-quote").enabled());
    assertFalse(config.rule("relative-date").enabled());
    assertEquals(RuleSetting.DEFAULT, config.rule("weekday-mismatch"), "a wrong weekday is wrong in any copy");
    assertEquals(RuleSetting.DEFAULT, config.rule("unbalanced-quote"));
  }

  @Test
  void aRuleSetUnderRulesWinsOverTheProfile() throws ConfigException {
    Configuration config = ConfigLoader.parse("profile: docs\nrules:\n  unattributed-quote: warning\n", FILE);

    assertEquals(new RuleSetting(true, Severity.WARNING), config.rule("unattributed-quote"));
  }

  @Test
  void theProfileIsPartOfTheFingerprint() throws ConfigException {
    assertNotEquals(ConfigLoader.parse("profile: blog\n", FILE).fingerprint(), ConfigLoader.parse("profile: docs\n", FILE).fingerprint());
    assertEquals(Configuration.defaults().fingerprint(), ConfigLoader.parse("profile: news\n", FILE).fingerprint());
  }

  @Test
  void anUnknownProfileNamesFileLineAndKey() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("locale: en-US\nprofile: magazine\n", FILE));

    assertEquals("copydesk.yml:2: profile: expected news, blog or docs, got 'magazine'", e.getMessage());
  }

  @Test
  void describesEachDefaultAsWrittenInTheFile() {
    assertEquals("info", Profile.BLOG.find("unattributed-quote").orElseThrow().describe());
    assertEquals("off", Profile.DOCS.find("relative-date").orElseThrow().describe());
  }
}
