package dev.copydesk.server;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which findings a {@code /v2/check} request wants, from LanguageTool's parameters: rules and
 * categories enabled or disabled by id (Copydesk's ids, {@code merged-word}, {@code typos}; matched
 * ignoring case), {@code enabledOnly}, and {@code level}: {@code default} answers errors and
 * warnings, {@code picky} infos too. Ids no rule has are ignored, as LanguageTool ignores them
 * (clients send LanguageTool's own rule ids).
 */
record RuleFilter(
    Set<String> enabledRules,
    Set<String> disabledRules,
    Set<String> enabledCategories,
    Set<String> disabledCategories,
    boolean enabledOnly,
    boolean picky) {

  /**
   * The filter of a request's parameters (each may be null).
   *
   * @throws ApiException 400 for a bad {@code enabledOnly} or {@code level}, or enabledOnly with
   *     nothing enabled
   */
  static RuleFilter of(String enabledRules, String disabledRules, String enabledCategories,
      String disabledCategories, String enabledOnly, String level) {
    boolean only = flag(enabledOnly, "enabledOnly");
    RuleFilter filter = new RuleFilter(ids(enabledRules), ids(disabledRules), ids(enabledCategories),
        ids(disabledCategories), only, picky(level));
    if (only && filter.enabledRules.isEmpty() && filter.enabledCategories.isEmpty()) {
      throw ApiException.badRequest("enabledOnly=true needs enabledRules or enabledCategories");
    }
    return filter;
  }

  /** Whether the request wants {@code finding}. */
  boolean keeps(Finding finding) {
    String rule = finding.rule().toLowerCase(Locale.ROOT);
    String category = finding.category().toLowerCase(Locale.ROOT);
    if (finding.severity() == Severity.INFO && !picky) {
      return false;
    }
    if (enabledOnly) {
      return enabledRules.contains(rule) || enabledCategories.contains(category);
    }
    if (disabledRules.contains(rule)) {
      return false;
    }
    return !disabledCategories.contains(category) || enabledRules.contains(rule);
  }

  private static Set<String> ids(String list) {
    if (list == null || list.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  private static boolean flag(String value, String name) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiException.badRequest("'" + name + "' must be true or false, got '" + value + "'");
  }

  private static boolean picky(String level) {
    if (level == null || level.isBlank() || level.equalsIgnoreCase("default")) {
      return false;
    }
    if (level.equalsIgnoreCase("picky")) {
      return true;
    }
    throw ApiException.badRequest("'level' must be default or picky, got '" + level + "'");
  }
}
