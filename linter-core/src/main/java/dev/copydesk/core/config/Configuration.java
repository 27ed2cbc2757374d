package dev.copydesk.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code copydesk.yml}, parsed and checked; see {@link ConfigLoader}. Immutable.
 *
 * @param file the file it was read from, or null for the defaults
 * @param locale the article language and variant ({@code en-US})
 * @param failOn the severity at or above which a run fails
 * @param dateOrder the order of numeric dates, or null to infer it from each article
 * @param dictionary house words the speller accepts
 * @param names known names (the house style sheet)
 * @param terms term variants, each group's preferred form first
 * @param rules per-rule settings by rule id
 * @param ignorePaths globs of paths not checked
 * @param ignoreLines boilerplate lines that are not article prose
 */
public record Configuration(
    Path file,
    String locale,
    FailLevel failOn,
    DateOrder dateOrder,
    List<String> dictionary,
    List<String> names,
    List<List<String>> terms,
    Map<String, RuleSetting> rules,
    List<String> ignorePaths,
    List<Pattern> ignoreLines) {

  public Configuration {
    dictionary = List.copyOf(dictionary);
    names = List.copyOf(names);
    terms = terms.stream().map(List::copyOf).toList();
    rules = Map.copyOf(rules);
    ignorePaths = List.copyOf(ignorePaths);
    ignoreLines = List.copyOf(ignoreLines);
  }

  /** The configuration when there is no {@code copydesk.yml}. */
  public static Configuration defaults() {
    return new Configuration(
        null, "en-US", FailLevel.ERROR, null, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
  }

  /** How this configuration sets rule {@code id}. */
  public RuleSetting rule(String id) {
    return rules.getOrDefault(id, RuleSetting.DEFAULT);
  }

  /** This configuration failing at another level (the command line's {@code --fail-on}). */
  public Configuration withFailOn(FailLevel level) {
    return new Configuration(file, locale, level, dateOrder, dictionary, names, terms, rules, ignorePaths, ignoreLines);
  }
}
