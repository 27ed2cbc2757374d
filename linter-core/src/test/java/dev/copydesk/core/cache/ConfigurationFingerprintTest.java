package dev.copydesk.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.rule.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationFingerprintTest {
  private static final List<Rule> RULES = List.of(new CountingWordRule());

  @Test
  void sameSetupSameFingerprint() throws ConfigException {
    Configuration a = ConfigLoader.parse("dictionary: [AsiaNews]\n", null);
    Configuration b = ConfigLoader.parse("dictionary: [AsiaNews]\nfailOn: warning\n", null);
    assertEquals(ConfigurationFingerprint.of(a, RULES), ConfigurationFingerprint.of(b, RULES),
        "the fail level changes how a run ends, not a file's findings");
    assertEquals(ConfigurationFingerprint.of(a, RULES), ConfigurationFingerprint.of(a.withFailOn(FailLevel.NONE), RULES));
  }

  @Test
  void settingsThatChangeFindingsChangeIt() throws ConfigException {
    Configuration base = ConfigLoader.parse("dictionary: [AsiaNews]\n", null);
    Configuration moreWords = ConfigLoader.parse("dictionary: [AsiaNews, Fides]\n", null);
    Configuration ruleOff = ConfigLoader.parse("dictionary: [AsiaNews]\nrules:\n  counting-word: off\n", null);
    String fingerprint = ConfigurationFingerprint.of(base, RULES);
    assertNotEquals(fingerprint, ConfigurationFingerprint.of(moreWords, RULES));
    assertNotEquals(fingerprint, ConfigurationFingerprint.of(ruleOff, RULES));
  }

  @Test
  void theRulesLoadedAreKeyedToo() {
    Configuration config = Configuration.defaults();
    assertNotEquals(ConfigurationFingerprint.of(config, RULES), ConfigurationFingerprint.of(config, List.of()));
    assertEquals(64, ConfigurationFingerprint.of(config, RULES).length());
  }
}
