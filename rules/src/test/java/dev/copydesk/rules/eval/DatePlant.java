package dev.copydesk.rules.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Random;

/**
 * A sentence planted into a copy of a corpus article: either a date error of one kind (the rule
 * that must catch it and the words it must flag), or a control of the same kind whose dates agree
 * (nothing may be flagged in it).
 *
 * @param kind what is planted
 * @param control whether the dates in it agree
 * @param sentence the sentence, appended to a paragraph
 * @param flagged the words the rule must flag (for a control: the words an error would be on)
 */
record DatePlant(Kind kind, boolean control, String sentence, String flagged) {
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter YEARLESS = DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter ABBREVIATED = DateTimeFormatter.ofPattern("MMM. d", Locale.ENGLISH);

  /** The kinds of date error planted, and the rule that must catch each. */
  enum Kind {
    WEEKDAY_WITH_YEAR("weekday-mismatch"),
    WEEKDAY_WITHOUT_YEAR("weekday-mismatch"),
    IMPOSSIBLE_WRITTEN("impossible-date"),
    IMPOSSIBLE_NUMERIC("impossible-date"),
    IMPOSSIBLE_TIME("impossible-date"),
    RELATIVE_BESIDE_DATE("relative-date"),
    RELATIVE_BESIDE_WEEKDAY("relative-date");

    final String rule;

    Kind(String rule) {
      this.rule = rule;
    }
  }

  /** A plant of {@code kind} for an article published on {@code published}, drawn from {@code random}. */
  static DatePlant of(Kind kind, boolean control, LocalDate published, Random random) {
    return switch (kind) {
      case WEEKDAY_WITH_YEAR -> random.nextBoolean()
          ? weekday(kind, control, published.minusDays(2 + random.nextInt(300)), random, WRITTEN,
              "A follow-up session was held on %s, %s, officials said.")
          : weekday(kind, control, published.minusDays(2 + random.nextInt(300)), random, DAY_FIRST,
              "The panel first met on %s %s, according to its minutes.");
      case WEEKDAY_WITHOUT_YEAR -> random.nextBoolean()
          ? weekday(kind, control, published.minusDays(2 + random.nextInt(40)), random, YEARLESS,
              "Officials said the documents were delivered on %s, %s.")
          : weekday(kind, control, published.plusDays(1 + random.nextInt(20)), random, ABBREVIATED,
              "The next hearing is set for %s, %s.");
      case IMPOSSIBLE_WRITTEN -> impossibleWritten(control, published, random);
      case IMPOSSIBLE_NUMERIC -> impossibleNumeric(control, published, random);
      case IMPOSSIBLE_TIME -> impossibleTime(control, random);
      case RELATIVE_BESIDE_DATE -> random.nextBoolean() ? relativeDate(control, published, random)
          : relativeLastWeekday(control, published, random);
      case RELATIVE_BESIDE_WEEKDAY -> relativeWeekday(control, published, random);
    };
  }

  private static DatePlant weekday(Kind kind, boolean control, LocalDate day, Random random, DateTimeFormatter format, String template) {
    DayOfWeek stated = control ? day.getDayOfWeek() : day.getDayOfWeek().plus(1 + random.nextInt(6));
    String name = name(stated);
    String date = format.format(day).replace("May.", "May"); // May has no abbreviation
    return new DatePlant(kind, control, String.format(Locale.ROOT, template, name, date), name);
  }

  private static DatePlant impossibleWritten(boolean control, LocalDate published, Random random) {
    int year = published.getYear() - random.nextInt(6);
    Month[] shortMonths = {Month.FEBRUARY, Month.APRIL, Month.JUNE, Month.SEPTEMBER, Month.NOVEMBER};
    Month month = shortMonths[random.nextInt(shortMonths.length)];
    int length = month.length(Year.isLeap(year));
    int day = control ? 1 + random.nextInt(length) : length + 1 + random.nextInt(31 - length);
    String date = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day + ", " + year;
    return new DatePlant(Kind.IMPOSSIBLE_WRITTEN, control, "The inquiry is expected to report on " + date + ".", date);
  }

  private static DatePlant impossibleNumeric(boolean control, LocalDate published, Random random) {
    int year = published.getYear() - random.nextInt(6);
    String date;
    if (control) {
      date = published.minusDays(random.nextInt(2000)).toString();
    } else if (random.nextBoolean()) {
      date = String.format(Locale.ROOT, "31/%02d/%d", new int[] {4, 6, 9, 11}[random.nextInt(4)], year);
    } else {
      date = String.format(Locale.ROOT, "%d-%02d-%02d", year, 13 + random.nextInt(87), 1 + random.nextInt(28));
    }
    return new DatePlant(Kind.IMPOSSIBLE_NUMERIC, control, "A filing dated " + date + " was cited in the case.", date);
  }

  private static DatePlant impossibleTime(boolean control, Random random) {
    String time;
    if (control) {
      time = String.format(Locale.ROOT, "%d:%02d", random.nextInt(24), random.nextInt(60));
    } else if (random.nextBoolean()) {
      time = String.format(Locale.ROOT, "%d:%02d", 25 + random.nextInt(75), random.nextInt(60));
    } else {
      time = String.format(Locale.ROOT, "%d:%02d", random.nextInt(24), 60 + random.nextInt(40));
    }
    return new DatePlant(Kind.IMPOSSIBLE_TIME, control, "Polls were due to close at " + time + " local time.", time);
  }

  private static DatePlant relativeDate(boolean control, LocalDate published, Random random) {
    boolean past = random.nextBoolean();
    String word = past ? "yesterday" : "tomorrow";
    LocalDate meant = past ? published.minusDays(1) : published.plusDays(1);
    LocalDate written = control ? meant : meant.plusDays((random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(5)));
    String sentence = past ? "The statement was issued " + word + ", " + YEARLESS.format(written) + ", by the ministry."
        : "A vote is scheduled for " + word + ", " + YEARLESS.format(written) + ", according to officials.";
    return new DatePlant(Kind.RELATIVE_BESIDE_DATE, control, sentence, word);
  }

  private static DatePlant relativeLastWeekday(boolean control, LocalDate published, Random random) {
    DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(7));
    LocalDate last = published.minusDays(1);
    while (last.getDayOfWeek() != weekday) {
      last = last.minusDays(1);
    }
    LocalDate written = control ? last : last.minusWeeks(2 + random.nextInt(6));
    String phrase = "last " + name(weekday);
    return new DatePlant(Kind.RELATIVE_BESIDE_DATE, control,
        "The report was published " + phrase + ", " + YEARLESS.format(written) + ", by the agency.", phrase);
  }

  private static DatePlant relativeWeekday(boolean control, LocalDate published, Random random) {
    boolean past = random.nextBoolean();
    String word = past ? "yesterday" : "tomorrow";
    DayOfWeek meant = (past ? published.minusDays(1) : published.plusDays(1)).getDayOfWeek();
    DayOfWeek written = control ? meant : meant.plus(1 + random.nextInt(6));
    String sentence = past ? "Negotiators met again " + word + " (" + name(written) + ") to discuss the matter."
        : "Negotiators will meet again " + word + " (" + name(written) + ") to discuss the matter.";
    return new DatePlant(Kind.RELATIVE_BESIDE_WEEKDAY, control, sentence, word);
  }

  private static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
