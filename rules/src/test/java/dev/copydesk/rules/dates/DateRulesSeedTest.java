package dev.copydesk.rules.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the seed article with all four date rules: one date-format finding on
 * "24/01/2017" and nothing on "yesterday", "by the end of the year", "early 2020" or "in 2003".
 */
class DateRulesSeedTest {

  @Test
  void onlyTheDayFirstDateIsFlaggedInTheSeed() throws IOException {
    Path seed = Path.of(System.getProperty("copydesk.seed"));
    FileResult result;
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(),
        List.of(new WeekdayMismatchRule(), new RelativeDateRule(), new DateFormatRule(), new ImpossibleDateRule()), 1)) {
      result = copydesk.check(seed, "seed.txt");
    }
    assertEquals(List.of("date-format 24/01/2017"), result.findings().stream().map(f -> f.rule() + " " + f.text()).toList());
  }
}
