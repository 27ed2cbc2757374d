package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.copydesk.core.Version;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens HTML reports in headless Chromium (Debian's {@code chromium} and {@code chromium-driver})
 * and checks what an editor sees: every finding highlighted on its words, a click in the list
 * bringing the words into view, filters, and article markup shown as text. Skipped when Chromium
 * is not installed. Leaves a screenshot in {@code target/html-report.png}.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path OUT = Path.of("target", "html-report-test");
  private static ChromeDriver browser;
  private static Path profile;
  private final ReportFixture fixture = ReportFixture.create();

  @BeforeAll
  static void startChromium() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium is not installed (apt-get install chromium chromium-driver)");
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory("copydesk-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 720));
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @Test
  void everyFindingOfTheSeedIsHighlightedOnItsWords() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    assertEveryFindingHighlighted(fixture.report);
    browser.findElement(By.cssSelector("li.finding[data-rule=merged-word] a.jump")).click();
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", "html-report.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theSeedCheckedByTheEngineShowsItsTextAndEveryFindingHighlighted() throws IOException {
    Path seed = ReportFixture.seedPath();
    Report report;
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults(),
        Copydesk.discoverRules(Thread.currentThread().getContextClassLoader()), 1)) {
      report = new Report(List.of(copydesk.check(seed, ReportFixture.SEED_PATH)));
    }
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    ReportContext context = new ReportContext(Version.get(), List.of(), Configuration.defaults().failOn(),
        path -> Optional.of(text));
    open("engine.html", report, context);
    assertEquals(text, (String) browser.executeScript("return document.querySelector('section.article .text').textContent"));
    assertEveryFindingHighlighted(report);
  }

  @Test
  void clickingAFindingBringsItsHighlightIntoView() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    String last = id("name-variant");
    String first = id("term-variant");
    browser.executeScript("window.scrollTo(0, 0)");
    assertFalse(inView(last), "the last finding starts out of view");
    browser.findElement(By.cssSelector("#f" + last + " a.jump")).click();
    assertTrue(inView(last), "clicking the finding scrolled its words into view");
    assertTrue(browser.getCurrentUrl().endsWith("#m" + last));
    assertEquals(Boolean.TRUE, browser.executeScript(
        "return document.querySelector('mark.hl[data-f~=\"' + arguments[0] + '\"]').classList.contains('focus')", last));

    assertFalse(inView(first), "the first finding is now out of view");
    browser.findElement(By.cssSelector("#f" + first + " a.jump")).click();
    assertTrue(inView(first), "and comes back into view when clicked");
  }

  @Test
  void filtersHideFindingsAndTheirHighlights() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    String toto = id("merged-word");
    browser.findElement(By.cssSelector("input[name=severity][value=error]")).click();
    assertFalse(browser.findElement(By.id("f" + toto)).isDisplayed());
    assertTrue(browser.findElement(By.id("f" + id("term-variant"))).isDisplayed());
    WebElement overlap = browser.findElement(By.cssSelector("mark.hl.overlap"));
    assertTrue(overlap.getAttribute("class").contains("sev-info"), "the info finding still marks the words");
    browser.findElement(By.cssSelector("input[name=rule][value=grammar]")).click();
    assertTrue(overlap.getAttribute("class").contains("off"), "nothing left to mark there");
    browser.findElement(By.cssSelector("input[name=severity][value=error]")).click();
    assertTrue(browser.findElement(By.id("f" + toto)).isDisplayed());
    assertTrue(overlap.getAttribute("class").contains("sev-error"));
  }

  @Test
  void aScriptInAnArticleRendersAsText() throws IOException {
    open("fixture.html", fixture.report, fixture.context);
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    WebElement hostile = browser.findElements(By.cssSelector("section.article")).get(1);
    assertTrue(hostile.findElement(By.cssSelector(".text")).getText().contains("<script>alert(1)</script>"));
    assertTrue(hostile.findElements(By.cssSelector(".text script, .text b, .text img")).isEmpty());
    assertEquals(1L, browser.executeScript("return document.scripts.length"));
  }

  private static void open(String name, Report report, ReportContext context) throws IOException {
    Path file = OUT.resolve(name);
    Files.writeString(file, ReportFixture.write(new HtmlReporter(), report, context), StandardCharsets.UTF_8);
    browser.get(file.toAbsolutePath().toUri().toString());
  }

  /** Every finding's highlighted text in the page is exactly its words, visibly marked. */
  private static void assertEveryFindingHighlighted(Report report) {
    for (int i = 0; i < report.files().size(); i++) {
      FileResult file = report.files().get(i);
      for (int j = 0; j < file.findings().size(); j++) {
        Finding f = file.findings().get(j);
        String id = i + "-" + j;
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) browser.executeScript(
            "const marks = [...document.querySelectorAll('mark.hl')].filter(m => m.dataset.f.split(' ').includes(arguments[0]));"
                + "const shown = marks.filter(m => m.getClientRects().length > 0);"
                + "const painted = marks.every(m => m.classList.contains('point')"
                + "  ? getComputedStyle(m, '::before').content !== 'none'"
                + "  : getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)');"
                + "return {text: marks.map(m => m.textContent).join(''), count: marks.length, shown: shown.length, painted: painted};",
            id);
        assertEquals(f.text(), seen.get("text"), "highlighted words of " + f.rule() + " " + id);
        assertTrue(((Number) seen.get("count")).longValue() > 0, "finding " + id + " is highlighted");
        assertEquals(seen.get("count"), seen.get("shown"), "every piece of finding " + id + " is on screen");
        assertEquals(Boolean.TRUE, seen.get("painted"), "finding " + id + " is coloured");
      }
    }
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

  private static boolean inView(String id) {
    return (Boolean) browser.executeScript(
        "const r = document.querySelector('mark.hl[data-f~=\"' + arguments[0] + '\"]').getBoundingClientRect();"
            + "return r.top >= 0 && r.bottom <= window.innerHeight;", id);
  }
}
