package dev.copydesk.core.cache;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.rule.Rule;
import java.util.List;
import java.util.TreeSet;

/**
 * A stable hash of everything besides an article's own bytes that decides its findings: the
 * effective configuration ({@link Configuration#fingerprint()}) and the rules loaded, each by id,
 * class, default severity and, when its jar says, implementation version. Adding, removing or
 * upgrading a rule jar, or changing a setting that changes findings, changes the fingerprint, so
 * a result cache keyed on it never serves findings the current setup would not give.
 */
public final class ConfigurationFingerprint {
  private ConfigurationFingerprint() {}

  /** The fingerprint (SHA-256, hex) of {@code configuration} checking with {@code rules}. */
  public static String of(Configuration configuration, List<Rule> rules) {
    TreeSet<String> ruleLines = new TreeSet<>();
    for (Rule rule : rules) {
      Class<?> type = rule.getClass();
      String implementation = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
      ruleLines.add(rule.info().id() + " " + type.getName() + " " + rule.info().defaultSeverity().id()
          + (implementation == null ? "" : " " + implementation));
    }
    return Sha256.hex("configuration " + configuration.fingerprint() + "\n" + String.join("\n", ruleLines));
  }
}
