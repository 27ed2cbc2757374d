package dev.copydesk.core.analysis.dates;

import java.time.LocalDate;

/**
 * The calendar days an expression can mean, from {@code first} to {@code last} inclusive: one day
 * for "July 27, 2021" or "yesterday", several for "last week" or "last Monday" (which editors use
 * for the Monday of this week and of the week before).
 */
public record DateRange(LocalDate first, LocalDate last) {

  public DateRange {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(first + " after " + last);
    }
  }

  /** The range of one day. */
  public static DateRange of(LocalDate day) {
    return new DateRange(day, day);
  }

  /** Whether the range is a single day. */
  public boolean isSingleDay() {
    return first.equals(last);
  }

  /** Whether {@code day} is in the range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** Whether the two ranges share a day. */
  public boolean overlaps(DateRange other) {
    return !other.last.isBefore(first) && !other.first.isAfter(last);
  }

  /** "Monday, July 26, 2021", or "July 19–25, 2021" style for a range. */
  public String describe() {
    return isSingleDay() ? DateText.full(first) : DateText.full(first) + " to " + DateText.full(last);
  }
}
