package dev.copydesk.core.model;

import java.util.List;

/**
 * One thing a rule found: immutable, self-contained, ready for any report.
 *
 * @param rule the rule id ({@code name-variant})
 * @param category the rule's category ({@code names})
 * @param severity the severity after configuration overrides
 * @param message what is wrong, in an editor's words
 * @param span where it is in the source file
 * @param text exactly the source text at {@code span}
 * @param suggestions replacements for {@code text}, best first; may be empty
 * @param evidence why the rule thinks so, or null
 * @param baseline whether the finding is in the run's baseline of accepted findings: still
 *     reported, but it does not fail the run
 */
public record Finding(
    String rule,
    String category,
    Severity severity,
    String message,
    SourceSpan span,
    String text,
    List<String> suggestions,
    String evidence,
    boolean baseline) {

  public Finding {
    suggestions = List.copyOf(suggestions);
  }

  /** A new finding (not in a baseline). */
  public Finding(String rule, String category, Severity severity, String message, SourceSpan span, String text,
      List<String> suggestions, String evidence) {
    this(rule, category, severity, message, span, text, suggestions, evidence, false);
  }

  /** This finding with another severity. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, category, newSeverity, message, span, text, suggestions, evidence, baseline);
  }

  /** This finding marked as one the baseline accepts. */
  public Finding asBaseline() {
    return new Finding(rule, category, severity, message, span, text, suggestions, evidence, true);
  }
}
