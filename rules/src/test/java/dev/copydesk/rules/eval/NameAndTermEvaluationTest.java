package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Analyzer;
import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.analysis.LanguageToolWorker;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.analysis.names.NameMention;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.ReadOptions;
import dev.copydesk.core.source.SourceFiles;
import dev.copydesk.rules.names.NameVariantRule;
import dev.copydesk.rules.terms.TermVariantRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of issue 3: plants errors into in-memory copies of the Wikinews corpus articles
 * (one error per copy, deterministic seed) and scores whether {@code name-variant} and
 * {@code term-variant} find each at exactly the planted words with the original as first
 * suggestion; and measures the two rules' noise on the clean corpus. Prints the figures.
 */
@Tag("evaluation")
class NameAndTermEvaluationTest {
  private static final long SEED = 20210727L;
  private static final double NOISE_TARGET_PER_1000_WORDS = 0.3;
  /** At most one plant of each kind per article; swaps need an established name before a speech verb (about 35 articles). */
  private static final int MIN_PLANTS = 30;
  private static final List<Rule> RULES = List.of(new NameVariantRule(), new TermVariantRule());

  private static final SourceFiles SOURCES = SourceFiles.standard();
  private static final ReadOptions READ_OPTIONS = new ReadOptions(Boilerplate.defaults());
  private static final LanguageToolWorker WORKER = LanguageToolPool.forLocale("en-US").worker();

  private static final List<Issue> cleanFindings = new ArrayList<>();
  private static final List<String> cleanFindingLines = new ArrayList<>();
  private static final Map<Plant.Kind, int[]> scores = new EnumMap<>(Plant.Kind.class);
  private static final List<String> misses = new ArrayList<>();
  private static long words;

