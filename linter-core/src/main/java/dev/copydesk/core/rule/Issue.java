package dev.copydesk.core.rule;

import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule reports: the words, the message, the fixes (best first) and the evidence. The
 * engine turns it into a {@link dev.copydesk.core.model.Finding} with source positions.
 *
 * @param region the flagged words, in the article's checked text
 * @param message what is wrong
 * @param suggestions replacements for the flagged words, best first
 * @param evidence why the rule thinks so, or null
 * @param severity this issue's severity when it differs from the rule's default, or null
 * @param safeFix whether the first suggestion is safe to apply unasked ({@code copydesk fix}); only
 *     counts when the rule's {@link RuleInfo#safeFix()} says which of its fixes are
 * @param related the places the evidence points at, each with a note
 */
public record Issue(TextRegion region, String message, List<String> suggestions, String evidence, Severity severity,
    boolean safeFix, List<Related> related) {

  /** A place in the article's checked text that the evidence points at ("'U.S.' first used here"). */
  public record Related(TextRegion region, String note) {}

  public Issue {
    suggestions = List.copyOf(suggestions);
    related = List.copyOf(related);
  }

  /** An issue with no safe fix and no related places. */
  public Issue(TextRegion region, String message, List<String> suggestions, String evidence, Severity severity) {
    this(region, message, suggestions, evidence, severity, false, List.of());
  }

  /** An issue at {@code region} with a message and nothing else yet. */
  public static Issue at(TextRegion region, String message) {
    return new Issue(region, message, List.of(), null, null);
  }

  /** This issue with these suggestions, best first. */
  public Issue suggest(List<String> replacements) {
    return new Issue(region, message, replacements, evidence, severity, safeFix, related);
  }

  /** This issue with these suggestions, best first. */
  public Issue suggest(String... replacements) {
    return suggest(List.of(replacements));
  }

  /** This issue with its evidence. */
  public Issue because(String why) {
    return new Issue(region, message, suggestions, why, severity, safeFix, related);
  }

  /** This issue at a severity other than the rule's default. */
  public Issue severity(Severity newSeverity) {
    return new Issue(region, message, suggestions, evidence, newSeverity, safeFix, related);
  }

  /**
   * This issue with its first suggestion marked safe to apply without an editor looking (a word
   * typed twice, the house form of a term); the rule's {@link RuleInfo#safeFix()} must say so too.
   */
  public Issue safeToFix() {
    return new Issue(region, message, suggestions, evidence, severity, true, related);
  }

  /** This issue with one more place its evidence points at. */
  public Issue relatedAt(TextRegion where, String note) {
    List<Related> more = new ArrayList<>(related);
    more.add(new Related(where, note));
    return new Issue(region, message, suggestions, evidence, severity, safeFix, more);
  }
}
