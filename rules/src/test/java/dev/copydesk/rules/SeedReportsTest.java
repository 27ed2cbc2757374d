package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.Version;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.report.ReportContext;
import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.testing.ReportBrowser;
import dev.copydesk.core.testing.SarifSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed article checked with every built-in rule and written as SARIF and HTML: the SARIF is
 * valid against the official 2.1.0 schema with each result's region the finding's span, and the
 * HTML, opened in headless Chromium, shows each finding highlighted on exactly its words.
 */
class SeedReportsTest {
  private static final String DISPLAY_PATH = "samples/asianews-2021-07-27.txt";
  private static String seed;
  private static Report report;
  private static ReportContext context;

  @BeforeAll
  static void checkTheSeed() throws IOException {
    Path path = Path.of(System.getProperty("copydesk.seed"));
    seed = Files.readString(path, StandardCharsets.UTF_8);
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults())) {
      FileResult result = copydesk.check(path, DISPLAY_PATH);
      report = new Report(List.of(result));
      context = new ReportContext(Version.get(), copydesk.rules().stream().map(Rule::info).toList(),
          copydesk.configuration().failOn(), p -> Optional.of(seed).filter(s -> p.equals(DISPLAY_PATH)));
    }
    assertNull(report.files().get(0).error());
  }

  @Test
  void sarifIsValidAndEachRegionIsItsFindingsSpan() throws IOException {
    String sarif = write("sarif");
    assertEquals(List.of(), SarifSchema.errors(sarif));
    JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
    List<Finding> findings = report.files().get(0).findings();
    assertEquals(findings.size(), results.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      JsonNode region = results.get(i).get("locations").get(0).get("physicalLocation").get("region");
      String where = f.rule() + " '" + f.text() + "'";
      assertEquals(f.rule(), results.get(i).get("ruleId").asText(), where);
      assertEquals(List.of(f.span().line(), f.span().column(), f.span().endLine(), f.span().endColumn(),
          f.span().offset(), f.span().length()), List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
          region.get("endLine").asInt(), region.get("endColumn").asInt(), region.get("charOffset").asInt(),
          region.get("charLength").asInt()), where);
      assertEquals(f.text(), region.get("snippet").get("text").asText(), where);
      assertEquals(f.text(), seed.substring(f.span().offset(), f.span().offset() + f.span().length()), where);
    }
  }

  @Test
  void htmlShowsEveryFindingHighlightedOnItsWords() throws IOException {
    assumeTrue(ReportBrowser.installed(), "Chromium is not installed (apt-get install chromium chromium-driver)");
    Path html = Path.of("target", "seed-report.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, write("html"), StandardCharsets.UTF_8);
    try (ReportBrowser browser = ReportBrowser.start()) {
      browser.open(html);
      assertEquals(seed, browser.driver().executeScript("return document.querySelector('section.article .text').textContent"));
      browser.assertEveryFindingHighlighted(report);
    }
  }

  private static String write(String format) throws IOException {
    StringWriter out = new StringWriter();
    Reporters.forFormat(format).orElseThrow().write(report, context, out);
    return out.toString();
  }
}
