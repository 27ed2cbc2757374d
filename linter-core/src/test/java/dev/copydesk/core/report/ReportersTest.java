package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void theReportFormatsAreFoundByTheirIds() {
    assertTrue(Reporters.formats().containsAll(List.of("html", "sarif", "junit", "github", "checkstyle")),
        Reporters.formats().toString());
    assertEquals(HtmlReporter.class, Reporters.forFormat(" HTML ").orElseThrow().getClass());
    assertEquals("sarif", Reporters.forFormat("sarif").orElseThrow().fileExtension());
    assertEquals("xml", Reporters.forFormat("junit").orElseThrow().fileExtension());
  }
}
