package dev.copydesk.core.source;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
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
 * dateline. Also recognises the wire-service dateline that opens a story's first paragraph,
 * "WASHINGTON, July 27 (Reuters) -".
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

  private static final Pattern WIRE = Pattern.compile(
      "^\\p{Lu}[\\p{Lu} .'’\\-]+(?:,\\s+\\p{Lu}[\\p{L} .'’\\-]+)?,\\s+"
          + "((January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?)"
          + "\\s*(?:\\([^()]{2,40}\\)\\s*)?[-–—]");

  /**
   * A wire-service dateline opening a paragraph, "WASHINGTON, July 27 (Reuters) -": the date the
   * story was filed, usually without a year.
   *
   * @param start where the date starts in the paragraph
   * @param end where it ends
   * @param date the month and day
   * @param year the year, when the dateline states one, or null
   */
  public record Wire(int start, int end, MonthDay date, Integer year) {}

  private Dateline() {}

  /** The wire dateline {@code paragraph} opens with, if any. */
  public static Optional<Wire> wire(String paragraph) {
    Matcher m = WIRE.matcher(paragraph);
    if (!m.find()) {
      return Optional.empty();
    }
    Month month = Month.from(SHORT_MONTH.parse(m.group(2).substring(0, 3)));
    int day = Integer.parseInt(m.group(3));
    if (day < 1 || day > month.maxLength()) {
      return Optional.empty();
    }
    Integer year = m.group(4) == null ? null : Integer.valueOf(m.group(4));
    return Optional.of(new Wire(m.start(1), m.end(1), MonthDay.of(month, day), year));
  }

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

  private static final DateTimeFormatter SHORT_MONTH = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("MMM").toFormatter(Locale.ENGLISH);

  private static DateTimeFormatter strict(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
