package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.model.TextRegion;
import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Weekday names as news copy writes them: "Tuesday", "Tue.", "Tues.", "TUESDAY". */
final class Weekdays {
  /** A full weekday name, capitalized or in capitals. */
  static final String FULL = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
      + "|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)";
  /**
   * A weekday name, full or abbreviated. An abbreviation must end in a period or a comma to count,
   * and "Sun" in a period ("Edmonton Sun, August 16" is a newspaper).
   */
  static final String ANY = "(?:" + FULL + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?=[.,])|Sun(?=\\.))";

  private static final Pattern BEFORE_DATE = Pattern.compile("\\b(" + ANY + ")\\.?,?\\s+(?:the\\s+)?$");
  private static final Pattern AFTER_DATE = Pattern.compile("^,?\\s*\\((" + FULL + ")\\)");
  private static final int LOOK_BEHIND = 24;
  private static final Map<String, DayOfWeek> BY_PREFIX = Map.of(
      "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY,
      "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

  private Weekdays() {}

  /** The weekday a name ("Tuesday", "Tues", "TUE") stands for. */
  static DayOfWeek parse(String name) {
    DayOfWeek day = BY_PREFIX.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    if (day == null) {
      throw new IllegalArgumentException("not a weekday: " + name);
    }
    return day;
  }

  /** Whether {@code written} is an abbreviation ("Tue") rather than the full name. */
  static boolean isAbbreviated(String written) {
    return written.length() < 6;
  }

  /** The weekday written just before a date that starts at {@code dateStart} ("Tuesday, " of "Tuesday, July 27"). */
  static Optional<TextRegion> before(String text, int dateStart) {
    int from = Math.max(0, dateStart - LOOK_BEHIND);
    Matcher m = BEFORE_DATE.matcher(text.substring(from, dateStart));
    return m.find() ? Optional.of(TextRegion.of(from + m.start(1), from + m.end(1))) : Optional.empty();
  }

  /** The weekday in brackets just after a date that ends at {@code dateEnd} ("(Tuesday)" of "July 27 (Tuesday)"). */
  static Optional<TextRegion> after(String text, int dateEnd) {
    Matcher m = AFTER_DATE.matcher(text.substring(dateEnd, Math.min(text.length(), dateEnd + LOOK_BEHIND)));
    return m.find() ? Optional.of(TextRegion.of(dateEnd + m.start(1), dateEnd + m.end(1))) : Optional.empty();
  }
}
