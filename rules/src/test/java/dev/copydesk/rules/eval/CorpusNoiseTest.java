package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Noise on real copy, every rule on with the default configuration, per corpus folder: errors plus
 * warnings per 1,000 words, for all rules together and for each rule, over the Wikinews articles,
 * the two open-news collections and each of the six CMS content trees (their licence files left
 * out). The 163 Wikinews articles must stay at most 2.0 (bare LanguageTool makes 18.7 there).
 * The same open-news run is scored against the copy editor's verdicts in {@code
 * open-news/labels.jsonl}: of the labelled true findings how many are still reported, and of the
 * false ones how many still are, per rule. Prints every figure and writes them with {@link
 * EvaluationFigures} ({@code corpus-noise}, {@code labels-precision}).
 */
@Tag("evaluation")
class CorpusNoiseTest {
  static final double BUDGET_PER_1000_WORDS = 2.0;
  private static final String WIKINEWS = "wikinews";
  private static final String OPEN_NEWS = "open-news";
  private static final String LABELS = "open-news/labels.jsonl";

  private static final Map<String, Report> reports = new LinkedHashMap<>();
  private static final EvaluationFigures noise = new EvaluationFigures("corpus-noise");
  private static final EvaluationFigures precision = new EvaluationFigures("labels-precision");
  private static List<String> ruleIds;

  @BeforeAll
  static void checkEveryFolder() throws ConfigException {
    Configuration configuration = ConfigLoader.parse("ignore:\n  paths: [\"**/LICENSE*\"]\n", null);
    try (Copydesk copydesk = Copydesk.create(configuration)) {
      ruleIds = copydesk.rules().stream().map(r -> r.info().id()).toList();
      for (String folder : folders()) {
        long started = System.nanoTime();
        Report report = copydesk.check(List.of(corpus().resolve(folder)), ProgressListener.NONE);
        reports.put(folder, report);
        System.out.printf(Locale.ROOT, "corpus noise: checked %s (%d files) in %.1f s%n",
            folder, report.files().size(), (System.nanoTime() - started) / 1e9);
        recordNoise(folder, report);
      }
    }
  }

  @AfterAll
  static void writeFigures() {
    noise.write();
    precision.write();
  }

  @Test
  void everyFolderIsReadAndEveryRuleRunsOnEveryFile() {
    for (Map.Entry<String, Report> folder : reports.entrySet()) {
      assertTrue(folder.getValue().files().size() >= 50, folder.getKey() + ": " + folder.getValue().files().size() + " files");
      for (FileResult file : folder.getValue().files()) {
        assertEquals(null, file.error(), file.path());
        assertEquals(List.of(), file.processingErrors(), file.path());
      }
    }
    assertEquals(163, reports.get(WIKINEWS).files().size());
  }

  @Test
  void allRulesTogetherStayWithinTheNoiseBudgetOnWikinews() {
    Report wikinews = reports.get(WIKINEWS);
    long words = words(wikinews);
    double perThousand = gating(wikinews).count() * 1000.0 / words;
    assertTrue(words > 50_000, "the corpus has its words: " + words);
    assertTrue(perThousand <= BUDGET_PER_1000_WORDS, String.format(Locale.ROOT, "%.2f per 1,000 words", perThousand));
  }

  @Test
  void labelledFindingsOnOpenNewsAreScored() {
    List<Label> labels = Label.read(corpus().resolve(LABELS));
    Map<String, List<Finding>> findings = new TreeMap<>();
    Path openNews = corpus().resolve(OPEN_NEWS);
    reports.entrySet().stream().filter(e -> e.getKey().startsWith(OPEN_NEWS + "/"))
        .flatMap(e -> e.getValue().files().stream())
        .forEach(f -> findings.put(openNews.relativize(Path.of(f.path())).toString(), gating(f).toList()));
    Map<String, int[]> byRule = new TreeMap<>();
    for (Label label : labels) {
      boolean reported = findings.getOrDefault(label.file(), List.of()).stream().anyMatch(label::overlaps);
      int[] counts = byRule.computeIfAbsent(label.rule(), r -> new int[4]);
      counts[label.real() ? 0 : 2]++;
      counts[label.real() ? 1 : 3] += reported ? 1 : 0;
    }
    int[] all = new int[4];
    byRule.forEach((rule, c) -> {
      precision.precision(rule, LABELS, c[0], c[1], c[2], c[3]);
      System.out.printf(Locale.ROOT, "labels: %-20s true still reported %d/%d, false still reported %d/%d%n", rule, c[1], c[0], c[3], c[2]);
      for (int i = 0; i < all.length; i++) {
        all[i] += c[i];
      }
    });
    precision.precision("all", LABELS, all[0], all[1], all[2], all[3]);
    System.out.printf(Locale.ROOT, "labels: %-20s true still reported %d/%d, false still reported %d/%d%n", "all", all[1], all[0], all[3], all[2]);
    assertEquals(labels.size(), all[0] + all[2], "every label is a TRUE or FALSE verdict");
    assertTrue(labels.size() >= 100, "labels read: " + labels.size());
    assertTrue(findings.keySet().containsAll(labels.stream().map(Label::file).toList()), "every labelled file was checked");
  }

  private static void recordNoise(String folder, Report report) {
    long words = words(report);
    List<Finding> gating = gating(report).toList();
    Map<String, Long> byRule = gating.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
    noise.noise(folder, "all", words, gating.size());
    for (String rule : ruleIds) {
      noise.noise(folder, rule, words, byRule.getOrDefault(rule, 0L).intValue());
    }
    System.out.printf(Locale.ROOT, "corpus noise: %s: %d errors+warnings in %d words = %.2f per 1,000 words; by rule %s%n",
        folder, gating.size(), words, gating.size() * 1000.0 / words, byRule);
  }

  /** The folders measured: Wikinews, the open-news collections, every CMS content tree. */
  private static List<String> folders() {
    List<String> folders = new ArrayList<>(List.of(WIKINEWS, OPEN_NEWS + "/globalvoices", OPEN_NEWS + "/usgov-press"));
    try (Stream<Path> trees = Files.list(corpus().resolve("cms"))) {
      trees.filter(Files::isDirectory).map(p -> "cms/" + p.getFileName()).sorted().forEach(folders::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folders;
  }

  private static Path corpus() {
    return Path.of(System.getProperty("copydesk.corpus"));
  }

  private static long words(Report report) {
    return report.files().stream().mapToLong(FileResult::words).sum();
  }

  private static Stream<Finding> gating(Report report) {
    return report.files().stream().flatMap(CorpusNoiseTest::gating);
  }

  private static Stream<Finding> gating(FileResult file) {
    return file.findings().stream().filter(f -> f.severity() != Severity.INFO);
  }
}
