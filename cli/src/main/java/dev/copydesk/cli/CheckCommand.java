package dev.copydesk.cli;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.baseline.BaselineGate;
import dev.copydesk.core.cache.CachingChecker;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.report.ReportContext;
import dev.copydesk.core.report.Reporters;
import dev.copydesk.core.report.TextReporter;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk check}: loads the configuration (the root's, with sub-folder {@code copydesk.yml}
 * files found below it), checks the articles with {@link Copydesk}, applies or writes the
 * baseline, writes the reports asked for and exits 0, 1 or 2 as DESIGN.md says.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check articles (.txt, .md, .markdown, .mdown, .mdx, .html, .htm) and report what a copy editor would catch.")
final class CheckCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format, or a comma list (json,text) with --output-dir: ${COMPLETION-CANDIDATES}. Default: text.",
      completionCandidates = FormatNames.class)
  private List<String> formats;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  private Path output;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each format's report to its own file in DIR: copydesk.<ext>, or copydesk-<format>.<ext> where two formats share an extension.")
  private Path outputDir;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: copydesk.yml in the working directory, if there is one.")
  private Path config;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 on findings at or above LEVEL: error, warning, info or none. Default: the configuration's failOn (error).")
  private FailLevel failOn;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Keep results in DIR: an unchanged file under an unchanged configuration and Copydesk version is not checked again, its previous findings are reported.")
  private Path cache;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Baseline of accepted findings (copydesk-baseline.json): they are still reported, marked, but only new findings fail the run. Default: the configuration's baseline.")
  private Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write every finding of this run to FILE as the baseline (then apply it): for adopting Copydesk on existing content.")
  private Path writeBaseline;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files and folders (searched for article files).")
  private List<Path> paths;

  @Override
  public Integer call() {
    List<ReportTarget> targets;
    try {
      targets = ReportTarget.resolve(formats, output, outputDir);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Rule> rules = Copydesk.discoverRules(Thread.currentThread().getContextClassLoader());
      List<String> ruleIds = rules.stream().map(r -> r.info().id()).toList();
      Configuration configuration = config != null ? ConfigLoader.load(config, ruleIds) : ConfigLoader.discover(Path.of(""), ruleIds);
      if (failOn != null) {
        configuration = configuration.withFailOn(failOn);
      }
      if (baseline != null) {
        configuration = configuration.withBaseline(baseline.toAbsolutePath());
      }
      Path root = config != null ? config.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
      try (Copydesk copydesk = Copydesk.create(FolderConfigurations.of(root, configuration, ruleIds), rules)) {
        Report checked = check(copydesk, TerminalProgress.onStderr(err));
        if (checked.files().isEmpty()) {
          err.println("copydesk: no article files (" + SourceFiles.standard().kinds() + ") to check in " + paths);
          return CopydeskCommand.INPUT_ERROR;
        }
        BaselineGate.Result gated = BaselineGate.run(checked, Path.of(""), configuration.baseline(), writeBaseline);
        if (gated.describe() != null) {
          err.println("copydesk: " + gated.describe());
        }
        Report report = gated.report();
        writeReports(report, copydesk, targets);
        if (targets.stream().allMatch(t -> t.file() != null)) {
          spec.commandLine().getOut().println(TextReporter.summary(report));
          spec.commandLine().getOut().flush();
        }
        return report.exitCode(configuration.failOn());
      }
    } catch (ConfigException e) {
      e.problems().forEach(problem -> err.println("copydesk: " + problem.getMessage()));
      return CopydeskCommand.INPUT_ERROR;
    } catch (IOException e) {
      err.println("copydesk: " + (e.getMessage() != null && e.getMessage().startsWith("the baseline") ? e.getMessage()
          : "cannot write the report: " + e.getMessage()));
      return CopydeskCommand.INPUT_ERROR;
    }
  }

  private Report check(Copydesk copydesk, ProgressListener progress) throws IOException {
    if (cache == null) {
      return copydesk.check(paths, progress);
    }
    CachingChecker checker = CachingChecker.open(copydesk, cache);
    Report report = checker.check(paths, progress);
    checker.save();
    return report;
  }

  private void writeReports(Report report, Copydesk copydesk, List<ReportTarget> targets) throws IOException {
    for (ReportTarget target : targets) {
      ReportContext context = ReportContext.of(copydesk, Path.of(""))
          .withWidth(target.file() == null ? Terminal.stdoutWidth() : ReportContext.DEFAULT_WIDTH);
      if (target.file() == null) {
        PrintWriter out = spec.commandLine().getOut();
        target.reporter().write(report, context, out);
        out.flush();
        continue;
      }
      Path parent = target.file().toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer out = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8)) {
        target.reporter().write(report, context, out);
      }
    }
  }

  /** The registered report formats, for the help text. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Reporters.formats().iterator();
    }
  }
}
