package dev.copydesk.core.report;

import static dev.copydesk.core.report.XmlReports.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReporterTest {
  private final ReportFixture fixture = ReportFixture.create();

  @Test
  void oneTestCasePerArticleWithOneFailureListingEveryFindingAtTheFailLevel() throws Exception {
    Document xml = XmlReports.parse(fixture.write(new JunitReporter()));
    Element suites = xml.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    Element suite = children(suites, "testsuite").get(0);
    List<Element> cases = children(suite, "testcase");
    assertEquals(List.of(ReportFixture.SEED_PATH, ReportFixture.HOSTILE_PATH, ReportFixture.CLEAN_PATH,
        ReportFixture.UNREADABLE_PATH), cases.stream().map(c -> c.getAttribute("name")).toList());

    List<Finding> seedErrors = fixture.report.files().get(0).findings().stream()
        .filter(f -> FailLevel.ERROR.fails(f.severity())).toList();
    assertTrue(seedErrors.size() > 1, "the fixture's seed has several errors");
    List<Element> seedFailures = children(cases.get(0), "failure");
    assertEquals(1, seedFailures.size(), "JUnit allows one failure per test case");
    Element failure = seedFailures.get(0);
    assertTrue(failure.getAttribute("message").startsWith(seedErrors.size() + " findings at or above error; the first: "));
    assertTrue(failure.getAttribute("message").contains(seedErrors.get(0).message()));
    for (Finding f : seedErrors) {
      assertTrue(failure.getTextContent().contains(f.message()), "the failure lists " + f.message());
    }
    assertTrue(children(cases.get(0), "system-out").get(0).getTextContent().contains("term-variant"),
        "findings below the fail level are listed, not failed");
    assertEquals(0, children(cases.get(2), "failure").size() + children(cases.get(2), "error").size());
    assertEquals("input", children(cases.get(3), "error").get(0).getAttribute("type"));
    Element hostile = cases.get(1);
    assertEquals(1, children(hostile, "error").size());
    assertEquals(0, children(hostile, "failure").size(), "an error case carries its failing findings in the error");
    assertEquals("processing", children(hostile, "error").get(0).getAttribute("type"));
    assertTrue(children(hostile, "system-out").get(0).getTextContent().contains("<script>alert(1)</script>"));

    assertEquals("4", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("2", suite.getAttribute("errors"));
  }

  @Test
  void aLowerFailLevelFailsOnWarningsToo() throws Exception {
    ReportContext warning = new ReportContext("test", ReportFixture.rules(), FailLevel.WARNING, fixture.context.sources());
    Document xml = XmlReports.parse(ReportFixture.write(new JunitReporter(), fixture.report, warning));
    Element seed = children(children(xml.getDocumentElement(), "testsuite").get(0), "testcase").get(0);
    List<Element> failures = children(seed, "failure");
    assertEquals(1, failures.size());
    assertTrue(failures.get(0).getAttribute("message").startsWith("3 findings at or above warning; the first: "));
  }

  @Test
  void charactersXmlCannotCarryAreReplacedSoTheReportStillParses() throws Exception {
    assertEquals("bell\uFFFD and tab\t", XmlOutput.legal("bell\u0007 and tab\t"));
    assertEquals("emoji \uD83D\uDCF0 kept", XmlOutput.legal("emoji \uD83D\uDCF0 kept"));
    assertEquals("lone \uFFFD", XmlOutput.legal("lone \uD83D"));
  }
}
