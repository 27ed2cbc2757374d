package dev.copydesk.benchmarks;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.ReadOptions;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput over the corpus folder (163 articles): Copydesk with every rule on all cores, against
 * bare LanguageTool (en-US, default rules, one instance as its command line runs) on the same prose.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FolderBenchmark {
  private Copydesk copydesk;
  private List<Path> folder;
  private List<String> proses;
  private JLanguageTool bare;

  @Setup
  public void setUp() throws InputException {
    copydesk = Copydesk.create(Configuration.defaults());
    folder = List.of(Inputs.corpusFolder());
    SourceFiles sources = SourceFiles.standard();
    ReadOptions options = new ReadOptions(Boilerplate.defaults());
    proses = new ArrayList<>();
    for (Path file : Inputs.corpusFiles()) {
      proses.add(sources.read(file, file.toString(), options).text());
    }
    bare = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
  }

  @TearDown
  public void tearDown() {
    copydesk.close();
  }

  /** Every Copydesk rule over the folder, files in parallel. */
  @Benchmark
  public Report copydeskFolder() {
    return copydesk.check(folder, ProgressListener.NONE);
  }

  /** Bare LanguageTool over the same prose, one article after another. */
  @Benchmark
  public int bareLanguageToolFolder() throws IOException {
    int matches = 0;
    for (String prose : proses) {
      matches += bare.check(prose).size();
    }
    return matches;
  }
}
