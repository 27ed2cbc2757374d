package dev.copydesk.rules.dates;

import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class WeekdayMismatchRuleTest {
  private final RuleTester tester = RuleTester.of(new WeekdayMismatchRule());

  @Test
  void weekdayThatTheDateDoesNotFallOnIsFlaggedWithTheRightOne() {
    tester.article("The council will vote on <marker>Tuesday</marker>, July 28, 2021.")
        .expectSuggestions("Wednesday")
        .expectMessageContaining("July 28, 2021 is a Wednesday, not a Tuesday");
  }

  @Test
  void everyWayOfWritingTheDateIsChecked() {
    tester.article("""
        Talks opened on <marker>Tuesday</marker> 28 July 2021 in Geneva.

        The second round follows on <marker>Mon</marker>., Aug. 3, 2021, and the third on July 30, 2021 (<marker>Thursday</marker>).

        The report is due <marker>FRIDAY</marker>, 08/05/2021.
        """).expectSuggestions("Wednesday", "Tue", "Friday", "THURSDAY");
  }

  @Test
  void yearlessDateIsReadInTheYearNearestPublication() {
    tester.article("""
        07/27/2021, 10.16

        The summit opens on <marker>Monday</marker>, August 3, and closes on Friday, August 6.
        """).expectSuggestions("Tuesday").expectEvidenceContaining("nearest to the publication date");
  }

  @Test
  void weekdayThatFitsTheYearTheParagraphNamesIsNotFlagged() {
    tester.article("""
        07/27/2021

        In 2003, the invasion of Iraq began on Thursday, March 20, after weeks of debate.
        """);
  }

  @Test
  void correctWeekdaysAndAmbiguousDatesThatFitEitherReadingAreNotFlagged() {
    tester.article("""
        The council voted on Wednesday, July 28, 2021, and met again on Friday 30 July 2021.

        The report came out on Friday, 12/02/2016, a week late.
        """);
  }

  @Test
  void weekdayOfARelativeExpressionIsLeftToTheRelativeDateRule() {
    tester.article("""
        07/27/2021

        They met last Tuesday, July 21, and again on Monday.
        """);
  }
}
