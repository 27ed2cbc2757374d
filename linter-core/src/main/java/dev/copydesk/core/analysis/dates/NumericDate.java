package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.config.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date written in figures, as it stands: "07/27/2021" is {@code first=7, second=27}, "27.07.2021"
 * is {@code first=27, second=7}, "2021-07-27" is year first. Which figure is the month depends on
 * the order the article writes dates in; {@link #readings()} says which orders give a real date.
 *
 * @param first the first figure after (or without) a leading year, as written
 * @param second the other figure
 * @param year the year, four digits (a two-digit year is taken as 19xx or 20xx)
 * @param yearFirst whether the year is written first (2021-07-27: ISO order)
 * @param separator the separator as written ('/', '.', '-')
 * @param firstDigits how many digits the first figure was written with (for rewriting it)
 * @param secondDigits how many digits the second figure was written with
 */
public record NumericDate(int first, int second, int year, boolean yearFirst, char separator, int firstDigits, int secondDigits) {

  /** The real date each order gives, for the orders that give one. ISO for year-first dates only. */
  public Map<DateOrder, LocalDate> readings() {
    Map<DateOrder, LocalDate> readings = new EnumMap<>(DateOrder.class);
    if (yearFirst) {
      date(first, second).ifPresent(d -> readings.put(DateOrder.ISO, d));
    } else {
      date(first, second).ifPresent(d -> readings.put(DateOrder.MDY, d));
      date(second, first).ifPresent(d -> readings.put(DateOrder.DMY, d));
    }
    return readings;
  }

  /** Whether exactly one order gives a real date and the date is written day-month or month-day. */
  public boolean isUnambiguous() {
    return !yearFirst && readings().size() == 1;
  }

  /** The only order that gives a real date, when there is exactly one. */
  public Optional<DateOrder> onlyOrder() {
    Map<DateOrder, LocalDate> readings = readings();
    return readings.size() == 1 ? Optional.of(readings.keySet().iterator().next()) : Optional.empty();
  }

  /** The same date written with its day and month swapped, keeping separator and zero padding. */
  public String swapped(String written) {
    String a = pad(second, firstDigits);
    String b = pad(first, secondDigits);
    String[] parts = written.split(Pattern.quote(String.valueOf(separator)));
    String yearText = yearFirst ? parts[0] : parts[2];
    return yearFirst ? yearText + separator + a + separator + b : a + separator + b + separator + yearText;
  }

  /** This date in ISO order, "2021-07-27", read in {@code order}. */
  public Optional<String> iso(DateOrder order) {
    return Optional.ofNullable(readings().get(order)).map(LocalDate::toString);
  }

  private Optional<LocalDate> date(int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static String pad(int value, int digits) {
    String s = Integer.toString(value);
    return digits == 2 && s.length() == 1 ? "0" + s : s;
  }
}
