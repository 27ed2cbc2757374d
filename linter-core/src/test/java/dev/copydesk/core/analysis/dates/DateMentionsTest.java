package dev.copydesk.core.analysis.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Analyzer;
import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.analysis.dates.DateMention.Kind;
import dev.copydesk.core.analysis.dates.DateMentions.OrderSource;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.DateOrder;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.MarkdownReader;
import dev.copydesk.core.source.PlainTextReader;
import dev.copydesk.core.source.ReadOptions;
import dev.copydesk.core.source.SourceReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionsTest {

  private static DateMentions analyze(SourceReader reader, String name, String text) {
    Article article;
    try {
      article = reader.read(name, text, new ReadOptions(Boilerplate.defaults()));
    } catch (InputException e) {
      throw new AssertionError(e);
    }
    AnalyzedArticle analyzed = new Analyzer().analyze(article, Configuration.defaults(), LanguageToolPool.forLocale("en-US").worker());
    DateMentions dates = DateMentions.of(analyzed);
    assertSame(dates, DateMentions.of(analyzed), "computed once per article");
    return dates;
  }

  private static DateMentions analyze(String text) {
    return analyze(new PlainTextReader(), "a.txt", text);
  }

  private static DateMention mention(DateMentions dates, String text) {
    return dates.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + dates.mentions().stream().map(DateMention::text).toList()));
  }

  @Test
  void writtenDatesResolveWithTheirYearOrTheYearNearestPublication() {
    DateMentions dates = analyze("""
        01/05/2022

        The accord of July 27, 2021 was renewed on Jul. 27 and on 3 January, after talks on the 28th of December.
        """);
    assertEquals(LocalDate.of(2022, 1, 5), dates.publicationDate());
    assertEquals(LocalDate.of(2021, 7, 27), mention(dates, "July 27, 2021").day());
    assertEquals(LocalDate.of(2021, 7, 27), mention(dates, "Jul. 27").day());
    assertEquals(LocalDate.of(2022, 1, 3), mention(dates, "3 January").day());
    assertEquals(LocalDate.of(2021, 12, 28), mention(dates, "28th of December").day());
  }

  @Test
  void weekdayWrittenWithADateBelongsToIt() {
    DateMention m = mention(analyze("The vote is on Tuesday, July 27, 2021, and again on July 30, 2021 (Friday)."), "Tuesday, July 27, 2021");
    assertEquals(DayOfWeek.TUESDAY, m.weekday());
    assertEquals("July 27, 2021", m.dateRegion().in("The vote is on Tuesday, July 27, 2021, and again on July 30, 2021 (Friday)."));
  }

  @Test
  void numericDatesAreReadInTheArticlesOrder() {
    DateMentions dates = analyze("The law of 27.07.2021 replaced the one of 03.04.2017 and that of 2016-12-02.");
    assertEquals(DateOrder.DMY, dates.numericOrder());
    assertEquals(OrderSource.ARTICLE, dates.orderSource());
    assertEquals(LocalDate.of(2017, 4, 3), mention(dates, "03.04.2017").day());
    assertEquals(List.of(LocalDate.of(2017, 4, 3), LocalDate.of(2017, 3, 4)), mention(dates, "03.04.2017").readings());
    assertEquals(LocalDate.of(2016, 12, 2), mention(dates, "2016-12-02").day());
    assertEquals("27.07.2021", dates.orderEvidence().text());
  }

  @Test
  void withoutUnambiguousDatesTheLocaleDecides() {
    DateMentions dates = analyze("The talks of 12/02/2016 ended on 03/04/2017.");
    assertEquals(DateOrder.MDY, dates.numericOrder());
    assertEquals(OrderSource.LOCALE, dates.orderSource());
    assertEquals(LocalDate.of(2016, 12, 2), mention(dates, "12/02/2016").day());
  }

  @Test
  void relativeExpressionsResolveAgainstThePublicationDate() {
    DateMentions dates = analyze("""
        Tuesday, July 27, 2021

        They met yesterday and meet again tomorrow; last Monday and last week they talked, a year ago they fought, on Friday they rest.
        """);
    assertEquals(LocalDate.of(2021, 7, 26), mention(dates, "yesterday").day());
    assertEquals(LocalDate.of(2021, 7, 28), mention(dates, "tomorrow").day());
    DateMention lastMonday = mention(dates, "last Monday");
    assertTrue(lastMonday.canMean(LocalDate.of(2021, 7, 26)) && lastMonday.canMean(LocalDate.of(2021, 7, 19)));
    assertTrue(!lastMonday.canMean(LocalDate.of(2021, 7, 12)) && !lastMonday.canMean(LocalDate.of(2021, 7, 20)));
    assertEquals(new DateRange(LocalDate.of(2021, 7, 19), LocalDate.of(2021, 7, 26)), mention(dates, "last week").range());
    assertTrue(mention(dates, "a year ago").range().contains(LocalDate.of(2020, 7, 27)));
    assertEquals(Kind.WEEKDAY, mention(dates, "Friday").kind());
    assertEquals(DayOfWeek.FRIDAY, mention(dates, "Friday").weekday());
  }

  @Test
  void relativeExpressionsStayUnresolvedWithoutAPublicationDate() {
    assertNull(mention(analyze("They met yesterday."), "yesterday").range());
  }

  @Test
  void impossibleDatesAndTimesSayWhy() {
    DateMentions dates = analyze("Due February 30, filed 31/04/2021 and 2021-13-01, at 25:70.");
    assertEquals("February has 29 days", mention(dates, "February 30").impossibility());
    assertEquals("read month first, there is no month 31; read day first, April has 30 days",
        mention(dates, "31/04/2021").impossibility());
    assertEquals("there is no month 13", mention(dates, "2021-13-01").impossibility());
    assertEquals("a day has no hour 25", mention(dates, "25:70").impossibility());
  }

  @Test
  void countsAndNamesAreNotDates() {
    DateMentions dates = analyze("In June 31 people died, Theresa May 10 times said, and the score was 25:70.");
    assertEquals(List.of(), dates.ofKind(Kind.WRITTEN));
    assertEquals(List.of(), dates.ofKind(Kind.TIME));
  }

  @Test
  void printedDatelinesAndWireDatelinesAreFound() {
    DateMentions md = analyze(new MarkdownReader(), "a.md", """
        ---
        title: "Talks"
        date: 2017-07-18
        ---

        Friday, July 21, 2017

        The talks began.
        """);
    assertEquals(LocalDate.of(2017, 7, 18), md.publicationDate());
    assertEquals(LocalDate.of(2017, 7, 21), md.datelines().get(0).date());
    DateMentions wire = analyze("07/28/2021\n\nWASHINGTON, July 27 (Reuters) - The leaders met.\n");
    PrintedDateline dateline = wire.datelines().get(1);
    assertTrue(dateline.wire());
    assertEquals("July 27", dateline.text());
    assertEquals(LocalDate.of(2021, 7, 27), dateline.date());
  }
}
