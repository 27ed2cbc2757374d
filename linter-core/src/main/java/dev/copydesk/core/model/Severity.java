package dev.copydesk.core.model;

import java.util.Locale;

/** How serious a finding is; a run fails on findings at or above its fail level. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case name used in reports and configuration ({@code error}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  /** Parses {@code error}, {@code warning} or {@code info}, ignoring case. */
  public static Severity parse(String value) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(value.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a severity: '" + value + "' (error, warning or info)");
  }
}
