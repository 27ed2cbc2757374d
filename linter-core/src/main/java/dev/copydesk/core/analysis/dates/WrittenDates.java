package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.model.TextRegion;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written with the month in words: "July 27, 2021", "Jul. 27", "Sept. 5 2019",
 * "27 July 2021", "the 27th of July". The day may be impossible (February 30): callers judge it.
 */
final class WrittenDates {
  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
      + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
      + "|(?:Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b\\.?)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:]|[.,]\\d)";
  private static final String YEAR = "(?:,?\\s+(\\d{4})(?![\\d]|[.,:]\\d))?";
  private static final Pattern MONTH_FIRST = Pattern.compile("\\b(" + MONTH + ")\\s+" + DAY + YEAR);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?<![\\d.,])\\b" + DAY + "(?:\\s+of)?\\s+(" + MONTH + ")(?!\\p{L})" + YEAR);
  private static final int FIRST_YEAR = 1600;
  private static final int LAST_YEAR = 2199;
  private static final Map<String, Month> MONTHS = monthsByPrefix();

  /**
   * A date in words.
   *
   * @param region the date, without a weekday
   * @param month the month
   * @param day the day of the month as written (maybe impossible)
   * @param year the year as written, or null
   * @param yearStart where the year is written, or -1
   */
  record Found(TextRegion region, Month month, int day, Integer year, int yearStart) {}

  private WrittenDates() {}

  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = MONTH_FIRST.matcher(text);
    while (m.find()) {
      found.add(found(m, 1, 2, 3));
    }
    Matcher d = DAY_FIRST.matcher(text);
    while (d.find()) {
      Found f = found(d, 2, 1, 3);
      if (found.stream().noneMatch(other -> other.region().overlaps(f.region()))) {
        found.add(f);
      }
    }
    found.sort((a, b) -> a.region().compareTo(b.region()));
    return found;
  }

  private static Found found(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
    Month month = MONTHS.get(m.group(monthGroup).substring(0, 3).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(m.group(dayGroup));
    if (m.group(yearGroup) != null) {
      int year = Integer.parseInt(m.group(yearGroup));
      if (year >= FIRST_YEAR && year <= LAST_YEAR) {
        return new Found(TextRegion.of(m.start(), m.end()), month, day, year, m.start(yearGroup));
      }
    }
    int end = m.group(yearGroup) != null ? m.start(yearGroup) : m.end();
    while (end > m.start() && (Character.isWhitespace(m.group().charAt(end - 1 - m.start())) || m.group().charAt(end - 1 - m.start()) == ',')) {
      end--;
    }
    return new Found(TextRegion.of(m.start(), end), month, day, null, -1);
  }

  private static Map<String, Month> monthsByPrefix() {
    Map<String, Month> months = new HashMap<>();
    for (Month month : Month.values()) {
      months.put(month.name().substring(0, 3).toLowerCase(Locale.ROOT), month);
    }
    return Map.copyOf(months);
  }
}
