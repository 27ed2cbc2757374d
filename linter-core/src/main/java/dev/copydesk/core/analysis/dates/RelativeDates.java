package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.analysis.dates.DateMention.Kind;
import dev.copydesk.core.model.TextRegion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds expressions that name a day relative to the publication date and resolves them: "today",
 * "tonight", "yesterday", "tomorrow", "last night", "the day before yesterday", "last/this/next
 * Monday", "last/this/next week, month, year", "three days ago", "a year ago".
 *
 * <p>The ranges are as wide as careful writers use the words: "last Monday" is the Monday of this
 * week or of the week before, "last week" the previous calendar week or the seven days before
 * publication, "two weeks ago" give or take three days.
 */
final class RelativeDates {
  private static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(?:(the day before yesterday)|(the day after tomorrow)|(yesterday)|(today)|(tonight|this (?:morning|afternoon|evening))"
          + "|(tomorrow)|(last night)"
          + "|(last|this past|this|next) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s)"
          + "|(last|this|next) (week|month|year)"
          + "|" + NUMBER + " (day|week|month|year)s? ago)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10));

  private RelativeDates() {}

  /** Every relative expression of {@code text}, resolved against {@code anchor} (which may be null). */
  static List<DateMention> find(String text, LocalDate anchor) {
    List<DateMention> found = new ArrayList<>();
    Matcher m = RELATIVE.matcher(text);
    while (m.find()) {
      DayOfWeek weekday = m.group(9) != null ? Weekdays.parse(m.group(9)) : null;
      TextRegion weekdayRegion = weekday != null ? TextRegion.of(m.start(9), m.end(9)) : null;
      DateRange range = anchor == null ? null : resolve(m, anchor, weekday);
      found.add(new DateMention(TextRegion.of(m.start(), m.end()), m.group(), TextRegion.of(m.start(), m.end()), Kind.RELATIVE, range, List.of(),
          weekday, weekdayRegion, null, null));
    }
    return found;
  }

  private static DateRange resolve(Matcher m, LocalDate p, DayOfWeek weekday) {
    if (m.group(1) != null) {
      return DateRange.of(p.minusDays(2));
    } else if (m.group(2) != null) {
      return DateRange.of(p.plusDays(2));
    } else if (m.group(3) != null) {
      return DateRange.of(p.minusDays(1));
    } else if (m.group(4) != null || m.group(5) != null) {
      return DateRange.of(p);
    } else if (m.group(6) != null) {
      return DateRange.of(p.plusDays(1));
    } else if (m.group(7) != null) {
      return new DateRange(p.minusDays(1), p);
    } else if (weekday != null) {
      return weekdayRange(m.group(8).toLowerCase(Locale.ROOT), p);
    } else if (m.group(10) != null) {
      return period(m.group(10).toLowerCase(Locale.ROOT), m.group(11).toLowerCase(Locale.ROOT), p);
    }
    String count = m.group(12).toLowerCase(Locale.ROOT);
    return ago(NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count), m.group(13).toLowerCase(Locale.ROOT), p);
  }

  private static DateRange weekdayRange(String which, LocalDate p) {
    return switch (which) {
      case "next" -> new DateRange(p.plusDays(1), p.plusDays(13));
      case "this" -> new DateRange(p.minusDays(6), p.plusDays(6));
      default -> new DateRange(p.minusDays(13), p.minusDays(1));
    };
  }

  private static DateRange period(String which, String unit, LocalDate p) {
    int shift = switch (which) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    return switch (unit) {
      case "week" -> week(shift, p);
      case "month" -> {
        LocalDate first = p.withDayOfMonth(1).plusMonths(shift);
        yield new DateRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
      }
      default -> new DateRange(p.withDayOfYear(1).plusYears(shift), p.withDayOfYear(1).plusYears(shift + 1).minusDays(1));
    };
  }

  private static DateRange week(int shift, LocalDate p) {
    LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
    DateRange calendarWeek = new DateRange(monday, monday.plusDays(6));
    if (shift < 0) {
      return new DateRange(calendarWeek.first(), p.minusDays(1));
    } else if (shift > 0) {
      return new DateRange(p.plusDays(1), calendarWeek.last());
    }
    return calendarWeek;
  }

  private static DateRange ago(int count, String unit, LocalDate p) {
    ChronoUnit chronoUnit = switch (unit) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
    int slackDays = switch (unit) {
      case "day" -> 0;
      case "week" -> 3;
      case "month" -> 15;
      default -> 45;
    };
    LocalDate day = p.minus(count, chronoUnit);
    return new DateRange(day.minusDays(slackDays), day.plusDays(slackDays));
  }
}
