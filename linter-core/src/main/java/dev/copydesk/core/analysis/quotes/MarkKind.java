package dev.copydesk.core.analysis.quotes;

/** Whether a quote mark is a double one ({@code " “ ”}) or a single one ({@code ' ‘ ’}). */
public enum MarkKind {
  DOUBLE,
  SINGLE
}
