package dev.copydesk.core.analysis.dates;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.dates.DateMention.Kind;
import dev.copydesk.core.analysis.dates.DateMentions.OrderSource;
import dev.copydesk.core.config.DateOrder;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.source.Dateline;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Computes {@link DateMentions}: finds every date expression of an article and resolves it. */
final class DateAnalyzer {
  private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b(" + Weekdays.FULL + ")(?![\\p{L}])");
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])\\b(1[6-9]\\d\\d|2[01]\\d\\d)\\b(?![.,/-]\\d)");
  /** How many blocks at the top of the body may hold a printed date. */
  private static final int DATELINE_BLOCKS = 4;
  /** How many years either side of the publication date a yearless February 29 may fall. */
  private static final int LEAP_SEARCH = 4;

  private final AnalyzedArticle analyzed;
  private final String text;
  private final LocalDate anchor;
  private final NavigableMap<Integer, Token> tokens = new TreeMap<>();
  private List<DateMention> relative = List.of();

  private DateAnalyzer(AnalyzedArticle analyzed) {
    this.analyzed = analyzed;
    this.text = analyzed.text();
    this.anchor = analyzed.article().metadata().publicationDate();
    for (Sentence sentence : analyzed.sentences()) {
      for (Token token : sentence.tokens()) {
        tokens.put(token.region().start(), token);
      }
    }
  }

  static DateMentions analyze(AnalyzedArticle analyzed) {
    return new DateAnalyzer(analyzed).analyze();
  }

  private DateMentions analyze() {
    relative = RelativeDates.find(text, anchor);
    List<NumericDates.Found> numeric = NumericDates.find(text);
    Map.Entry<DateOrder, OrderSource> order = numericOrder(numeric);
    List<DateMention> mentions = new ArrayList<>(relative);
    for (WrittenDates.Found found : WrittenDates.find(text)) {
      writtenDate(found).filter(m -> !overlapsAny(mentions, m.region())).ifPresent(mentions::add);
    }
    for (NumericDates.Found found : numeric) {
      DateMention m = numericDate(found, order.getKey());
      if (!overlapsAny(mentions, m.region())) {
        mentions.add(m);
      }
    }
    List<TextRegion> dates = mentions.stream().filter(DateMention::isExplicitDate).map(DateMention::region).toList();
    for (DateMention time : ClockTimes.find(text, offset -> endsDate(dates, offset))) {
      if (!overlapsAny(mentions, time.region())) {
        mentions.add(time);
      }
    }
    mentions.addAll(weekdaysAlone(mentions));
    mentions.sort(Comparator.comparing(DateMention::region));
    DateMention evidence = mentions.stream()
        .filter(m -> m.numeric() != null && m.numeric().isUnambiguous() && m.numeric().onlyOrder().orElseThrow() == order.getKey())
        .findFirst().orElse(null);
    Article article = analyzed.article();
    return new DateMentions(mentions, anchor, article.metadata().publicationDateSource(), order.getKey(), order.getValue(),
        evidence, datelines());
  }

  private Map.Entry<DateOrder, OrderSource> numericOrder(List<NumericDates.Found> numeric) {
    DateOrder configured = analyzed.configuration().dateOrder();
    if (configured == DateOrder.MDY || configured == DateOrder.DMY) {
      return Map.entry(configured, OrderSource.CONFIGURATION);
    }
    int monthFirst = 0;
    int dayFirst = 0;
    DateOrder firstSeen = null;
    for (NumericDates.Found found : numeric) {
      if (found.date().isUnambiguous()) {
        DateOrder only = found.date().onlyOrder().orElseThrow();
        firstSeen = firstSeen == null ? only : firstSeen;
        monthFirst += only == DateOrder.MDY ? 1 : 0;
        dayFirst += only == DateOrder.DMY ? 1 : 0;
      }
    }
    if (firstSeen == null) {
      boolean american = analyzed.configuration().locale().toLowerCase(Locale.ROOT).replace('_', '-').equals("en-us");
      return Map.entry(american ? DateOrder.MDY : DateOrder.DMY, OrderSource.LOCALE);
    }
    DateOrder inferred = monthFirst == dayFirst ? firstSeen : monthFirst > dayFirst ? DateOrder.MDY : DateOrder.DMY;
    return Map.entry(inferred, OrderSource.ARTICLE);
  }

  private Optional<DateMention> writtenDate(WrittenDates.Found found) {
    TextRegion region = found.region();
    Integer year = found.year();
    if (year != null && nextTokenIsPluralNoun(region.end())) {
      // "July 27, 2000 people": the figure counts people, it is not the year
      region = TextRegion.of(region.start(), text.lastIndexOf(Integer.toString(found.day()), found.yearStart()) + Integer.toString(found.day()).length());
      year = null;
    }
    if (year == null && nextTokenIsPluralNoun(region.end())) {
      return Optional.empty(); // "in June 31 people died"
    }
    if (found.month() == Month.MAY && followsAName(region.start())) {
      return Optional.empty(); // "Theresa May 10 days ago"
    }
    String impossibility = impossibility(found.month(), found.day(), year);
    List<LocalDate> readings = impossibility != null ? List.of() : readings(found.month(), found.day(), year, region.start());
    return Optional.of(explicit(region, Kind.WRITTEN, readings, impossibility, null));
  }

  private DateMention numericDate(NumericDates.Found found, DateOrder order) {
    NumericDate date = found.date();
    Map<DateOrder, LocalDate> byOrder = date.readings();
    List<LocalDate> readings = new ArrayList<>();
    if (byOrder.containsKey(order)) {
      readings.add(byOrder.get(order));
    }
    byOrder.values().stream().filter(d -> !readings.contains(d)).forEach(readings::add);
    String impossibility = readings.isEmpty() ? numericImpossibility(date) : null;
    return explicit(found.region(), Kind.NUMERIC, readings, impossibility, date);
  }

  /** An explicit date with the weekday written with it, if any. */
  private DateMention explicit(TextRegion dateRegion, Kind kind, List<LocalDate> readings, String impossibility, NumericDate numeric) {
    Optional<TextRegion> weekday = Weekdays.before(text, dateRegion.start()).or(() -> Weekdays.after(text, dateRegion.end()))
        .filter(w -> !overlapsAny(relative, w)); // "last Tuesday, July 20": the weekday belongs to "last Tuesday"
    TextRegion region = dateRegion;
    if (weekday.isPresent()) {
      TextRegion w = weekday.get();
      region = TextRegion.of(Math.min(w.start(), dateRegion.start()), Math.max(dateRegion.end(), w.end()));
    }
    DateRange range = readings.isEmpty() ? null : DateRange.of(readings.get(0));
    DayOfWeek day = weekday.map(w -> Weekdays.parse(w.in(text))).orElse(null);
    return new DateMention(region, region.in(text), dateRegion, kind, range, readings, day, weekday.orElse(null), impossibility, numeric);
  }

  /** The days a written date can mean: its own year, or the year nearest publication and the years its paragraph names. */
  private List<LocalDate> readings(Month month, int day, Integer year, int offset) {
    if (year != null) {
      return List.of(LocalDate.of(year, month, day));
    }
    List<LocalDate> readings = new ArrayList<>();
    if (anchor != null) {
      nearest(month, day).ifPresent(readings::add);
    }
    for (int stated : yearsInBlockOf(offset)) {
      if (isValid(stated, month, day) && !readings.contains(LocalDate.of(stated, month, day))) {
        readings.add(LocalDate.of(stated, month, day));
      }
    }
    return readings;
  }

  private Optional<LocalDate> nearest(Month month, int day) {
    LocalDate best = null;
    for (int y = anchor.getYear() - LEAP_SEARCH; y <= anchor.getYear() + LEAP_SEARCH; y++) {
      if (isValid(y, month, day)) {
        LocalDate candidate = LocalDate.of(y, month, day);
        if (best == null || distance(candidate) < distance(best)) {
          best = candidate;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private long distance(LocalDate day) {
    return Math.abs(day.toEpochDay() - anchor.toEpochDay());
  }

  private List<Integer> yearsInBlockOf(int offset) {
    Block block = analyzed.article().blockAt(offset);
    if (block == null) {
      return List.of();
    }
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR.matcher(block.region().in(text));
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    return years;
  }

  private static boolean isValid(int year, Month month, int day) {
    return day >= 1 && day <= month.length(Year.isLeap(year));
  }

  private static String impossibility(Month month, int day, Integer year) {
    String name = monthName(month);
    if (day < 1) {
      return "no month has a day 0";
    } else if (day > month.maxLength()) {
      return day > 31 ? "no month has a day " + day : name + " has " + month.maxLength() + " days";
    } else if (year != null && !isValid(year, month, day)) {
      return name + " " + year + " has " + month.length(false) + " days";
    }
    return null;
  }

  private static String numericImpossibility(NumericDate date) {
    if (date.yearFirst()) {
      return reading(date.first(), date.second(), date.year());
    }
    return "read month first, " + reading(date.first(), date.second(), date.year())
        + "; read day first, " + reading(date.second(), date.first(), date.year());
  }

  private static String reading(int month, int day, int year) {
    if (month < 1 || month > 12) {
      return "there is no month " + month;
    }
    return impossibility(Month.of(month), day, year);
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private List<DateMention> weekdaysAlone(List<DateMention> known) {
    List<DateMention> found = new ArrayList<>();
    Matcher m = WEEKDAY_ALONE.matcher(text);
    while (m.find()) {
      TextRegion region = TextRegion.of(m.start(), m.end());
      boolean part = known.stream().anyMatch(k -> k.region().overlaps(region));
      if (!part) {
        DayOfWeek day = Weekdays.parse(m.group(1));
        DateRange range = anchor == null ? null : new DateRange(anchor.minusDays(6), anchor.plusDays(6));
        found.add(new DateMention(region, m.group(), region, Kind.WEEKDAY, range, List.of(), day, region, null, null));
      }
    }
    return found;
  }

  private List<PrintedDateline> datelines() {
    List<PrintedDateline> found = new ArrayList<>();
    List<Block> blocks = analyzed.article().blocks();
    for (int i = 0; i < Math.min(DATELINE_BLOCKS, blocks.size()); i++) {
      TextRegion region = blocks.get(i).region();
      String blockText = region.in(text);
      Optional<LocalDate> printed = Dateline.parse(blockText);
      if (printed.isPresent()) {
        found.add(new PrintedDateline(region, blockText, printed.get(), false));
        continue;
      }
      Dateline.wire(blockText).ifPresent(wire -> {
        LocalDate date = wire.year() != null ? wire.date().atYear(wire.year())
            : anchor == null ? null : nearest(wire.date().getMonth(), wire.date().getDayOfMonth()).orElse(null);
        if (date != null) {
          TextRegion dateRegion = TextRegion.of(region.start() + wire.start(), region.start() + wire.end());
          found.add(new PrintedDateline(dateRegion, dateRegion.in(text), date, true));
        }
      });
    }
    return found;
  }

  private boolean nextTokenIsPluralNoun(int offset) {
    Map.Entry<Integer, Token> next = tokens.ceilingEntry(offset);
    return next != null && next.getValue().tags().contains("NNS") && !next.getValue().isCapitalized();
  }

  private boolean followsAName(int offset) {
    Map.Entry<Integer, Token> previous = tokens.lowerEntry(offset);
    if (previous == null) {
      return false;
    }
    Token t = previous.getValue();
    return t.isCapitalized() && !t.sentenceInitial() && t.hasTagStartingWith("NNP")
        && !t.text().matches(Weekdays.ANY);
  }

  private static boolean overlapsAny(List<DateMention> mentions, TextRegion region) {
    return mentions.stream().anyMatch(m -> m.region().overlaps(region));
  }

  private static boolean endsDate(List<TextRegion> dates, int offset) {
    return dates.stream().anyMatch(d -> d.end() <= offset && offset - d.end() <= 2);
  }
}
