package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.rules.eval.QuotePlanter.Plant;
import dev.copydesk.rules.quotes.UnattributedQuoteRule;
import dev.copydesk.rules.quotes.UnbalancedQuoteRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How well the quotation rules do on copy they were not tuned on. Every article of Wikinews and of
 * both open-news folders is split by a hash of its path ({@link CorpusArticle#heldOut()}) into a
 * tuning half and a held-out half; the figures that count are the held-out half's. Measured:
 * <ul>
 *   <li>recall of two planted kinds, reported by errors and warnings only (info does not gate): a
 *       paragraph that is nothing but a quotation (one or two sentences from another article, in
 *       straight, curly, TeX or mixed marks) after a paragraph of facts with no speaker, and a real
 *       quotation with its "…," X said. cut — the target is 90% of each on the held-out half, the
 *       guard 85%;</li>
 *   <li>noise: {@code unattributed-quote} errors plus warnings per 1,000 words on each folder, at most
 *       0.3;</li>
 *   <li>the copy editor's verdicts in {@code open-news/labels.jsonl}: of the labelled false quote
 *       findings at most 15% still reported;</li>
 *   <li>GUM's annotated quotations (all attributed in their articles) at most 5% flagged.</li>
 * </ul>
 * Deterministic: the plants are chosen by fixed rules. Prints every figure and every miss.
 */
@Tag("evaluation")
class QuoteEvaluationTest {
  private static final String UNATTRIBUTED = "unattributed-quote";
  private static final List<String> FOLDERS = List.of("wikinews", "open-news/globalvoices", "open-news/usgov-press");
  private static final String LABELS = "open-news/labels.jsonl";
  private static final double MAX_FLAGGED_GUM_QUOTES = 0.05;
  /**
   * The guard, at what the held-out half measures (quote paragraphs 86.8%, cut attributions 92.3% at
   * this commit); the target is 0.90 for both.
   */
  private static final double MIN_RECALL = 0.85;
  private static final double MAX_NOISE_PER_1000_WORDS = 0.3;
  /** Plants the held-out half must get: few articles have a quote paragraph whose attribution cuts cleanly. */
  private static final Map<String, Integer> MIN_PLANTS = Map.of("quote paragraph", 150, "attribution removed", 10);
  private static final double MAX_FALSE_STILL_REPORTED = 0.15;
  private static final int DONOR_STEP = 7;
  private static final int THREADS = 2;

  private static Copydesk copydesk;
  private static List<CorpusArticle> articles;
  private static Map<String, FileResult> clean;
  private static final EvaluationFigures figures = new EvaluationFigures("quote-rules");

  @BeforeAll
  static void checkTheCleanCorpus() {
    copydesk = Copydesk.create(Configuration.defaults(), List.of(new UnattributedQuoteRule(), new UnbalancedQuoteRule()), 1);
    articles = FOLDERS.stream().flatMap(f -> CorpusArticle.in(f).stream()).toList();
    clean = check(articles).stream().collect(Collectors.toMap(FileResult::path, Function.identity()));
  }

  @AfterAll
  static void close() {
    copydesk.close();
    figures.write();
  }

  @Test
  void attributedQuotationsAnnotatedInGumAreRarelyFlagged() {
    List<String> unmatched = new ArrayList<>();
    List<CorpusArticle> wikinews = articles.stream().filter(a -> a.folder().equals("wikinews")).toList();
    List<GumQuotes.Located> quotes = GumQuotes.locate(wikinews, unmatched);
    List<GumQuotes.Located> flagged = quotes.stream()
        .filter(q -> flags(clean.get(q.article().name()), q.start(), q.end())).toList();
    double share = flagged.size() / (double) quotes.size();
    System.out.printf(Locale.ROOT, "GUM quotations: %d of %d located flagged unattributed-quote (%.1f%%); %d not located in the text%n",
        flagged.size(), quotes.size(), share * 100, unmatched.size());
    flagged.forEach(q -> System.out.println("  flagged GUM quote in " + q.article().name() + ": " + q.tokens()));
    assertTrue(quotes.size() >= 90, "GUM quotations located: " + quotes.size());
    assertTrue(share <= MAX_FLAGGED_GUM_QUOTES, String.format(Locale.ROOT, "%.1f%% flagged", share * 100));
  }

  @Test
  void plantedUnsourcedQuotationsAreFoundOnTheHeldOutHalf() {
    List<Plant> plants = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      CorpusArticle host = articles.get(i);
      List<String> donor = QuotePlanter.donorSentences(articles.get((i + DONOR_STEP) % articles.size()), 2);
      QuotePlanter.plantQuoteParagraph(host, donor, i).ifPresent(plants::add);
      QuotePlanter.removeAttribution(host, i).ifPresent(plants::add);
    }
    List<CorpusArticle> copies = plants.stream().map(Plant::copy).distinct().toList();
    List<FileResult> checked = check(copies);
    Map<CorpusArticle, FileResult> results = new HashMap<>();
    for (int i = 0; i < copies.size(); i++) {
      results.put(copies.get(i), checked.get(i));
    }
    Map<String, int[]> counts = new TreeMap<>();
    for (Plant p : plants) {
      String split = p.copy().heldOut() ? "held-out" : "tune";
      boolean found = flags(results.get(p.copy()), p.start(), p.end());
      int[] c = counts.computeIfAbsent(p.kind() + "\t" + split, k -> new int[2]);
      c[0] += found ? 1 : 0;
      c[1]++;
      if (!found && split.equals("tune")) {
        String why = results.get(p.copy()).findings().stream()
            .filter(f -> f.rule().equals(UNATTRIBUTED) && f.span().offset() < p.end() && p.start() < f.span().offset() + f.span().length())
            .map(f -> f.severity() + " " + f.message()).findFirst().orElse("no finding");
        if (why.equals("no finding")) {
          writeMiss(p.copy());
        }
        String before = p.copy().source().substring(Math.max(0, p.start() - 300), p.start()).replace('\n', ' ');
        System.out.println("  missed " + p.kind() + " in " + p.copy().name() + ": "
            + p.copy().source().substring(p.start(), p.end()) + " [" + why + "] after: …" + before);
      }
    }
    counts.forEach((key, c) -> {
      String[] k = key.split("\t");
      figures.recall("quote: " + k[0], k[1], c[0], c[1]);
      System.out.printf(Locale.ROOT, "planted %s (%s): %d of %d found (%.1f%%)%n", k[0], k[1], c[0], c[1], 100.0 * c[0] / c[1]);
    });
    for (String kind : List.of("quote paragraph", "attribution removed")) {
      int[] c = counts.getOrDefault(kind + "\theld-out", new int[2]);
      assertTrue(c[1] >= MIN_PLANTS.get(kind), kind + " plants on the held-out half: " + c[1]);
      assertTrue(c[0] >= MIN_RECALL * c[1], String.format(Locale.ROOT, "%s: %d of %d found", kind, c[0], c[1]));
    }
  }

  @Test
  void quietOnEveryFolder() {
    List<String> loud = new ArrayList<>();
    for (String folder : FOLDERS) {
      for (String split : List.of("all", "held-out")) {
        List<FileResult> files = clean.values().stream()
            .filter(f -> articleFolder(f.path()).equals(folder))
            .filter(f -> split.equals("all") || byName(f.path()).heldOut()).toList();
        long words = files.stream().mapToLong(FileResult::words).sum();
        List<Finding> findings = files.stream().flatMap(f -> gating(f).stream()).toList();
        long unattributed = findings.stream().filter(f -> f.rule().equals(UNATTRIBUTED)).count();
        String name = split.equals("all") ? folder : folder + " (held-out)";
        figures.noise(name, UNATTRIBUTED, words, (int) unattributed);
        figures.noise(name, "unattributed-quote+unbalanced-quote", words, findings.size());
        double perThousand = unattributed * 1000.0 / words;
        System.out.printf(Locale.ROOT, "quote rules on %s: unattributed-quote %d errors+warnings in %d words = %.2f per 1,000 words;"
            + " both rules %d%n", name, unattributed, words, perThousand, findings.size());
        if (split.equals("all") && perThousand > MAX_NOISE_PER_1000_WORDS) {
          loud.add(String.format(Locale.ROOT, "%s %.2f", folder, perThousand));
        }
      }
    }
    clean.values().stream().filter(f -> !byName(f.path()).heldOut()).sorted(java.util.Comparator.comparing(FileResult::path))
        .forEach(f -> gating(f).stream().filter(x -> x.rule().equals(UNATTRIBUTED))
            .forEach(x -> System.out.println("  tune " + f.path() + ":" + x.span().line() + " " + x.severity() + " " + x.text())));
    assertTrue(loud.isEmpty(), "over 0.3 per 1,000 words: " + loud);
  }

  @Test
  void labelledFalseQuoteFindingsAreGoneAndTrueOnesKept() {
    List<Label> labels = Label.read(Path.of(System.getProperty("copydesk.corpus")).resolve(LABELS)).stream()
        .filter(l -> l.rule().equals(UNATTRIBUTED)).toList();
    int[] c = new int[4];
    for (Label label : labels) {
      FileResult result = clean.get("open-news/" + label.file());
      boolean reported = gating(result).stream().anyMatch(f -> f.rule().equals(UNATTRIBUTED) && label.overlaps(f));
      c[label.real() ? 0 : 2]++;
      c[label.real() ? 1 : 3] += reported ? 1 : 0;
      if (reported && !label.real()) {
        System.out.println("  labelled false, still reported: " + label.file() + " at " + label.offset());
      }
    }
    figures.precision(UNATTRIBUTED, LABELS, c[0], c[1], c[2], c[3]);
    System.out.printf(Locale.ROOT, "labels: unattributed-quote true still reported %d/%d, false still reported %d/%d%n", c[1], c[0], c[3], c[2]);
    assertTrue(c[2] >= 30, "false verdicts read: " + c[2]);
    assertTrue(c[3] <= MAX_FALSE_STILL_REPORTED * c[2], "false still reported: " + c[3] + " of " + c[2]);
    assertTrue(c[1] == c[0], "true still reported: " + c[1] + " of " + c[0]);
  }

  /** A missed copy of the tuning half, for reading: target/quote-misses/NAME. */
  private static void writeMiss(CorpusArticle copy) {
    try {
      Path file = Path.of("target", "quote-misses", copy.name().replace('/', '_'));
      java.nio.file.Files.createDirectories(file.getParent());
      java.nio.file.Files.writeString(file, copy.source());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Finding> gating(FileResult f) {
    return f.findings().stream().filter(x -> x.severity() != Severity.INFO).toList();
  }

  private static String articleFolder(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "wikinews" : path.substring(0, slash);
  }

  private static CorpusArticle byName(String path) {
    return articles.stream().filter(a -> a.name().equals(path)).findFirst().orElseThrow();
  }

  /** Whether an error or warning of unattributed-quote overlaps {@code [start, end)}. */
  private static boolean flags(FileResult result, int start, int end) {
    return result.findings().stream().anyMatch(f -> f.rule().equals(UNATTRIBUTED) && f.severity() != Severity.INFO
        && f.span().offset() < end && start < f.span().offset() + f.span().length());
  }

  /** Checks articles on two threads (each has its own LanguageTool), results in input order. */
  private static List<FileResult> check(List<CorpusArticle> batch) {
    ForkJoinPool pool = new ForkJoinPool(THREADS);
    try {
      return pool.submit(() -> batch.parallelStream().map(a -> copydesk.check(a.name(), a.bytes())).toList()).get();
    } catch (InterruptedException | ExecutionException e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }
}
