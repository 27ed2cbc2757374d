package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.analysis.dates.DateMention.Kind;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds clock times, "10:30", "at 25:70", "15:55" after a date. A pair of figures with a colon is
 * taken for a time only where the words around it say so (a preposition of time before it, "a.m.",
 * "hours", a time zone or a date before it), since scores, ratios and verses look the same.
 */
final class ClockTimes {
  private static final Pattern TIME = Pattern.compile("(?<![\\d:.,])(\\d{1,2}):(\\d{2})(?![\\d:]|[.,]\\d)");
  private static final Pattern BEFORE = Pattern.compile(
      "(?i)\\b(?:at|from|until|till|to|by|around|about|before|after|since|between|and)\\s+$");
  private static final Pattern AFTER = Pattern.compile(
      "^\\s*(?:[ap]\\.?m\\b\\.?|hours?\\b|hrs\\b|h\\b|GMT\\b|UTC\\b|local time\\b|[A-Z]{1,2}[SD]?T\\b)");
  private static final int LAST_HOUR = 24;
  private static final int LAST_MINUTE = 59;
  private static final int CONTEXT = 16;

  private ClockTimes() {}

  /** Every clock time of {@code text}; {@code afterDate} tells whether a date ends at an offset. */
  static List<DateMention> find(String text, IntPredicate afterDate) {
    List<DateMention> found = new ArrayList<>();
    Matcher m = TIME.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
      boolean timeContext = BEFORE.matcher(before).find() || AFTER.matcher(after).find() || afterDate.test(m.start());
      if (!timeContext) {
        continue;
      }
      int hour = Integer.parseInt(m.group(1));
      int minute = Integer.parseInt(m.group(2));
      String impossibility = null;
      if (hour > LAST_HOUR || (hour == LAST_HOUR && minute > 0)) {
        impossibility = String.format(Locale.ROOT, "a day has no hour %d", hour);
      } else if (minute > LAST_MINUTE) {
        impossibility = String.format(Locale.ROOT, "an hour has no minute %d", minute);
      }
      found.add(new DateMention(TextRegion.of(m.start(), m.end()), m.group(), TextRegion.of(m.start(), m.end()), Kind.TIME, null, List.of(), null, null,
          impossibility, null));
    }
    return found;
  }
}
