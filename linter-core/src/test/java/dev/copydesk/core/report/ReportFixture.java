package dev.copydesk.core.report;

import dev.copydesk.core.Version;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import dev.copydesk.core.rule.RuleInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report with hand-made findings, so the report formats are tested without depending on the
 * rules: the seed article with findings of every severity (two overlapping, one of no length, one
 * spanning a line break), an article whose text holds markup and a script, a clean article, and a
 * file that could not be read.
 */
final class ReportFixture {
  static final String SEED_PATH = "samples/asianews-2021-07-27.txt";
  static final String HOSTILE_PATH = "drafts/markup & <script>.txt";
  static final String HOSTILE_TEXT = "Headline: <script>alert(1)</script> & \"quotes\" stay text.\n"
      + "A tag <b>bold</b> too, and an <img src=x onerror=alert(2)> image.\n";
  static final String CLEAN_PATH = "news/clean.txt";
  static final String CLEAN_TEXT = "Nothing to see here.\n";
  static final String UNREADABLE_PATH = "news/broken.txt";

  final String seed;
  final Report report;
  final ReportContext context;

  private ReportFixture(String seed, Report report, ReportContext context) {
    this.seed = seed;
    this.report = report;
    this.context = context;
  }

  /** The fixture, failing at {@code error}. */
  static ReportFixture create() {
    String seed = seedText();
    List<Finding> seedFindings = new ArrayList<>();
    LineIndex lines = new LineIndex(seed);
    seedFindings.add(finding(seed, lines, "Isis", 0, "term-variant", Severity.WARNING,
        "'Isis' and 'ISIS' both appear; use one form", List.of("ISIS"), "'ISIS' is used 1 time"));
    int toto = seed.indexOf("toto continue");
    seedFindings.add(finding(seed, lines, "toto", toto, "merged-word", Severity.ERROR,
        "'toto' looks like 'to' typed twice", List.of("to"), null));
    seedFindings.add(finding(seed, lines, "toto continue", toto, "grammar", Severity.INFO,
        "Check the verb after 'toto'", List.of(), "LanguageTool rule TO_NON_BASE"));
    int declared = seed.indexOf("Biden declared that") + "Biden declared".length();
    seedFindings.add(finding(seed, lines, "", declared, "grammar", Severity.INFO,
        "A word may be missing here", List.of(" on Monday"), null));
    int lineBreak = seed.indexOf("the year.\n\nThe agreement");
    seedFindings.add(finding(seed, lines, "year.\n\nThe", lineBreak + 4, "grammar", Severity.INFO,
        "Paragraph break inside a phrase", List.of(), null));
    seedFindings.add(finding(seed, lines, "Kachin", 0, "name-variant", Severity.ERROR,
        "'Kachin' looks like a misspelling of 'Kadhimi', named 3 times in this article", List.of("Kadhimi"),
        "first named 'Mustafa al-Kadhimi' on line 11"));
    seedFindings.sort((a, b) -> Integer.compare(a.span().offset(), b.span().offset()));

    LineIndex hostileLines = new LineIndex(HOSTILE_TEXT);
    List<Finding> hostileFindings = List.of(
        finding(HOSTILE_TEXT, hostileLines, "<script>alert(1)</script>", 0, "spelling", Severity.WARNING,
            "Markup <script> in copy", List.of("</script><script>alert(3)</script>"), "saw \"<script>\" & more"),
        finding(HOSTILE_TEXT, hostileLines, "<b>bold</b>", 0, "spelling", Severity.ERROR,
            "Tag in copy: 100% sure, really: yes", List.of("bold"), null));

    Report report = new Report(List.of(
        new FileResult(SEED_PATH, null, seedFindings, 612, List.of()),
        new FileResult(HOSTILE_PATH, null, hostileFindings, 20, List.of("grammar: IllegalStateException: boom")),
        new FileResult(CLEAN_PATH, null, List.of(), 4, List.of()),
        FileResult.unreadable(UNREADABLE_PATH, "not UTF-8: malformed input at byte 12")));
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(SEED_PATH, seed);
    sources.put(HOSTILE_PATH, HOSTILE_TEXT);
    sources.put(CLEAN_PATH, CLEAN_TEXT);
    ReportContext context = new ReportContext(Version.get(), rules(), FailLevel.ERROR,
        path -> Optional.ofNullable(sources.get(path)));
    return new ReportFixture(seed, report, context);
  }

  /** The rules the fixture's findings name, but {@code spelling}, which the run does not describe. */
  static List<RuleInfo> rules() {
    return List.of(
        new RuleInfo("grammar", "typos", Severity.INFO, "LanguageTool's grammar rules for news copy.",
            "He go home.", "He goes home."),
        new RuleInfo("merged-word", "typos", Severity.ERROR, "A short word doubled and merged.",
            "We want toto go.", "We want to go."),
        new RuleInfo("name-variant", "names", Severity.ERROR, "A near miss of a name the article established.",
            "Kadhimi met Biden. Kachin said…", "Kadhimi met Biden. Kadhimi said…"),
        new RuleInfo("term-variant", "terms", Severity.WARNING, "One term written two ways in one article.",
            "Isis … ISIS", "ISIS … ISIS"));
  }

  /** The seed article's text, as the build's {@code copydesk.seed} property names it. */
  static String seedText() {
    try {
      return Files.readString(seedPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path seedPath() {
    return Path.of(System.getProperty("copydesk.seed", "../samples/asianews-2021-07-27.txt"));
  }

  /** Every finding of the report with the path of its file. */
  List<Map.Entry<String, Finding>> findings() {
    List<Map.Entry<String, Finding>> all = new ArrayList<>();
    report.files().forEach(f -> f.findings().forEach(x -> all.add(Map.entry(f.path(), x))));
    return all;
  }

  /** What {@code reporter} writes for this fixture. */
  String write(Reporter reporter) {
    return write(reporter, report, context);
  }

  static String write(Reporter reporter, Report report, ReportContext context) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(report, context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Finding finding(String source, LineIndex lines, String text, int from, String rule, Severity severity,
      String message, List<String> suggestions, String evidence) {
    int start = source.indexOf(text, from);
    if (from < 0 || start < 0) {
      throw new IllegalStateException("fixture text not found: " + text);
    }
    SourceSpan span = lines.span(start, start + text.length());
    String category = rule.equals("name-variant") ? "names" : rule.equals("term-variant") ? "terms" : "typos";
    return new Finding(rule, category, severity, message, span, text, suggestions, evidence);
  }
}
