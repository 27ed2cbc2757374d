package dev.copydesk.core.report;

import static dev.copydesk.core.report.XmlReports.children;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CheckstyleReporterTest {
  private final ReportFixture fixture = ReportFixture.create();

  @Test
  void writesCheckstyleXmlWithAnErrorElementPerFinding() throws Exception {
    Document xml = XmlReports.parse(fixture.write(new CheckstyleReporter()));
    Element root = xml.getDocumentElement();
    assertEquals("checkstyle", root.getTagName());
    assertEquals(CheckstyleReporter.FORMAT_VERSION, root.getAttribute("version"));
    List<Element> files = children(root, "file");
    assertEquals(fixture.report.files().size(), files.size());
    assertEquals(ReportFixture.HOSTILE_PATH, files.get(1).getAttribute("name"));

    List<Finding> findings = fixture.report.files().get(0).findings();
    List<Element> errors = children(files.get(0), "error");
    assertEquals(findings.size(), errors.size());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Element e = errors.get(i);
      assertEquals(String.valueOf(f.span().line()), e.getAttribute("line"));
      assertEquals(String.valueOf(f.span().column()), e.getAttribute("column"));
      assertEquals(f.severity().id(), e.getAttribute("severity"));
      assertEquals("copydesk." + f.rule(), e.getAttribute("source"));
      assertEquals(FindingText.messageWithFix(f), e.getAttribute("message"));
    }
    Element unreadable = children(files.get(3), "error").get(0);
    assertEquals("copydesk.input", unreadable.getAttribute("source"));
    assertEquals("error", unreadable.getAttribute("severity"));
    assertEquals(0, children(files.get(2), "error").size());
  }
}
