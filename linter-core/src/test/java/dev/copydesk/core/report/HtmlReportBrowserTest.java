package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.testing.ReportBrowser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Opens HTML reports in headless Chromium and checks what an editor sees: every finding
 * highlighted on its words, a click in the list bringing the words into view, filters, and
 * article markup shown as text, on a report with hand-made findings (the seed article checked by
 * the built-in rules is opened by the rules module's {@code SeedReportsTest}). Skipped when
 * Chromium is not installed. Leaves a screenshot in {@code target/html-report.png}.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "html-report-test");
  private static ReportBrowser browser;
  private final ReportFixture fixture = ReportFixture.create();

  @BeforeAll
  static void startChromium() throws IOException {
    assumeTrue(ReportBrowser.installed(), "Chromium is not installed (apt-get install chromium chromium-driver)");
    Files.createDirectories(OUT);
    browser = ReportBrowser.start();
  }

  @AfterAll
  static void stopChromium() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyFindingOfTheSeedIsHighlightedOnItsWords() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    browser.assertEveryFindingHighlighted(fixture.report);
    driver().findElement(By.cssSelector("li.finding[data-rule=merged-word] a.jump")).click();
    browser.screenshot(Path.of("target", "html-report.png"));
  }

  @Test
  void clickingAFindingBringsItsHighlightIntoView() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    String last = id("name-variant");
    String first = id("term-variant");
    driver().executeScript("window.scrollTo(0, 0)");
    assertFalse(browser.inView(last), "the last finding starts out of view");
    driver().findElement(By.cssSelector("#f" + last + " a.jump")).click();
    assertTrue(browser.inView(last), "clicking the finding scrolled its words into view");
    assertTrue(driver().getCurrentUrl().endsWith("#m" + last));
    assertEquals(Boolean.TRUE, driver().executeScript(
        "return document.querySelector('mark.hl[data-f~=\"' + arguments[0] + '\"]').classList.contains('focus')", last));

    assertFalse(browser.inView(first), "the first finding is now out of view");
    driver().findElement(By.cssSelector("#f" + first + " a.jump")).click();
    assertTrue(browser.inView(first), "and comes back into view when clicked");
  }

  @Test
  void filtersHideFindingsAndTheirHighlights() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    String toto = id("merged-word");
    driver().findElement(By.cssSelector("input[name=severity][value=error]")).click();
    assertFalse(driver().findElement(By.id("f" + toto)).isDisplayed());
    assertTrue(driver().findElement(By.id("f" + id("term-variant"))).isDisplayed());
    WebElement overlap = driver().findElement(By.cssSelector("mark.hl.overlap"));
    assertTrue(overlap.getAttribute("class").contains("sev-info"), "the info finding still marks the words");
    driver().findElement(By.cssSelector("input[name=rule][value=grammar]")).click();
    assertTrue(overlap.getAttribute("class").contains("off"), "nothing left to mark there");
    driver().findElement(By.cssSelector("input[name=severity][value=error]")).click();
    assertTrue(driver().findElement(By.id("f" + toto)).isDisplayed());
    assertTrue(overlap.getAttribute("class").contains("sev-error"));
  }

  @Test
  void aScriptInAnArticleRendersAsText() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert());
    WebElement hostile = driver().findElements(By.cssSelector("section.article")).get(1);
    assertTrue(hostile.findElement(By.cssSelector(".text")).getText().contains("<script>alert(1)</script>"));
    assertTrue(hostile.findElements(By.cssSelector(".text script, .text b, .text img")).isEmpty());
    assertEquals(1L, driver().executeScript("return document.scripts.length"));
  }

  private static ChromeDriver driver() {
    return browser.driver();
  }

  private static void open(String name, Report report, ReportContext context) throws IOException {
    Path file = OUT.resolve(name);
    Files.writeString(file, ReportFixture.write(new HtmlReporter(), report, context), StandardCharsets.UTF_8);
    browser.open(file);
  }

  private String id(String rule) {
    List<Finding> seed = fixture.report.files().get(0).findings();
    for (int j = 0; j < seed.size(); j++) {
      if (seed.get(j).rule().equals(rule)) {
        return "0-" + j;
      }
    }
    throw new IllegalArgumentException(rule);
  }
}
