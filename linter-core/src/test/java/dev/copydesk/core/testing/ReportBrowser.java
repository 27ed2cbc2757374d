package dev.copydesk.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}) for
 * tests of the HTML report, with a fresh profile and no network chatter; and the check every
 * such test makes: each finding is highlighted on exactly its words.
 *
 * <pre>{@code
 * assumeTrue(ReportBrowser.installed(), "Chromium is not installed");
 * try (ReportBrowser browser = ReportBrowser.start()) {
 *   browser.open(htmlFile);
 *   browser.assertEveryFindingHighlighted(report);
 * }
 * }</pre>
 */
public final class ReportBrowser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String HIGHLIGHTS = """
      const marks = [...document.querySelectorAll('mark.hl')].filter(m => m.dataset.f.split(' ').includes(arguments[0]));
      const painted = marks.every(m => m.classList.contains('point')
          ? getComputedStyle(m, '::before').content !== 'none'
          : getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)');
      return {text: marks.map(m => m.textContent).join(''), count: marks.length,
          shown: marks.filter(m => m.getClientRects().length > 0).length, painted: painted};
      """;
  private final ChromeDriver driver;
  private final Path profile;

  private ReportBrowser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether Chromium and its driver are installed where Debian puts them. */
  public static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Starts headless Chromium with a 1280×720 window. */
  public static ReportBrowser start() {
    try {
      Path profile = Files.createTempDirectory("copydesk-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1280, 720));
      return new ReportBrowser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The WebDriver, for checks of one's own. */
  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a report file. */
  public void open(Path html) {
    driver.get(html.toAbsolutePath().toUri().toString());
  }

  /** Asserts that each finding of {@code report} is highlighted, visibly and coloured, on exactly its words. */
  public void assertEveryFindingHighlighted(Report report) {
    for (int i = 0; i < report.files().size(); i++) {
      FileResult file = report.files().get(i);
      for (int j = 0; j < file.findings().size(); j++) {
        Finding f = file.findings().get(j);
        String id = i + "-" + j;
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) driver.executeScript(HIGHLIGHTS, id);
        String what = f.rule() + " finding " + id + " at " + f.span().line() + ":" + f.span().column();
        assertTrue(((Number) seen.get("count")).longValue() > 0, what + " is highlighted");
        assertEquals(f.text(), seen.get("text"), "highlighted words of " + what);
        assertEquals(seen.get("count"), seen.get("shown"), "every piece of " + what + " is on the page");
        assertEquals(Boolean.TRUE, seen.get("painted"), what + " is coloured");
      }
    }
  }

  /** Whether the highlight of finding {@code id} ({@code 0-3}) is wholly inside the window. */
  public boolean inView(String id) {
    return (Boolean) driver.executeScript(
        "const r = document.querySelector('mark.hl[data-f~=\"' + arguments[0] + '\"]').getBoundingClientRect();"
            + "return r.top >= 0 && r.bottom <= window.innerHeight;", id);
  }

  /** Saves what the window shows as a PNG. */
  public void screenshot(Path png) {
    try {
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary profile left behind does no harm
    }
  }
}
