package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.model.TextRegion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One date expression of an article, resolved as far as the article allows.
 *
 * @param region the whole expression in the checked text, a weekday written with it included
 *     ("Tuesday, July 27, 2021")
 * @param text the expression as written
 * @param dateRegion the date itself, without a weekday written with it
 * @param kind what sort of expression it is
 * @param range the days it means (one day for an explicit date), or null when it cannot be resolved:
 *     an impossible date, or a relative expression in an article without a publication date
 * @param readings for an explicit date, every day it could mean (a yearless "July 27" in each
 *     plausible year, an ambiguous "12/02/2016" in both orders), the preferred reading first;
 *     empty otherwise
 * @param weekday the weekday the expression states ("Tuesday" of "Tuesday, July 27"; "Monday" of
 *     "last Monday"), or null
 * @param weekdayRegion where that weekday is written, or null
 * @param impossibility why the expression cannot be a real date or time, or null when it can
 * @param numeric the figures of a numeric date, or null
 */
public record DateMention(
    TextRegion region,
    String text,
    TextRegion dateRegion,
    Kind kind,
    DateRange range,
    List<LocalDate> readings,
    DayOfWeek weekday,
    TextRegion weekdayRegion,
    String impossibility,
    NumericDate numeric) {

  /** The sorts of date expression. */
  public enum Kind {
    /** A date with the month in words: "July 27, 2021", "27 July", "Jul. 27", "the 27th of July". */
    WRITTEN,
    /** A date in figures: "07/27/2021", "27.07.2021", "2021-07-27". */
    NUMERIC,
    /** A weekday on its own: "on Monday". */
    WEEKDAY,
    /** A date relative to the publication date: "yesterday", "last Monday", "a year ago". */
    RELATIVE,
    /** A clock time: "10:30", "at 25:70". */
    TIME
  }

  private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

  public DateMention {
    readings = List.copyOf(readings);
  }

  /** Whether this is an explicit calendar date (in words or figures). */
  public boolean isExplicitDate() {
    return kind == Kind.WRITTEN || kind == Kind.NUMERIC;
  }

  /** Whether an explicit date writes its year (a numeric date always does; "July 27" does not). */
  public boolean statesYear() {
    return numeric != null || (kind == Kind.WRITTEN && YEAR.matcher(text).find());
  }

  /** Whether the expression cannot be a real date or time. */
  public boolean isImpossible() {
    return impossibility != null;
  }

  /** The one day this expression means, or null when it means none or several. */
  public LocalDate day() {
    return range != null && range.isSingleDay() ? range.first() : null;
  }

  /**
   * Whether the expression can mean {@code day}: the day is in its range and falls on its stated
   * weekday, if it states one.
   */
  public boolean canMean(LocalDate day) {
    if (isExplicitDate()) {
      return readings.contains(day);
    }
    return range != null && range.contains(day) && (weekday == null || day.getDayOfWeek() == weekday);
  }

  /** Whether the expression can mean a day that falls on {@code day}. */
  public boolean canFallOn(DayOfWeek day) {
    if (weekday != null) {
      return weekday == day;
    }
    if (isExplicitDate()) {
      return readings.stream().anyMatch(d -> d.getDayOfWeek() == day);
    }
    if (range == null) {
      return true;
    }
    for (LocalDate d = range.first(); !d.isAfter(range.last()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == day) {
        return true;
      }
    }
    return false;
  }
}