  @BeforeAll
  static void evaluate() {
    List<PlantedArticle> corpus = CorpusArticles.all().stream().map(e -> new PlantedArticle(e.name(), e.source())).toList();
    List<AnalyzedArticle> clean = new ArrayList<>();
    TreeSet<String> corpusNames = new TreeSet<>();
    for (PlantedArticle article : corpus) {
      AnalyzedArticle analyzed = analyze(article);
      clean.add(analyzed);
      for (Sentence s : analyzed.englishSentences()) {
        words += s.words().size();
      }
      for (Issue issue : check(analyzed)) {
        cleanFindings.add(issue);
        cleanFindingLines.add(article.displayPath() + ": '" + issue.region().in(analyzed.text()) + "' " + issue.message());
      }
      for (NameMention m : NameAnalysis.of(analyzed).mentions()) {
        m.tokens().stream()
            .filter(t -> t.text().length() >= 4 && t.text().chars().allMatch(Character::isLetter))
            .filter(t -> t.tags().stream().allMatch(tag -> tag.startsWith("NNP")))
            .forEach(t -> corpusNames.add(t.text()));
      }
    }
    Random random = new Random(SEED);
    SpellingCheckRule speller = WORKER.rules().values().stream().filter(SpellingCheckRule.class::isInstance)
        .map(SpellingCheckRule.class::cast).findFirst().orElseThrow();
    MisspellingPlanter misspellings = new MisspellingPlanter(random, word -> {
      try {
        return !speller.isMisspelled(word);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    NameSwapPlanter swaps = new NameSwapPlanter(random, List.copyOf(corpusNames));
    TermVariantPlanter terms = new TermVariantPlanter(random);
    for (Plant.Kind kind : Plant.Kind.values()) {
      scores.put(kind, new int[2]);
    }
    for (int i = 0; i < corpus.size(); i++) {
      PlantedArticle article = corpus.get(i);
      AnalyzedArticle analyzed = clean.get(i);
      misspellings.plant(article, analyzed).ifPresent(NameAndTermEvaluationTest::score);
      swaps.plant(article, analyzed).ifPresent(NameAndTermEvaluationTest::score);
      terms.plant(article, analyzed).ifPresent(NameAndTermEvaluationTest::score);
    }
    System.out.printf(Locale.ROOT, "name-variant + term-variant noise on the clean corpus: %d findings in %d words = %.3f per 1,000 words%n",
        cleanFindings.size(), words, noisePerThousandWords());
    cleanFindingLines.forEach(line -> System.out.println("  clean: " + line));
    for (Plant.Kind kind : Plant.Kind.values()) {
      int[] s = scores.get(kind);
      System.out.printf(Locale.ROOT, "%s: found %d of %d planted = %.1f%% (%s)%n", kind.description, s[0], s[1],
          recall(kind) * 100, kind.requiredRecall > 0 ? String.format(Locale.ROOT, "required %.0f%%", kind.requiredRecall * 100) : "reported only");
    }
    misses.forEach(miss -> System.out.println("  missed: " + miss));
    EvaluationFigures figures = new EvaluationFigures("name-and-term-rules")
        .noise("wikinews", "name-variant+term-variant", words, cleanFindings.size());
    scores.forEach((kind, s) -> figures.recall(kind.description, "all", s[0], s[1]));
    figures.write();
  }

  @Test
  void nameMisspellingsAreFoundWithTheEstablishedFormAsSuggestion() {
    assertRecall(Plant.Kind.NAME_MISSPELLING);
  }

  @Test
  void swappedNearMissNamesAreFound() {
    assertRecall(Plant.Kind.NAME_SWAP);
  }

  @Test
  void termVariantsAreFoundWithTheArticlesFormAsSuggestion() {
    assertRecall(Plant.Kind.TERM_VARIANT);
  }

  @Test
  void bothRulesAreQuietOnCleanCopy() {
    assertTrue(words > 50_000, "the corpus has its words: " + words);
    assertTrue(noisePerThousandWords() <= NOISE_TARGET_PER_1000_WORDS,
        () -> String.format(Locale.ROOT, "%.3f findings per 1,000 words: %s", noisePerThousandWords(), cleanFindingLines));
  }

  private static void assertRecall(Plant.Kind kind) {
    int[] s = scores.get(kind);
    assertTrue(s[1] >= MIN_PLANTS, kind.description + ": too few plants to score: " + s[1]);
    assertTrue(recall(kind) >= kind.requiredRecall,
        () -> String.format(Locale.ROOT, "%s: %.1f%% found; missed %s", kind.description, recall(kind) * 100, misses));
  }

  private static void score(Plant plant) {
    AnalyzedArticle analyzed = analyze(plant.article());
    boolean found = false;
    for (Issue issue : check(analyzed)) {
      int offset = analyzed.article().sourceSpan(issue.region()).offset();
      found |= offset == plant.offset() && issue.region().in(analyzed.text()).equals(plant.planted())
          && !issue.suggestions().isEmpty() && issue.suggestions().get(0).equals(plant.original());
    }
    int[] s = scores.get(plant.kind());
    s[1]++;
    if (found) {
      s[0]++;
    } else {
      String source = plant.article().source();
      String context = source.substring(Math.max(0, plant.offset() - 40), Math.min(source.length(), plant.offset() + 40)).replace('\n', ' ');
      misses.add(plant.kind() + " " + plant.article().displayPath() + ": '" + plant.planted() + "' for '" + plant.original() + "' in \"" + context + "\"");
    }
  }

  private static double recall(Plant.Kind kind) {
    int[] s = scores.get(kind);
    return s[1] == 0 ? 0 : (double) s[0] / s[1];
  }

  private static double noisePerThousandWords() {
    return cleanFindings.size() * 1000.0 / words;
  }

  private static AnalyzedArticle analyze(PlantedArticle article) {
    try {
      Article read = SOURCES.read(article.displayPath(), article.source().getBytes(StandardCharsets.UTF_8), READ_OPTIONS);
      return new Analyzer().analyze(read, Configuration.defaults(), WORKER);
    } catch (InputException e) {
      throw new IllegalStateException(article.displayPath() + ": " + e.getMessage(), e);
    }
  }

  private static List<Issue> check(AnalyzedArticle article) {
    List<Issue> issues = new ArrayList<>();
    RuleContext context = new RuleContext() {
      @Override
      public void report(Issue issue) {
        issues.add(issue);
      }

      @Override
      public Configuration configuration() {
        return article.configuration();
      }
    };
    RULES.forEach(rule -> rule.check(article, context));
    return issues;
  }
}
