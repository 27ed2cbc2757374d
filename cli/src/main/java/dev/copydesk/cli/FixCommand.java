package dev.copydesk.cli;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.fix.FileFixer;
import dev.copydesk.core.fix.SafeFixes;
import dev.copydesk.core.fix.UnifiedDiff;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk fix}: applies the safe fixes ({@code copydesk rules} says which rules have them)
 * to the files in place, every other byte as it was; with {@code --dry-run} prints the unified
 * diff instead. The work is {@link FileFixer}'s; the exit code is {@code check}'s, on the fixed text.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = {"Apply the safe fixes (a word typed twice, a repeated word, a term to its house or majority form)",
        "to the files in place, changing nothing else; --dry-run prints the diff instead. Exit codes as for check,",
        "on the findings left after fixing."})
final class FixCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--dry-run", description = "Print a unified diff of the fixes and change no file.")
  private boolean dryRun;

  @Option(names = "--rule", paramLabel = "ID", split = ",",
      description = "Apply only the safe fixes of this rule (repeat, or a comma list; ids as in 'copydesk rules'). Default: every rule's.")
  private List<String> onlyRules = List.of();

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: copydesk.yml in the working directory, if there is one.")
  private Path config;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files and folders (searched for article files).")
  private List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Rule> rules = Copydesk.discoverRules(Thread.currentThread().getContextClassLoader());
    List<String> ruleIds = rules.stream().map(r -> r.info().id()).toList();
    Set<String> chosen = new LinkedHashSet<>(onlyRules);
    for (String id : chosen) {
      Rule rule = rules.stream().filter(r -> r.info().id().equals(id)).findFirst()
          .orElseThrow(() -> new ParameterException(spec.commandLine(), "no such rule: '" + id + "' ('copydesk rules' lists them)"));
      if (rule.info().safeFix() == null) {
        throw new ParameterException(spec.commandLine(), "rule '" + id + "' has no safe fix ('copydesk rules' says which do)");
      }
    }
    try {
      Configuration configuration = config != null ? ConfigLoader.load(config, ruleIds) : ConfigLoader.discover(Path.of(""), ruleIds);
      Path root = config != null ? config.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
      try (Copydesk copydesk = Copydesk.create(FolderConfigurations.of(root, configuration, ruleIds), rules)) {
        FileFixer fixer = new FileFixer(copydesk, chosen);
        Map<String, FileFixer.FixedFile> fixedFiles = new ConcurrentHashMap<>();
        Report checked = copydesk.check(paths, ProgressListener.NONE, (file, displayPath) -> {
          try {
            FileFixer.FixedFile fixed = fixer.fix(file, displayPath);
            fixedFiles.put(displayPath, fixed);
            return fixed.remaining();
          } catch (IOException e) {
            return FileResult.unreadable(displayPath, "cannot be fixed: " + e.getMessage());
          }
        });
        if (checked.files().isEmpty()) {
          err.println("copydesk: no article files (" + SourceFiles.standard().kinds() + ") to fix in " + paths);
          return CopydeskCommand.INPUT_ERROR;
        }
        List<FileResult> remaining = new ArrayList<>();
        Totals totals = new Totals();
        for (FileResult result : checked.files()) {
          FileFixer.FixedFile fixed = fixedFiles.get(result.path());
          if (result.error() != null) {
            err.println(result.path() + ": error: " + result.error());
          }
          remaining.add(fixed == null ? result : apply(fixed, out, err, totals));
        }
        out.flush();
        err.printf("copydesk: %d %s %s in %d %s%s%n", totals.fixes, totals.fixes == 1 ? "fix" : "fixes",
            dryRun ? "to apply" : "applied", totals.files, totals.files == 1 ? "file" : "files",
            totals.skipped == 0 ? "" : "; " + totals.skipped + " skipped");
        return new Report(remaining).exitCode(configuration.failOn());
      }
    } catch (ConfigException e) {
      e.problems().forEach(problem -> err.println("copydesk: " + problem.getMessage()));
      return CopydeskCommand.INPUT_ERROR;
    }
  }

  /** What the run fixed. */
  private static final class Totals {
    int fixes;
    int files;
    int skipped;
  }

  /** Prints one fixed file's diff, or writes it; its remaining findings. */
  private FileResult apply(FileFixer.FixedFile fixed, PrintWriter out, PrintWriter err, Totals totals) {
    for (SafeFixes.Skipped s : fixed.skipped()) {
      err.println(fixed.path() + ":" + s.finding().span().line() + ":" + s.finding().span().column()
          + ": skipped " + s.finding().rule() + " fix of '" + s.finding().text() + "': " + s.reason());
    }
    totals.skipped += fixed.skipped().size();
    if (!fixed.changed()) {
      return fixed.remaining();
    }
    if (dryRun) {
      out.print(UnifiedDiff.of(fixed.path(), fixed.original(), fixed.fixed()));
    } else {
      try {
        if (!FileFixer.write(fixed)) {
          err.println(fixed.path() + ": skipped: the file changed while it was being fixed");
          totals.skipped += fixed.applied().size();
          return fixed.remaining();
        }
      } catch (IOException e) {
        err.println(fixed.path() + ": error: cannot be written: " + e.getMessage());
        return FileResult.unreadable(fixed.path(), "cannot be written: " + e.getMessage());
      }
    }
    totals.fixes += fixed.applied().size();
    totals.files++;
    return fixed.remaining();
  }
}
