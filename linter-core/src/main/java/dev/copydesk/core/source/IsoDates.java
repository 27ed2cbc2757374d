package dev.copydesk.core.source;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date of a machine-written timestamp ({@code 2015-09-01}, {@code 2015-09-01T10:16:00Z},
 * {@code 2015-09-01 10:16:00+02:00}) as front matter and HTML metadata carry it. The date is the
 * one written, not converted to another time zone: it is the date the newsroom published on.
 */
final class IsoDates {
  private static final Pattern TIMESTAMP = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[^\\]]+])?)?");

  private IsoDates() {}

  /** The date {@code value} names, if it is an ISO date or date-time. */
  static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = TIMESTAMP.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
