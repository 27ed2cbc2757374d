package dev.copydesk.core.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a line that is only a date, as articles print at their top: "07/27/2021, 10.16",
 * "Tuesday, September 1, 2015", "27 July 2021", "2021-07-27". A line with anything more is not a
 * dateline.
 */
public final class Dateline {
  private static final Pattern TIME = Pattern.compile("[,\\s]+\\d{1,2}[.:]\\d{2}(\\s*[ap]\\.?m\\.?)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY = Pattern.compile(
      "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+", Pattern.CASE_INSENSITIVE);
  private static final List<DateTimeFormatter> FORMATS = List.of(
      strict("M/d/uuuu"),
      strict("d/M/uuuu"),
      strict("uuuu-MM-dd"),
      strict("d.M.uuuu"),
      strict("MMMM d, uuuu"),
      strict("MMM d, uuuu"),
      strict("d MMMM uuuu"),
      strict("d MMM uuuu"));

  private Dateline() {}

  /** The date {@code line} consists of, if it is a dateline. */
  public static Optional<LocalDate> parse(String line) {
    String s = TIME.matcher(line.strip()).replaceFirst("");
    Matcher weekday = WEEKDAY.matcher(s);
    if (weekday.find()) {
      s = s.substring(weekday.end());
    }
    s = s.replaceAll("\\s+", " ").replaceAll("[.,]$", "").replace("Sept ", "Sep ");
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(s, format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
