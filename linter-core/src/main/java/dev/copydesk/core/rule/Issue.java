package dev.copydesk.core.rule;

import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
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
 */
public record Issue(TextRegion region, String message, List<String> suggestions, String evidence, Severity severity) {

  public Issue {
    suggestions = List.copyOf(suggestions);
  }

  /** An issue at {@code region} with a message and nothing else yet. */
  public static Issue at(TextRegion region, String message) {
    return new Issue(region, message, List.of(), null, null);
  }

  /** This issue with these suggestions, best first. */
  public Issue suggest(List<String> replacements) {
    return new Issue(region, message, replacements, evidence, severity);
  }

  /** This issue with these suggestions, best first. */
  public Issue suggest(String... replacements) {
    return suggest(List.of(replacements));
  }

  /** This issue with its evidence. */
  public Issue because(String why) {
    return new Issue(region, message, suggestions, why, severity);
  }

  /** This issue at a severity other than the rule's default. */
  public Issue severity(Severity newSeverity) {
    return new Issue(region, message, suggestions, evidence, newSeverity);
  }
}
