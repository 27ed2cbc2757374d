package dev.copydesk.core.config;

import dev.copydesk.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of copy a configuration checks ({@code profile:} in {@code copydesk.yml}), and the rule
 * defaults that kind of copy needs. News is the default and changes nothing; a blog or a
 * documentation site is not held to a newsroom's attribution and dateline conventions. This enum
 * is the only place the defaults are set: rules never ask for the profile. A rule's setting under
 * {@code rules:} always wins over its profile default.
 */
public enum Profile {
  /** News copy: every rule at its own default. */
  NEWS(List.of()),
  /** A blog (a team's or a project's): quotations of terms, titles and people are not sourced like news. */
  BLOG(List.of(
      new ProfileDefault("unattributed-quote", new RuleSetting(true, Severity.INFO),
          "blog posts quote terms, labels and titles without a speaker; shown as info, never gating"))),
  /** Documentation: undated, evergreen pages that quote interface text and describe dates in examples. */
  DOCS(List.of(
      new ProfileDefault("unattributed-quote", new RuleSetting(false, null),
          "documentation quotes interface labels, strings and options, not speakers"),
      new ProfileDefault("relative-date", new RuleSetting(false, null),
          "pages are undated and evergreen: 'today', 'tomorrow' and datelines are not news timing")));

  private final List<ProfileDefault> defaults;

  Profile(List<ProfileDefault> defaults) {
    this.defaults = defaults;
  }

  /** The rule defaults this profile sets, in the order of the documentation table. */
  public List<ProfileDefault> defaults() {
    return defaults;
  }

  /** How this profile sets rule {@code ruleId} when {@code rules:} does not. */
  public RuleSetting setting(String ruleId) {
    return find(ruleId).map(ProfileDefault::setting).orElse(RuleSetting.DEFAULT);
  }

  /** This profile's default for {@code ruleId}, if it sets one. */
  public Optional<ProfileDefault> find(String ruleId) {
    return defaults.stream().filter(d -> d.rule().equals(ruleId)).findFirst();
  }

  /** The name used in {@code copydesk.yml} ({@code news}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code news}, {@code blog} or {@code docs}, ignoring case. */
  public static Profile parse(String value) {
    for (Profile p : values()) {
      if (p.id().equalsIgnoreCase(value.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("not a profile: '" + value + "' (news, blog or docs)");
  }

  /**
   * One rule default of a profile.
   *
   * @param rule the rule id
   * @param setting how the profile sets it
   * @param reason why this kind of copy needs it, for the documentation
   */
  public record ProfileDefault(String rule, RuleSetting setting, String reason) {

    /** The setting as written in {@code copydesk.yml}: {@code off}, {@code info}, … */
    public String describe() {
      return !setting.enabled() ? "off" : setting.severity() == null ? "on" : setting.severity().id();
    }
  }
}
