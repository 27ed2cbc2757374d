package dev.copydesk.core.analysis.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How Copydesk writes a date in its messages: "Tuesday, July 27, 2021". */
public final class DateText {
  private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.ENGLISH);

  private DateText() {}

  /** "Tuesday, July 27, 2021". */
  public static String full(LocalDate date) {
    return FULL.format(date);
  }

  /** "Tuesday". */
  public static String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
