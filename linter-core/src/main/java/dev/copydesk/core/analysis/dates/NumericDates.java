package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in figures: "07/27/2021", "27/07/2021", "27.07.2021", "27-07-2021",
 * "7/27/21", "2021-07-27", "2021/07/27". A four-digit year must lie between 1800 and 2199, so
 * that scores, versions and identifiers are not taken for dates.
 */
final class NumericDates {
  private static final Pattern YEAR_LAST = Pattern.compile(
      "(?<![\\d/.\\-])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d|[/.\\-:]\\d)");
  private static final Pattern YEAR_FIRST = Pattern.compile(
      "(?<![\\d/.\\-])(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d|[/.\\-]\\d)");
  private static final int FIRST_YEAR = 1800;
  private static final int LAST_YEAR = 2199;
  private static final int CENTURY_PIVOT = 70;

  /** A numeric date and where it is written. */
  record Found(TextRegion region, NumericDate date) {}

  private NumericDates() {}

  static List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = YEAR_LAST.matcher(text);
    while (m.find()) {
      String year = m.group(4);
      char separator = m.group(2).charAt(0);
      if (year.length() == 2 && separator != '/') {
        continue;
      }
      int y = Integer.parseInt(year);
      if (year.length() == 2) {
        y += y >= CENTURY_PIVOT ? 1900 : 2000;
      }
      add(found, m, new NumericDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), y, false, separator,
          m.group(1).length(), m.group(3).length()));
    }
    Matcher iso = YEAR_FIRST.matcher(text);
    while (iso.find()) {
      add(found, iso, new NumericDate(Integer.parseInt(iso.group(3)), Integer.parseInt(iso.group(4)),
          Integer.parseInt(iso.group(1)), true, iso.group(2).charAt(0), iso.group(3).length(), iso.group(4).length()));
    }
    found.sort((a, b) -> a.region().compareTo(b.region()));
    return found;
  }

  private static void add(List<Found> found, Matcher m, NumericDate date) {
    if (date.year() >= FIRST_YEAR && date.year() <= LAST_YEAR && date.first() > 0 && date.second() > 0) {
      found.add(new Found(TextRegion.of(m.start(), m.end()), date));
    }
  }
}
