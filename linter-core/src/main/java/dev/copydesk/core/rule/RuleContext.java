package dev.copydesk.core.rule;

import dev.copydesk.core.config.Configuration;

/**
 * The one door through which a rule reports. The engine's implementation turns issues into
 * findings with source positions, drops those an inline suppression or a foreign-language passage
 * covers, and applies the configured severity.
 */
public interface RuleContext {

  /** Reports one issue. */
  void report(Issue issue);

  /** The configuration the article is checked under (house dictionary, names, terms…). */
  Configuration configuration();
}
