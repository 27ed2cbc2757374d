package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReporterTest {
  private final ReportFixture fixture = ReportFixture.create();
  private final String html = fixture.write(new HtmlReporter());
  private final Document page = Jsoup.parse(html);

  @Test
  void eachArticleShowsItsSourceTextUnchanged() {
    Elements texts = page.select("section.article .text");
    assertEquals(3, texts.size(), "the unreadable file has no text");
    assertEquals(fixture.seed, texts.get(0).wholeText());
    assertEquals(ReportFixture.HOSTILE_TEXT, texts.get(1).wholeText());
    assertEquals(ReportFixture.CLEAN_TEXT, texts.get(2).wholeText());
  }

  @Test
  void everyFindingIsMarkedOnExactlyItsWordsEvenWhereFindingsOverlap() {
    for (int i = 0; i < fixture.report.files().size(); i++) {
      FileResult file = fixture.report.files().get(i);
      for (int j = 0; j < file.findings().size(); j++) {
        Finding f = file.findings().get(j);
        String id = i + "-" + j;
        Elements marks = page.select("mark.hl[data-f~=^(.* )?" + id + "( .*)?$]");
        StringBuilder marked = new StringBuilder();
        marks.forEach(m -> marked.append(m.wholeText()));
        assertEquals(f.text(), marked.toString(), "finding " + id);
        assertFalse(marks.isEmpty(), "finding " + id + " has a mark");
        Element anchor = page.getElementById("m" + id);
        assertEquals("span", anchor.tagName());
        Element item = page.getElementById("f" + id);
        assertEquals(f.rule(), item.attr("data-rule"));
        assertEquals(f.severity().id(), item.attr("data-severity"));
        assertEquals("#m" + id, item.selectFirst("a.jump").attr("href"));
        assertEquals(f.message(), item.selectFirst(".message").text());
      }
    }
  }

  @Test
  void overlappingWordsAreOneMarkColouredByTheMostSeriousFinding() {
    Element toto = page.select("mark.overlap").stream().filter(m -> m.text().equals("toto")).findFirst().orElseThrow();
    assertTrue(toto.hasClass("sev-error"), toto.outerHtml());
    assertEquals(2, toto.attr("data-f").split(" ").length);
    Element point = page.selectFirst("mark.point");
    assertEquals("", point.wholeText());
  }

  @Test
  void articleMarkupStaysText() {
    assertEquals(1, page.select("script").size(), "only the report's own script");
    assertTrue(page.select("b, img").isEmpty());
    Element hostile = page.select("section.article").get(1);
    assertTrue(hostile.selectFirst(".text").wholeText().contains("<script>alert(1)</script>"));
    assertEquals(ReportFixture.HOSTILE_PATH, hostile.selectFirst("h2").text());
    assertTrue(hostile.selectFirst(".fix").text().contains("</script><script>alert(3)</script>"));
    assertTrue(hostile.selectFirst(".evidence").text().contains("saw \"<script>\" & more"));
    assertFalse(html.contains("<script>alert"), "no raw article script anywhere in the page");
  }

  @Test
  void showsFixEvidenceErrorsCountsAndFilters() {
    Element kachin = page.select("li.finding[data-rule=name-variant]").first();
    assertEquals("Fix: Kadhimi", kachin.selectFirst(".fix").text());
    assertEquals("Evidence: first named 'Mustafa al-Kadhimi' on line 11", kachin.selectFirst(".evidence").text());
    assertTrue(page.select("section.article").get(3).selectFirst(".file-error").text().contains("not UTF-8"));
    assertTrue(page.select("section.article").get(1).selectFirst(".file-error").text().contains("A rule failed"));
    Element seedRow = page.select("nav.index tbody tr").first();
    assertEquals(List.of("samples/asianews-2021-07-27.txt", "2", "1", "3", "612"),
        seedRow.select("td").eachText());
    assertEquals(List.of("error", "warning", "info"), page.select("input[name=severity]").eachAttr("value"));
    assertEquals(List.of("grammar", "merged-word", "name-variant", "spelling", "term-variant"),
        page.select("input[name=rule]").eachAttr("value"));
  }

  @Test
  void isSelfContainedAndPrintable() {
    assertTrue(page.select("link, img, iframe, [src]").isEmpty(), "nothing loaded from anywhere");
    assertTrue(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").contains("default-src 'none'"));
    assertTrue(page.selectFirst("style").data().contains("@media print"));
  }

  @Test
  void aFindingWhoseTextIsNotAtItsSpanIsListedButNotPlaced() {
    Finding f = fixture.report.files().get(0).findings().get(0);
    String changed = "x" + fixture.seed;
    String marked = HtmlArticleText.markUp(changed, List.of(f), List.of("0-0"));
    assertFalse(marked.contains("<mark"));
    assertEquals(changed, Jsoup.parse("<pre>" + marked + "</pre>").selectFirst("pre").wholeText());
  }
}
