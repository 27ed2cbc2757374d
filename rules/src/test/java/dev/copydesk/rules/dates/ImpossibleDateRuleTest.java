package dev.copydesk.rules.dates;

import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ImpossibleDateRuleTest {
  private final RuleTester tester = RuleTester.of(new ImpossibleDateRule());

  @Test
  void datesThatDoNotExistAreFlagged() {
    tester.article("""
        The deadline is <marker>February 30</marker>, the hearing on <marker>April 31, 2021</marker>.

        The vote was held on <marker>February 29, 2021</marker>, and results came on <marker>31 June</marker>.
        """).expectMessageContaining("is not a real date");
  }

  @Test
  void numericDatesThatNoOrderMakesADateAreFlagged() {
    tester.article("Filed <marker>31/04/2021</marker>, amended <marker>2021-13-01</marker> and <marker>13/25/2020</marker>.")
        .expectMessageContaining("there is no month");
  }

  @Test
  void impossibleClockTimesAreFlaggedWhereTheWordsSayItIsATime() {
    tester.article("Polls close at <marker>25:70</marker>, and the count starts at <marker>7:65</marker> p.m.")
        .expectMessageContaining("is not a real time");
  }

  @Test
  void realDatesScoresAndCountsAreNotFlagged() {
    tester.article("""
        The vote was held on February 29, 2020, and again on 31/03/2021 and 2021-12-31.

        In June 31 people died, and the final score was 25:70 to the visitors.

        The meeting starts at 24:00 and ends at 10:45 a.m. on 12/31/2021.
        """);
  }
}
