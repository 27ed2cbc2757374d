package dev.copydesk.rules.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.DateOrder;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DateFormatRuleTest {
  private final RuleTester tester = RuleTester.of(new DateFormatRule());

  @Test
  void seedArticleDayFirstDateBesideTheMonthFirstDatelineIsFlagged() throws IOException {
    String seed = Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8);
    assertEquals(1, seed.split("24/01/2017", -1).length - 1, "the seed has one 24/01/2017");
    tester.article(seed.replace("24/01/2017", "<marker>24/01/2017</marker>"))
        .expectSuggestions("01/24/2017")
        .expectMessageContaining("07/27/2021 on line 1")
        .expectSeverities(Severity.WARNING);
  }

  @Test
  void theMinorityOrderIsFlaggedAndAmbiguousDatesAreReadInTheMajorityOrder() {
    tester.article("""
        The law passed on 27.07.2021 and took effect on 15.08.2021.

        An appeal filed on 03.04.2021 was dismissed on <marker>08.31.2021</marker>.
        """).expectSuggestions("31.08.2021").expectMessageContaining("puts the month first");
  }

  @Test
  void configuredOrderWinsOverTheArticle() {
    tester.config(withOrder(DateOrder.DMY))
        .article("The report of <marker>07/27/2021</marker> cites one of 12/02/2016.")
        .expectSuggestions("27/07/2021")
        .expectMessageContaining("dateOrder: DMY");
  }

  @Test
  void isoOrderFlagsEveryDateNotWrittenYearFirst() {
    tester.config(withOrder(DateOrder.ISO))
        .article("Filed 2021-07-27, amended <marker>07/28/2021</marker> and <marker>12/02/2016</marker>.")
        .findings().forEach(f -> assertEquals("date-format", f.rule()));
    tester.config(withOrder(DateOrder.ISO))
        .article("Filed 2021-07-27, amended <marker>07/28/2021</marker>.")
        .expectSuggestions("2021-07-28");
  }

  @Test
  void consistentAmbiguousAndWrittenDatesAreNotFlagged() {
    tester.article("""
        07/27/2021, 10.16

        The ceasefire of 12/02/2016 held until 03/04/2017, and talks resumed on 07/30/2021.

        The accord was signed on 24 January 2017 and renewed on 2020-01-24.
        """);
    tester.article("The talks began on 12/02/2016 and ended on 03/04/2017.");
  }

  private static Configuration withOrder(DateOrder order) {
    return new Configuration(null, "en-US", FailLevel.ERROR, order, List.of(), List.of(), List.of(), Map.of(), List.of(), List.of());
  }
}
