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
 * @param safeFix whether {@code copydesk fix} may apply the first suggestion unasked: the rule
 *     declares its fixes safe ({@link dev.copydesk.core.rule.RuleInfo#safeFix()}) and marked this
 *     one so; not part of the reports
 * @param related the places the evidence points at (for an editor's related information); not
 *     part of the reports
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
    boolean baseline,
    boolean safeFix,
    List<RelatedLocation> related) {

  public Finding {
    suggestions = List.copyOf(suggestions);
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** A finding with no safe fix and no related places. */
  public Finding(String rule, String category, Severity severity, String message, SourceSpan span, String text,
      List<String> suggestions, String evidence, boolean baseline) {
    this(rule, category, severity, message, span, text, suggestions, evidence, baseline, false, List.of());
  }

  /** A new finding (not in a baseline). */
  public Finding(String rule, String category, Severity severity, String message, SourceSpan span, String text,
      List<String> suggestions, String evidence) {
    this(rule, category, severity, message, span, text, suggestions, evidence, false);
  }

  /** The first suggestion, when {@code copydesk fix} may apply it; null otherwise. */
  public String safeReplacement() {
    return safeFix && !suggestions.isEmpty() ? suggestions.get(0) : null;
  }

  /** This finding with another severity. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, category, newSeverity, message, span, text, suggestions, evidence, baseline, safeFix, related);
  }

  /** This finding marked as one the baseline accepts. */
  public Finding asBaseline() {
    return new Finding(rule, category, severity, message, span, text, suggestions, evidence, true, safeFix, related);
  }
}
