package dev.copydesk.core.model;

/**
 * An inline {@code <!-- copydesk-disable RULE -->} … {@code <!-- copydesk-enable RULE -->}
 * region: no finding of {@code ruleId} (or of any rule, when it is {@code "*"}) is reported
 * inside it.
 */
public record Suppression(String ruleId, TextRegion region) {

  /** The rule id that stands for every rule. */
  public static final String ALL_RULES = "*";

  /** Whether this suppression silences {@code rule} at {@code where}. */
  public boolean silences(String rule, TextRegion where) {
    return (ALL_RULES.equals(ruleId) || ruleId.equals(rule)) && region.overlaps(where);
  }
}
