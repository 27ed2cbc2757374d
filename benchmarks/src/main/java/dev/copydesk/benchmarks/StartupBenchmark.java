package dev.copydesk.benchmarks;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Start-up: a fresh JVM makes the engine and checks its first article (the seed), against a fresh
 * bare LanguageTool checking the same file. Each measurement is its own fork, so nothing is warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 3, jvmArgsAppend = "-Xmx2g")
public class StartupBenchmark {

  /** Engine made and the seed checked, from cold. */
  @Benchmark
  public FileResult copydeskFirstArticle() {
    Path seed = Inputs.seed();
    try (Copydesk copydesk = Copydesk.create(Configuration.defaults())) {
      return copydesk.check(seed, seed.toString());
    }
  }

  /** Bare LanguageTool made and the seed checked, from cold. */
  @Benchmark
  public List<RuleMatch> bareLanguageToolFirstArticle() throws IOException {
    return new JLanguageTool(Languages.getLanguageForShortCode("en-US")).check(Inputs.read(Inputs.seed()));
  }
}
