package dev.copydesk.benchmarks;

import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.analysis.LanguageToolWorker;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.ReadOptions;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm time to check one article with every Copydesk rule, against bare LanguageTool (en-US,
 * default rules) checking the same prose, in the same run: the seed article and a 3,000-word one.
 * Also the analysis alone (sentences, tokens, tags, chunks, disambiguation), Copydesk's against
 * LanguageTool's, which differ in the English chunker.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ArticleBenchmark {

  @Param({"seed", "long"})
  public String article;

  private Copydesk copydesk;
  private String fileName;
  private byte[] content;
  private String prose;
  private JLanguageTool bare;
  private LanguageToolWorker worker;

  @Setup
  public void setUp() throws InputException {
    if ("seed".equals(article)) {
      fileName = Inputs.seed().getFileName().toString();
      content = Inputs.read(Inputs.seed()).getBytes(StandardCharsets.UTF_8);
    } else {
      fileName = "long.md";
      content = Inputs.longArticle().getBytes(StandardCharsets.UTF_8);
    }
    copydesk = Copydesk.create(Configuration.defaults(), Copydesk.discoverRules(getClass().getClassLoader()), 1);
    prose = SourceFiles.standard().read(fileName, content, new ReadOptions(Boilerplate.defaults())).text();
    bare = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    worker = LanguageToolPool.forLocale("en-US").worker();
  }

  @TearDown
  public void tearDown() {
    copydesk.close();
  }

  /** Every Copydesk rule on the article: reading, analysis, rules. */
  @Benchmark
  public FileResult copydesk() {
    return copydesk.check(fileName, content);
  }

  /** Bare LanguageTool, default rules, on the same prose. */
  @Benchmark
  public List<RuleMatch> bareLanguageTool() throws IOException {
    return bare.check(prose);
  }

  /** Copydesk's analysis of the prose, with its own chunker. */
  @Benchmark
  public List<AnalyzedSentence> copydeskAnalysis() {
    return worker.analyze(prose);
  }

  /** LanguageTool's analysis of the same prose, with its English chunker. */
  @Benchmark
  public List<AnalyzedSentence> languageToolAnalysis() throws IOException {
    return bare.analyzeText(prose);
  }
}
