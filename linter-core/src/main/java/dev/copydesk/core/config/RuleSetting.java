package dev.copydesk.core.config;

import dev.copydesk.core.model.Severity;

/**
 * How the configuration sets one rule: on or off, and its severity when it overrides the default.
 *
 * @param enabled whether the rule runs
 * @param severity the severity override, or null for the rule's own
 */
public record RuleSetting(boolean enabled, Severity severity) {

  /** The setting of a rule the configuration does not mention. */
  public static final RuleSetting DEFAULT = new RuleSetting(true, null);
}
