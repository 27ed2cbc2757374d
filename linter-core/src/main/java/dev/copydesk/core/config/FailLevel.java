package dev.copydesk.core.config;

import dev.copydesk.core.model.Severity;
import java.util.Locale;

/** The severity at or above which a run fails, or {@link #NONE} for never. */
public enum FailLevel {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NONE(null);

  private final Severity threshold;

  FailLevel(Severity threshold) {
    this.threshold = threshold;
  }

  /** Whether a finding of {@code severity} fails the run. */
  public boolean fails(Severity severity) {
    return threshold != null && severity.atLeast(threshold);
  }

  /** Parses {@code error}, {@code warning}, {@code info} or {@code none}. */
  public static FailLevel parse(String value) {
    for (FailLevel level : values()) {
      if (level.name().equalsIgnoreCase(value.trim())) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "not a fail level: '" + value + "' (error, warning, info or none)");
  }

  /** The lower-case name ({@code error}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
