package dev.copydesk.server;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's engines: the one for the configured locale, made at start, and one per other English
 * variant a request asks for ({@code language=en-GB} against an en-US configuration), made on first
 * use with the same configuration in that locale and kept. Every engine checks on the calling
 * thread, so all of them share the server's workers.
 */
final class Engines implements AutoCloseable {
  private final Configuration configuration;
  private final Map<String, Copydesk> byLocale = new ConcurrentHashMap<>();
  private final List<RuleInfo> rules;

  Engines(Configuration configuration) {
    this.configuration = configuration;
    Copydesk main = Copydesk.create(configuration);
    byLocale.put(configuration.locale(), main);
    this.rules = main.rules().stream().map(Rule::info).toList();
  }

  /** The configuration every engine shares (but for the locale). */
  Configuration configuration() {
    return configuration;
  }

  /** The engine for the configured locale. */
  Copydesk main() {
    return byLocale.get(configuration.locale());
  }

  /** The engine for {@code locale} ({@code en-GB}), made on first use. */
  Copydesk forLocale(String locale) {
    return byLocale.computeIfAbsent(locale, l -> Copydesk.create(inLocale(configuration, l)));
  }

  /** Every rule the engines know, enabled or not. */
  List<RuleInfo> rules() {
    return rules;
  }

  private static Configuration inLocale(Configuration c, String locale) {
    return new Configuration(c.file(), locale, c.failOn(), c.dateOrder(), c.dictionary(), c.names(), c.terms(),
        c.rules(), c.ruleLines(), c.ignorePaths(), c.ignoreLines());
  }

  @Override
  public void close() {
    byLocale.values().forEach(Copydesk::close);
  }
}
