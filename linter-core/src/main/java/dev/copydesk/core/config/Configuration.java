package dev.copydesk.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * @param ruleLines the line of the file each rule id of {@code rules} was set on (for messages
 *     about ids no rule has); empty when the settings were not read from a file
 * @param ignorePaths globs of paths not checked
 * @param ignoreLines boilerplate lines that are not article prose
 * @param profile the kind of copy ({@link Profile}), which sets rule defaults
 * @param baseline the baseline file of accepted findings, or null for none
 * @param settingLines the line of the file each top-level setting it sets is on ({@code locale},
 *     {@code rules}…); empty when the configuration was not read from a file. A sub-folder's
 *     configuration overrides the one above it in exactly these settings.
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
    Map<String, Integer> ruleLines,
    List<String> ignorePaths,
    List<Pattern> ignoreLines,
    Profile profile,
    Path baseline,
    Map<String, Integer> settingLines) {

  public Configuration {
    profile = profile == null ? Profile.NEWS : profile;
    settingLines = Map.copyOf(settingLines);
    dictionary = List.copyOf(dictionary);
    names = List.copyOf(names);
    terms = terms.stream().map(List::copyOf).toList();
    rules = Map.copyOf(rules);
    ruleLines = Map.copyOf(ruleLines);
    ignorePaths = List.copyOf(ignorePaths);
    ignoreLines = List.copyOf(ignoreLines);
  }

  /** A news configuration with no baseline, as read from {@code file}. */
  public Configuration(
      Path file, String locale, FailLevel failOn, DateOrder dateOrder, List<String> dictionary,
      List<String> names, List<List<String>> terms, Map<String, RuleSetting> rules,
      Map<String, Integer> ruleLines, List<String> ignorePaths, List<Pattern> ignoreLines) {
    this(file, locale, failOn, dateOrder, dictionary, names, terms, rules, ruleLines, ignorePaths, ignoreLines,
        Profile.NEWS, null, Map.of());
  }

  /** A configuration made in code, with no file lines for its rule settings. */
  public Configuration(
      Path file, String locale, FailLevel failOn, DateOrder dateOrder, List<String> dictionary,
      List<String> names, List<List<String>> terms, Map<String, RuleSetting> rules,
      List<String> ignorePaths, List<Pattern> ignoreLines) {
    this(file, locale, failOn, dateOrder, dictionary, names, terms, rules, Map.of(), ignorePaths, ignoreLines);
  }

  /** The configuration when there is no {@code copydesk.yml}. */
  public static Configuration defaults() {
    return new Configuration(
        null, "en-US", FailLevel.ERROR, null, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
  }

  /**
   * How this configuration sets rule {@code id}: its entry under {@code rules:}, else the
   * profile's default, else the rule's own default.
   */
  public RuleSetting rule(String id) {
    RuleSetting set = rules.get(id);
    return set != null ? set : profile.setting(id);
  }

  /** This configuration failing at another level (the command line's {@code --fail-on}). */
  public Configuration withFailOn(FailLevel level) {
    return new Configuration(file, locale, level, dateOrder, dictionary, names, terms, rules, ruleLines, ignorePaths, ignoreLines,
        profile, baseline, settingLines);
  }

  /** This configuration with another baseline file (the command line's {@code --baseline}), or none. */
  public Configuration withBaseline(Path baselineFile) {
    return new Configuration(file, locale, failOn, dateOrder, dictionary, names, terms, rules, ruleLines, ignorePaths, ignoreLines,
        profile, baselineFile, settingLines);
  }

  /** This configuration with another profile. */
  public Configuration withProfile(Profile newProfile) {
    return new Configuration(file, locale, failOn, dateOrder, dictionary, names, terms, rules, ruleLines, ignorePaths, ignoreLines,
        newProfile, baseline, settingLines);
  }

  /** This configuration as read from {@code configFile}. */
  Configuration inFile(Path configFile) {
    return new Configuration(configFile, locale, failOn, dateOrder, dictionary, names, terms, rules, ruleLines, ignorePaths, ignoreLines,
        profile, baseline, settingLines);
  }

  /**
   * Checks that every rule id this configuration sets is one of {@code knownIds} (the rules of
   * the run); a typo would otherwise silently leave the rule on.
   *
   * @throws ConfigException for every unknown id, each with its line and the nearest known id
   */
  public void checkRuleIds(Collection<String> knownIds) throws ConfigException {
    ConfigProblems problems = new ConfigProblems();
    for (String id : new TreeMap<>(rules).keySet()) {
      if (!knownIds.contains(id)) {
        problems.add(new ConfigException(file, ruleLines.getOrDefault(id, 0), "rules." + id,
            "no such rule" + NearestName.hint(id, knownIds) + "; 'copydesk rules' lists them"));
      }
    }
    problems.throwIfAny();
  }

  /**
   * A stable hash (SHA-256, hex) of everything here that can change a file's findings: locale,
   * date order, dictionary, names, terms, profile, rule settings and ignored lines. Not the file's
   * path, the fail level, the baseline or the ignored paths, which change which files are checked
   * or how the run ends but not what a file's findings are. Result caches key on it.
   */
  public String fingerprint() {
    Map<String, Object> effective = new LinkedHashMap<>();
    effective.put("locale", locale);
    effective.put("dateOrder", dateOrder == null ? null : dateOrder.name());
    effective.put("dictionary", dictionary);
    effective.put("names", names);
    effective.put("terms", terms);
    effective.put("profile", profile.id());
    Map<String, String> ruleSettings = new TreeMap<>();
    rules.forEach((id, setting) -> ruleSettings.put(id, setting.enabled() + "," + setting.severity()));
    effective.put("rules", ruleSettings);
    effective.put("ignoreLines", ignoreLines.stream().map(p -> p.flags() + ":" + p.pattern()).toList());
    String canonical;
    try {
      canonical = new ObjectMapper().writeValueAsString(effective);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("texts and lists always serialize", e);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
