package dev.copydesk.core.report;

import dev.copydesk.core.model.Finding;
import java.util.List;
import java.util.function.Function;

/**
 * The fields of a finding in the machine-readable reports, in the order DESIGN.md's JSON report
 * gives them: the one list that the {@code json} report writes and that other front ends (the
 * Spark job's findings table) build their columns from, so the schema is stated once.
 */
public enum FindingField {
  RULE("rule", Kind.TEXT, Finding::rule),
  CATEGORY("category", Kind.TEXT, Finding::category),
  SEVERITY("severity", Kind.TEXT, f -> f.severity().id()),
  MESSAGE("message", Kind.TEXT, Finding::message),
  LINE("line", Kind.NUMBER, f -> f.span().line()),
  COLUMN("column", Kind.NUMBER, f -> f.span().column()),
  END_LINE("endLine", Kind.NUMBER, f -> f.span().endLine()),
  END_COLUMN("endColumn", Kind.NUMBER, f -> f.span().endColumn()),
  OFFSET("offset", Kind.NUMBER, f -> f.span().offset()),
  LENGTH("length", Kind.NUMBER, f -> f.span().length()),
  TEXT("text", Kind.TEXT, Finding::text),
  SUGGESTIONS("suggestions", Kind.TEXT_LIST, Finding::suggestions),
  EVIDENCE("evidence", Kind.OPTIONAL_TEXT, Finding::evidence);

  /** What kind of value a field holds. */
  public enum Kind {
    /** A string, never null. */
    TEXT,
    /** A string or null. */
    OPTIONAL_TEXT,
    /** An {@link Integer}. */
    NUMBER,
    /** A {@code List<String>}, possibly empty. */
    TEXT_LIST
  }

  private final String key;
  private final Kind kind;
  private final Function<Finding, Object> value;

  FindingField(String key, Kind kind, Function<Finding, Object> value) {
    this.key = key;
    this.kind = kind;
    this.value = value;
  }

  /** The field's name in the reports ({@code endLine}). */
  public String key() {
    return key;
  }

  /** The kind of value it holds. */
  public Kind kind() {
    return kind;
  }

  /**
   * The field's value for {@code finding}: a {@link String} (null only for {@link
   * Kind#OPTIONAL_TEXT}), an {@link Integer}, or a {@code List<String>}, as {@link #kind()} says.
   */
  public Object valueOf(Finding finding) {
    return value.apply(finding);
  }

  /** The field's text list value; only for {@link Kind#TEXT_LIST}. */
  @SuppressWarnings("unchecked")
  public List<String> listOf(Finding finding) {
    if (kind != Kind.TEXT_LIST) {
      throw new IllegalStateException(key + " is not a list");
    }
    return (List<String>) value.apply(finding);
  }
}
