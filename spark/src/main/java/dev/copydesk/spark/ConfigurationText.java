package dev.copydesk.spark;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.rule.Rule;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@code copydesk.yml} as it travels to the executors: its YAML text (a few hundred bytes, where
 * a {@link Configuration} holds paths and compiled patterns) and where it came from, for messages.
 * The driver checks it once with {@link #validated}; each executor JVM parses it once, when it
 * makes its engine ({@link Engines}).
 *
 * @param yaml the file's text; empty for the defaults
 * @param origin where it was read from ({@code hdfs://…/copydesk.yml}), or null
 */
public record ConfigurationText(String yaml, String origin) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ConfigurationText {
    yaml = yaml == null ? "" : yaml;
  }

  /** The configuration when there is no {@code copydesk.yml}. */
  public static ConfigurationText defaults() {
    return new ConfigurationText("", null);
  }

  /**
   * {@code yaml}, read from {@code origin}, after checking it parses and names only rules on the
   * class path: mistakes surface on the driver, before any task runs, with the file's line and key.
   */
  public static ConfigurationText validated(String yaml, String origin) throws ConfigException {
    ConfigurationText text = new ConfigurationText(yaml, origin);
    List<Rule> rules = Copydesk.discoverRules(Thread.currentThread().getContextClassLoader());
    text.parse().checkRuleIds(rules.stream().map(r -> r.info().id()).toList());
    return text;
  }

  /** The configuration this text states. */
  public Configuration parse() throws ConfigException {
    return ConfigLoader.parse(yaml, origin == null ? null : Path.of(origin));
  }
}
