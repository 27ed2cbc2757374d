package dev.copydesk.core.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The report for editors ({@code --format html}): one self-contained page (inline style and
 * script, a content security policy that forbids any network use) that opens in any browser and
 * prints cleanly. It has an index of the articles with their counts by severity, filters by rule
 * and severity, and for each article its text with every finding highlighted in place (see
 * {@link HtmlArticleText}) beside the list of its findings, each with message, suggested fix and
 * evidence, and a link that brings its words into view. All article text is escaped: an article
 * containing {@code <script>} shows it as text.
 */
public final class HtmlReporter implements Reporter {
  private static final String STYLE = resource("html-report.css");
  private static final String SCRIPT = resource("html-report.js");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    StringBuilder html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Copydesk report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    header(html, report, context);
    filters(html, report);
    index(html, report);
    html.append("<main>\n");
    for (int i = 0; i < report.files().size(); i++) {
      article(html, i, report.files().get(i), context);
    }
    html.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(html.toString());
    out.flush();
  }

  private static void header(StringBuilder html, Report report, ReportContext context) {
    html.append("<header>\n<h1>Copydesk report</h1>\n<p class=\"summary\">")
        .append(report.files().size()).append(report.files().size() == 1 ? " article" : " articles").append(" checked: ");
    counts(html, report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO));
    html.append(". The run fails on ").append(escapeHtml4(context.failOn().id()))
        .append(". Copydesk ").append(escapeHtml4(context.toolVersion())).append(".</p>\n</header>\n");
  }

  private static void counts(StringBuilder html, long errors, long warnings, long infos) {
    html.append("<span class=\"count sev-error\">").append(errors).append(errors == 1 ? " error" : " errors").append("</span>, ")
        .append("<span class=\"count sev-warning\">").append(warnings).append(warnings == 1 ? " warning" : " warnings").append("</span>, ")
        .append("<span class=\"count sev-info\">").append(infos).append(infos == 1 ? " info" : " infos").append("</span>");
  }

  private static void filters(StringBuilder html, Report report) {
    TreeMap<String, Integer> rules = new TreeMap<>();
    report.files().forEach(f -> f.findings().forEach(x -> rules.merge(x.rule(), 1, Integer::sum)));
    html.append("<form class=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>");
    for (Severity s : Severity.values()) {
      html.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(s.id()).append("\" checked> ")
          .append("<span class=\"badge sev-").append(s.id()).append("\">").append(s.id()).append("</span> (")
          .append(report.count(s)).append(")</label> ");
    }
    html.append("</fieldset>\n<fieldset><legend>Rule</legend>");
    rules.forEach((rule, n) -> html.append("<label><input type=\"checkbox\" name=\"rule\" value=\"")
        .append(escapeHtml4(rule)).append("\" checked> <code>").append(escapeHtml4(rule)).append("</code> (")
        .append(n).append(")</label> "));
    if (rules.isEmpty()) {
      html.append("<span class=\"none\">no findings</span>");
    }
    html.append("</fieldset>\n</form>\n");
  }

  private static void index(StringBuilder html, Report report) {
    html.append("<nav class=\"index\" aria-label=\"Articles\">\n<table>\n<thead><tr><th>Article</th><th>Errors</th>")
        .append("<th>Warnings</th><th>Infos</th><th>Words</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < report.files().size(); i++) {
      FileResult file = report.files().get(i);
      html.append("<tr><td><a href=\"#a").append(i).append("\">").append(escapeHtml4(file.path())).append("</a>");
      if (file.error() != null) {
        html.append(" <span class=\"badge sev-error\">not read</span>");
      }
      html.append("</td><td class=\"n\">").append(file.count(Severity.ERROR))
          .append("</td><td class=\"n\">").append(file.count(Severity.WARNING))
          .append("</td><td class=\"n\">").append(file.count(Severity.INFO))
          .append("</td><td class=\"n\">").append(file.words()).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n</nav>\n");
  }

  private static void article(StringBuilder html, int i, FileResult file, ReportContext context) {
    html.append("<section class=\"article\" id=\"a").append(i).append("\">\n<h2>").append(escapeHtml4(file.path()))
        .append("</h2>\n<p class=\"summary\">");
    counts(html, file.count(Severity.ERROR), file.count(Severity.WARNING), file.count(Severity.INFO));
    html.append("</p>\n");
    if (file.error() != null) {
      html.append("<p class=\"file-error\">Could not be read: ").append(escapeHtml4(file.error())).append("</p>\n</section>\n");
      return;
    }
    for (String failure : file.processingErrors()) {
      html.append("<p class=\"file-error\">A rule failed: ").append(escapeHtml4(failure)).append("</p>\n");
    }
    List<String> ids = new ArrayList<>();
    for (int j = 0; j < file.findings().size(); j++) {
      ids.add(i + "-" + j);
    }
    Optional<String> source = context.sources().apply(file.path());
    html.append("<div class=\"article-body\">\n<div class=\"text\">");
    if (source.isPresent()) {
      html.append(HtmlArticleText.markUp(source.get(), file.findings(), ids));
    } else {
      html.append("<p class=\"no-source\">The article's text is not available; its findings are listed with their words.</p>");
    }
    html.append("</div>\n<ol class=\"findings\">\n");
    for (int j = 0; j < file.findings().size(); j++) {
      Finding f = file.findings().get(j);
      item(html, ids.get(j), f, source.map(s -> HtmlArticleText.placed(f, s)).orElse(false));
    }
    if (file.findings().isEmpty()) {
      html.append("<li class=\"clean\">No findings.</li>\n");
    }
    html.append("</ol>\n</div>\n</section>\n");
  }

  private static void item(StringBuilder html, String id, Finding f, boolean placed) {
    String sev = f.severity().id();
    html.append("<li class=\"finding sev-").append(sev).append("\" id=\"f").append(id).append("\" data-f=\"").append(id)
        .append("\" data-rule=\"").append(escapeHtml4(f.rule())).append("\" data-severity=\"").append(sev).append("\">\n")
        .append(placed ? "<a class=\"jump\" href=\"#m" + id + "\">" : "<span class=\"jump\">")
        .append("line ").append(f.span().line()).append(", column ").append(f.span().column())
        .append(placed ? "</a>" : "</span>")
        .append(" <span class=\"badge sev-").append(sev).append("\">").append(sev).append("</span> <code class=\"rule\">")
        .append(escapeHtml4(f.rule())).append("</code>\n");
    if (!f.text().isEmpty()) {
      html.append("<p class=\"words\">").append(escapeHtml4(f.text())).append("</p>\n");
    }
    html.append("<p class=\"message\">").append(escapeHtml4(f.message())).append("</p>\n");
    if (!f.suggestions().isEmpty()) {
      html.append("<p class=\"fix\">Fix: ");
      for (int k = 0; k < f.suggestions().size(); k++) {
        html.append(k == 0 ? "" : " or ").append("<ins>").append(escapeHtml4(f.suggestions().get(k))).append("</ins>");
      }
      html.append("</p>\n");
    }
    if (f.evidence() != null) {
      html.append("<p class=\"evidence\">Evidence: ").append(escapeHtml4(f.evidence())).append("</p>\n");
    }
    html.append("</li>\n");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
