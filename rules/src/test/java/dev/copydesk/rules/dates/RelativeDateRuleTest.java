package dev.copydesk.rules.dates;

import dev.copydesk.core.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RelativeDateRuleTest {
  private final RuleTester tester = RuleTester.of(new RelativeDateRule());

  @Test
  void relativeDateBesideADateItCannotMeanIsFlagged() {
    tester.article("""
        07/28/2021

        The leaders met <marker>yesterday</marker>, July 26, at the White House.
        """).expectMessageContaining("'yesterday' is Tuesday, July 27, 2021 in an article published Wednesday, July 28, 2021, "
            + "but the date beside it, 'July 26', is Monday, July 26, 2021");
  }

  @Test
  void relativeDateBesideAWeekdayItCannotFallOnIsFlagged() {
    tester.article("""
        Monday, July 26, 2021

        The ministers met <marker>yesterday</marker> (Monday) and will meet again on Friday (<marker>tomorrow</marker>).

        The vote comes <marker>next Tuesday</marker>, August 17, and the last one was held <marker>last Monday</marker>, July 5.
        """);
  }

  @Test
  void relativeDatesThatAgreeWithTheirDatesAreNotFlagged() {
    tester.article("""
        Tuesday, July 27, 2021

        The leaders met yesterday, Monday, July 26, after talks last Tuesday, July 20, and last week.

        The vote is tomorrow (Wednesday), and a year ago, on July 27, 2020, the first round was held.
        """);
  }

  @Test
  void yearlessDateBesideAYearExpressionMayBeInThatYear() {
    tester.article("""
        January 10, 2022

        Last year, on March 5, the council met; next year, on February 2, it meets again.
        """);
    tester.article("""
        January 10, 2022

        <marker>Last year</marker>, on March 5, 2022, the council met.
        """);
  }

  @Test
  void seedArticleYesterdayAndLooseExpressionsAreNotFlagged() throws IOException {
    tester.article(Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8));
  }

  @Test
  void withoutAPublicationDateNothingRelativeIsJudged() {
    tester.article("The leaders met yesterday, July 26, and again today (Sunday).");
  }

  @Test
  void secondPrintedDateThatDisagreesWithTheDatelineIsFlagged() {
    tester.article("""
        07/27/2021

        <marker>Friday, July 30, 2021</marker>

        The leaders met yesterday.
        """).expectMessageContaining("publication date, Tuesday, July 27, 2021 (dateline)");
  }

  @Test
  void markdownDatelineThatDisagreesWithTheFrontMatterIsFlagged() {
    tester.as("story.md").article("""
        ---
        title: "Talks resume"
        date: 2017-07-18
        ---

        <marker>Friday, July 21, 2017</marker>

        Talks resumed on Tuesday.
        """).expectMessageContaining("Tuesday, July 18, 2017 (front matter)");
    tester.as("story.md").article("""
        ---
        date: 2017-07-18
        ---

        Tuesday, July 18, 2017

        Talks resumed yesterday (Monday).
        """);
  }

  @Test
  void wireDatelineMayPrecedePublicationByOneDayButNoMore() {
    tester.article("""
        07/28/2021

        WASHINGTON, July 27 (Reuters) - The leaders met on Monday.
        """);
    tester.article("""
        07/30/2021

        WASHINGTON, <marker>July 27</marker> (Reuters) - The leaders met on Monday.
        """).expectMessageContaining("filed on its publication day or the day before");
  }
}
