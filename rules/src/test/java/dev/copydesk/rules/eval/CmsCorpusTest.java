package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every rule, default settings, over the six real site content trees of {@code corpus/cms/}
 * (Zola, Next.js MDX, Jekyll, Go templates, two Hugo sites): every Markdown file the manifest
 * lists is checked, none fails, no finding lies inside template syntax or front matter, and the
 * errors plus warnings per 1,000 words of each folder stay within a budget. The template and
 * front matter regions are found here by regular expressions over the source, independently of
 * the readers. Prints (and records as {@link EvaluationFigures}) the noise per folder and the
 * findings per rule.
 */
@Tag("evaluation")
class CmsCorpusTest {
  /** The target for every folder. */
  static final double TARGET_PER_1000_WORDS = 0.5;
  /**
   * The budget this test enforces per folder, all rules: just above what they reach today (the
   * highest folder, nodejs-blog, 1.51; most of what is left is unattributed-quote and, on
   * nodejs-blog and jekyll-news, lower-case contributor handles); lower it as those land.
   */
  static final double BUDGET_PER_1000_WORDS = 1.6;
  /**
   * The budget of the typo rules ({@code spelling}, {@code grammar}) per folder on the held-out
   * half of its files ({@link CmsSpellingRecallTest#tuningHalf}): highest today jekyll-news, 1.60
   * (9 findings in 5,632 words), the others 0.16 to 1.06.
   */
  static final double TYPO_BUDGET_PER_1000_WORDS = 1.7;
  private static final List<String> TYPO_RULES = List.of("spelling", "grammar");

  private static final List<String> FOLDERS = List.of("go-blog", "grpc-blog", "hugo-docs", "jekyll-news", "nodejs-blog", "rust-blog");
  private static final Pattern ARTICLE = Pattern.compile(".*\\.(md|mdx|markdown)$");

  /** Template delimiters on one line: Hugo, Liquid and Go actions, Liquid tags. */
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}");
  /** Front matter: YAML, TOML or JSON, at the very top. */
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A(?:---\\R.*?\\R---|\\+\\+\\+\\R.*?\\R\\+\\+\\+|\\{\\R.*?\\R\\})\\s*$", Pattern.DOTALL | Pattern.MULTILINE);
  /** MDX: JSX tags (capitalised components, or any tag with a {expression} or className attribute), ESM lines. */
  private static final Pattern MDX =
      Pattern.compile("</?[A-Z][A-Za-z0-9.]*(?:\\s[^<>]*)?/?>|<[a-z]+\\s[^<>]*(?:className|=\\{)[^<>]*>|^(?:import|export)\\s.*$", Pattern.MULTILINE);

  @Test
  void everyFileOfEveryTreeIsCheckedAndNoFindingLiesInTemplatesOrFrontMatter() throws IOException {
    Path cms = Path.of(System.getProperty("copydesk.corpus")).resolve("cms");
    Map<String, Integer> expected = expectedArticles(cms.resolve("MANIFEST.tsv"));
    EvaluationFigures figures = new EvaluationFigures("cms-noise");
    List<String> problems = new ArrayList<>();
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults())) {
      for (String folder : FOLDERS) {
        Report report = copydesk.check(List.of(cms.resolve(folder)), ProgressListener.NONE);
        assertEquals(expected.get(folder), report.files().size(), folder + ": every article of the manifest is checked");
        long words = 0;
        long[] heldOut = new long[2];
        List<Finding> noisy = new ArrayList<>();
        for (FileResult file : report.files()) {
          assertEquals(null, file.error(), file.path());
          assertEquals(List.of(), file.processingErrors(), file.path());
          words += file.words();
          boolean held = !CmsCorpusTest.tuningHalfOf(cms, file.path());
          if (held) {
            heldOut[0] += file.words();
            heldOut[1] += file.findings().stream().filter(f -> f.severity() != Severity.INFO && TYPO_RULES.contains(f.rule())).count();
          }
          String source = Files.readString(Path.of(file.path()), StandardCharsets.UTF_8);
          List<int[]> markup = markupRegions(source, file.path().endsWith(".mdx"));
          for (Finding f : file.findings()) {
            if (insideAny(f.span().offset(), f.span().offset() + Math.max(1, f.span().length()), markup)) {
              problems.add(file.path() + ":" + f.span().line() + ":" + f.span().column() + " " + f.rule() + " '" + f.text() + "' lies in markup");
            }
            if (f.severity() != Severity.INFO) {
              noisy.add(f);
            }
          }
        }
        figures.noise("cms/" + folder, "all", words, noisy.size());
        double perThousand = noisy.size() * 1000.0 / words;
        Map<String, Long> byRule = noisy.stream().collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.counting()));
        System.out.printf(Locale.ROOT, "cms/%s: %d files, %d words, %d errors+warnings = %.2f per 1,000 words (target %.1f); by rule %s%n",
            folder, report.files().size(), words, noisy.size(), perThousand, TARGET_PER_1000_WORDS, byRule);
        assertTrue(words > 10_000, folder + " has its words: " + words);
        double typoPerThousand = heldOut[1] * 1000.0 / heldOut[0];
        System.out.printf(Locale.ROOT, "cms/%s held-out half: %d words, spelling+grammar %d = %.2f per 1,000 words%n",
            folder, heldOut[0], heldOut[1], typoPerThousand);
        if (typoPerThousand > TYPO_BUDGET_PER_1000_WORDS) {
          problems.add(String.format(Locale.ROOT, "cms/%s held-out: spelling+grammar %.2f per 1,000 words, over the budget of %.1f",
              folder, typoPerThousand, TYPO_BUDGET_PER_1000_WORDS));
        }
        if (perThousand > BUDGET_PER_1000_WORDS) {
          problems.add(String.format(Locale.ROOT, "cms/%s: %.2f errors+warnings per 1,000 words, over the budget of %.1f", folder, perThousand, BUDGET_PER_1000_WORDS));
        }
      }
    }
    figures.write();
    assertEquals(List.of(), problems);
  }

  /** Whether the checked file at {@code path} is in the tuning half of the cms files. */
  static boolean tuningHalfOf(Path cms, String path) {
    return CmsSpellingRecallTest.tuningHalf(cms.toAbsolutePath().normalize().relativize(Path.of(path).toAbsolutePath().normalize())
        .toString().replace('\\', '/'));
  }

  /** The manifest's Markdown files (.md, .mdx, .markdown), counted per folder. */
  private static Map<String, Integer> expectedArticles(Path manifest) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      if (ARTICLE.matcher(cells[1]).matches()) {
        counts.merge(cells[0], 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Source ranges of template syntax, front matter and (in MDX) JSX tags and ESM lines. */
  static List<int[]> markupRegions(String source, boolean mdx) {
    List<int[]> regions = new ArrayList<>();
    add(regions, FRONT_MATTER.matcher(source));
    add(regions, TEMPLATE.matcher(source));
    if (mdx) {
      add(regions, MDX.matcher(source));
    }
    return regions;
  }

  private static void add(List<int[]> regions, Matcher m) {
    while (m.find()) {
      regions.add(new int[] {m.start(), m.end()});
    }
  }

  private static boolean insideAny(int start, int end, List<int[]> regions) {
    for (int[] r : regions) {
      if (start < r[1] && end > r[0]) {
        return true;
      }
    }
    return false;
  }
}
