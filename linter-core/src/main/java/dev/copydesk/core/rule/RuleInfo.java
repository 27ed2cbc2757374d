package dev.copydesk.core.rule;

import dev.copydesk.core.model.Severity;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything Copydesk says about a rule, in one place: it drives messages, configuration, the
 * {@code copydesk rules} listing and the report formats' rule descriptions.
 *
 * @param id the stable id users configure the rule by ({@code merged-word})
 * @param category the category ({@code typos})
 * @param defaultSeverity the severity unless configuration overrides it
 * @param summary one line: what the rule catches
 * @param exampleWrong a short article passage on which the rule fires
 * @param exampleFixed the same passage corrected, on which it does not
 * @param supersedes ids of rules whose findings on the same words this rule's findings replace
 *     (a name variant is not also reported as a spelling mistake)
 * @param safeFix which of the rule's fixes {@code copydesk fix} applies unasked, in a few words
 *     ("always", "to the house form or the form used more often"), or null when none is: only
 *     issues the rule marks {@link Issue#safeToFix()} are applied
 */
public record RuleInfo(
    String id,
    String category,
    Severity defaultSeverity,
    String summary,
    String exampleWrong,
    String exampleFixed,
    Set<String> supersedes,
    String safeFix) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule id must be lower-case words joined by '-': " + id);
    }
    supersedes = Set.copyOf(supersedes);
  }

  /** Rule info that supersedes no other rule. */
  public RuleInfo(
      String id, String category, Severity defaultSeverity, String summary, String exampleWrong, String exampleFixed) {
    this(id, category, defaultSeverity, summary, exampleWrong, exampleFixed, Set.of());
  }

  /** Rule info whose fixes are never applied unasked. */
  public RuleInfo(String id, String category, Severity defaultSeverity, String summary, String exampleWrong,
      String exampleFixed, Set<String> supersedes) {
    this(id, category, defaultSeverity, summary, exampleWrong, exampleFixed, supersedes, null);
  }

  /** This rule info declaring that {@code copydesk fix} may apply the fixes its issues mark safe, {@code when}. */
  public RuleInfo withSafeFix(String when) {
    return new RuleInfo(id, category, defaultSeverity, summary, exampleWrong, exampleFixed, supersedes, when);
  }
}
