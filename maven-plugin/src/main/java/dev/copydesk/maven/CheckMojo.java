package dev.copydesk.maven;

import dev.copydesk.core.Version;
import dev.copydesk.core.baseline.BaselineGate;
import dev.copydesk.core.cache.CachingChecker;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.source.SourceFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's articles with Copydesk and fails the build when one has a finding at or
 * above {@code failOn} (beyond {@code maxAllowedFindings}) that its baseline does not accept. Each
 * article is checked under its folder's configuration (sub-folder {@code copydesk.yml} files laid
 * over the project's). Findings are logged, in path order, as {@code
 * path:line:column: severity rule message}, reports are written to {@code outputDirectory}, and an
 * index there spares unchanged articles under an unchanged configuration from being checked again
 * (their findings are reported, and fail the build, as before). Rules come from the plugin's class
 * path: the built-in ones and any rule jar added as a plugin {@code <dependency>}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  /** The project's folder. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** Folders searched for articles. Default: {@code content} and {@code src/content}, those that exist. */
  @Parameter(property = "copydesk.sourceDirectories")
  private List<File> sourceDirectories;

  /**
   * Article files to check, as globs relative to a source folder. Default: every kind of file
   * Copydesk reads ({@code **}{@code /*.md}, {@code .markdown}, {@code .txt}, {@code .html},
   * {@code .htm}, and any kind a newer reader adds).
   */
  @Parameter(property = "copydesk.includes")
  private List<String> includes;

  /** Files not to check, as globs relative to a source folder ({@code drafts/**}). */
  @Parameter(property = "copydesk.excludes")
  private List<String> excludes;

  /** The configuration file. Default: {@code copydesk.yml} in the project folder, if there is one. */
  @Parameter(property = "copydesk.configFile")
  private File configFile;

  /** Fail on findings at or above this: error, warning, info or none. Default: the configuration's {@code failOn} (error). */
  @Parameter(property = "copydesk.failOn")
  private String failOn;

  /** How many findings at or above {@code failOn} the build tolerates. */
  @Parameter(property = "copydesk.maxAllowedFindings", defaultValue = "0")
  private int maxAllowedFindings;

  /** Skips the check. */
  @Parameter(property = "copydesk.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Report formats written to {@code outputDirectory} as {@code copydesk.<extension>}: text, json,
   * html, sarif, junit, github, checkstyle ({@code copydesk-<format>.<extension>} where two share an
   * extension). Default: every format but github, whose annotations belong in a GitHub Actions log.
   */
  @Parameter(property = "copydesk.formats")
  private List<String> formats;

  /** Where the reports and the index go. */
  @Parameter(property = "copydesk.outputDirectory", defaultValue = "${project.build.directory}/copydesk")
  private File outputDirectory;

  /** The articles' encoding. */
  @Parameter(property = "copydesk.encoding", defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  /** Whether each finding is logged. */
  @Parameter(property = "copydesk.logFindings", defaultValue = "true")
  private boolean logFindings;

  /**
   * Baseline of accepted findings ({@code copydesk-baseline.json}, relative to the project folder):
   * they are still logged and reported, marked as baseline, but only new findings fail the build.
   * Default: the configuration's {@code baseline}.
   */
  @Parameter(property = "copydesk.baseline")
  private File baseline;

  /**
   * Writes every finding of this build to this file as the baseline (relative to the project
   * folder), then applies it: for adopting Copydesk on existing content.
   */
  @Parameter(property = "copydesk.writeBaseline")
  private File writeBaseline;

  /** Whether unchanged articles are served from the index in {@code outputDirectory}. */
  @Parameter(property = "copydesk.useIndex", defaultValue = "true")
  private boolean useIndex;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Copydesk: skipped (copydesk.skip)");
      return;
    }
    Path base = basedir.toPath().toAbsolutePath().normalize();
    List<Rule> rules = rules();
    Configuration configuration = configuration(base, rules);
    List<String> ruleIds = rules.stream().map(r -> r.info().id()).toList();
    FolderConfigurations folderConfigurations = FolderConfigurations.of(base, configuration, ruleIds);
    List<Path> files = articleFiles(base, configuration, folderConfigurations);
    if (files.isEmpty() && folders(base).stream().noneMatch(java.nio.file.Files::isDirectory)) {
      getLog().info("Copydesk: no content folder (" + folders(base).stream().map(base::relativize).toList() + ")");
      return;
    }
    List<ReportWriter> reports = ReportWriter.forFormats(formats, outputDirectory.toPath());
    Report report;
    try (Copydesk copydesk = Copydesk.create(folderConfigurations, rules)) {
      CachingChecker checker = useIndex ? CachingChecker.open(copydesk, outputDirectory.toPath()) : null;
      ArticleReader reader = checker != null
          ? new ArticleReader(base, charset(), checker, checker::check)
          : new ArticleReader(base, charset(), copydesk::check, copydesk::check);
      if (checker != null) {
        checker.cache().discardedBecause().ifPresent(why -> getLog().info("Copydesk: checking every article: " + why));
      }
      report = applyBaseline(copydesk.check(files, progress(), reader), base, configuration);
      getLog().info("Copydesk " + Version.get() + ": " + count(files.size(), "article") + ", "
          + (checker == null ? "all checked (index not used)"
              : checker.checked() + " checked, " + checker.hits() + " unchanged (from the index)"));
      saveIndex(checker);
      for (ReportWriter writer : reports) {
        writer.write(report, copydesk, base);
      }
    }
    logFindings(report, base);
    judge(report, configuration.failOn(), base);
  }

  private Report applyBaseline(Report report, Path base, Configuration configuration) throws MojoExecutionException {
    try {
      Path writeTo = writeBaseline == null ? null : base.resolve(writeBaseline.toPath()).normalize();
      BaselineGate.Result gated = BaselineGate.run(report, base, configuration.baseline(), writeTo);
      if (gated.describe() != null) {
        getLog().info("Copydesk: " + gated.describe());
      }
      return gated.report();
    } catch (ConfigException | IOException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
  }

  /** Logs each quarter of a long run, so a first build over a large archive does not look stuck. */
  private ProgressListener progress() {
    return (done, total, path) -> {
      if (total >= 40 && done < total && done % (total / 4) == 0) {
        getLog().info("Copydesk: " + done + "/" + total + " articles");
      }
    };
  }

  /** The configuration, its rule ids checked against {@code rules}; every mistake of the file in one message, one line each. */
  private Configuration configuration(Path base, List<Rule> rules) throws MojoExecutionException {
    List<String> ruleIds = rules.stream().map(r -> r.info().id()).toList();
    try {
      Configuration configuration = configFile != null ? ConfigLoader.load(configFile.toPath(), ruleIds) : ConfigLoader.discover(base, ruleIds);
      if (baseline != null) {
        configuration = configuration.withBaseline(base.resolve(baseline.toPath()).normalize());
      }
      return failOn == null || failOn.isBlank() ? configuration : configuration.withFailOn(FailLevel.parse(failOn));
    } catch (ConfigException e) {
      throw new MojoExecutionException(String.join("\n", e.problems().stream().map(p -> "Copydesk: " + p.getMessage()).toList()), e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Copydesk: " + e.getMessage(), e);
    }
  }

  /** The rules on this plugin's class path: the built-in ones and those of plugin dependencies. */
  private List<Rule> rules() {
    return Copydesk.discoverRules(getClass().getClassLoader());
  }

  private List<Path> folders(Path base) {
    if (sourceDirectories == null || sourceDirectories.isEmpty()) {
      return List.of(base.resolve("content"), base.resolve("src/content"));
    }
    return sourceDirectories.stream().map(f -> base.resolve(f.toPath()).normalize()).toList();
  }

  /**
   * The articles to check: those the includes and excludes take, less those a sub-folder
   * configuration's {@code ignore.paths} exclude. A source folder that exists but holds no article
   * fails the build: its files are of kinds Copydesk does not read, and a silent pass would hide it.
   */
  private List<Path> articleFiles(Path base, Configuration configuration, FolderConfigurations folderConfigurations)
      throws MojoExecutionException, MojoFailureException {
    List<String> excluded = new ArrayList<>(excludes == null ? List.of() : excludes);
    excluded.addAll(configuration.ignorePaths());
    ContentFiles content = new ContentFiles(includes(), excluded);
    List<Path> files = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    try {
      for (Path folder : folders(base)) {
        if (!java.nio.file.Files.isDirectory(folder)) {
          continue;
        }
        List<Path> found = content.find(List.of(folder)).stream().filter(f -> !folderConfigurations.isIgnoredBelowRoot(f)).toList();
        if (found.isEmpty()) {
          empty.add(describeEmpty(base, folder, content.otherFiles(folder)));
        }
        files.addAll(found);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("Copydesk: cannot list the articles: " + e.getMessage(), e);
    }
    if (!empty.isEmpty()) {
      throw new MojoFailureException("Copydesk: " + String.join("; ", empty) + ". Copydesk reads "
          + includes() + "; set includes/excludes or sourceDirectories if the articles are elsewhere");
    }
    return files.stream().distinct().sorted().toList();
  }

  private static String describeEmpty(Path base, Path folder, List<String> others) {
    String shown = others.size() <= 5 ? String.join(", ", others) : String.join(", ", others.subList(0, 5)) + ", …";
    return "no article files in " + base.relativize(folder)
        + (others.isEmpty() ? " (it is empty)" : " (" + count(others.size(), "other file") + ": " + shown + ")");
  }

  /** The include globs: as configured, else one for every kind of file Copydesk reads. */
  private List<String> includes() {
    if (includes != null && !includes.isEmpty()) {
      return includes;
    }
    return SourceFiles.standard().extensions().stream().map(ext -> "**/*." + ext).toList();
  }

  private Charset charset() throws MojoExecutionException {
    if (encoding == null || encoding.isBlank()) {
      return java.nio.charset.StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(encoding.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MojoExecutionException("Copydesk: unknown encoding '" + encoding + "'", e);
    }
  }

  private void saveIndex(CachingChecker checker) {
    if (checker == null) {
      return;
    }
    try {
      checker.save();
    } catch (IOException e) {
      getLog().warn("Copydesk: cannot write the index in " + outputDirectory + ": " + e.getMessage()
          + "; the next run checks every article again");
    }
  }

  private void logFindings(Report report, Path base) {
    Log log = getLog();
    for (FileResult file : report.files()) {
      Path path = base.resolve(file.path());
      for (String failure : file.processingErrors()) {
        log.warn(path + ": " + failure);
      }
      if (!logFindings) {
        continue;
      }
      for (Finding finding : file.findings()) {
        String line = FindingLine.format(path, finding);
        if (finding.baseline()) {
          log.info(line);
          continue;
        }
        switch (finding.severity()) {
          case ERROR -> log.error(line);
          case WARNING -> log.warn(line);
          case INFO -> log.info(line);
        }
      }
    }
  }

  private void judge(Report report, FailLevel level, Path base) throws MojoFailureException {
    Verdict verdict = Verdict.of(report, level);
    String where = "reports in " + shortest(base, outputDirectory.toPath());
    if (!verdict.unreadable().isEmpty()) {
      verdict.unreadable().forEach(getLog()::error);
      throw new MojoFailureException("Copydesk: " + verdict.unreadable().size() + " of " + count(report.files().size(), "article")
          + " could not be read (" + String.join("; ", verdict.unreadable()) + "); " + where);
    }
    long failing = verdict.failingFindings();
    String byRule = verdict.byRule().isEmpty() ? "" : "; " + verdict.byRule();
    if (failing > maxAllowedFindings) {
      tuningHints(verdict).forEach(getLog()::error);
      throw new MojoFailureException("Copydesk: " + verdict.describe()
          + (maxAllowedFindings > 0 ? " (at most " + maxAllowedFindings + " allowed)" : "") + "; " + where + byRule
          + ". To tune: rules: or profile: in copydesk.yml, or a baseline (-Dcopydesk.writeBaseline=copydesk-baseline.json)");
    }
    if (failing > 0) {
      getLog().warn("Copydesk: " + verdict.describe() + ", tolerated (maxAllowedFindings " + maxAllowedFindings + "); " + where + byRule);
    } else {
      getLog().info("Copydesk: no findings at or above " + level.id() + " in " + count(report.files().size(), "article")
          + (verdict.baseline() > 0 ? " (" + verdict.baseline() + " in the baseline)" : "") + "; " + where);
    }
  }

  /** How to make the build pass without hiding real errors, naming the rule most findings come from. */
  private static List<String> tuningHints(Verdict verdict) {
    String rule = verdict.topRule();
    return List.of(
        "Copydesk: " + verdict.byRule() + ". To tune:",
        "  - set a rule's severity or turn it off in copydesk.yml:  rules: {" + rule + ": warning}  (or " + rule + ": off);"
            + " a copydesk.yml in a sub-folder does it for that folder only",
        "  - for copy that is not news, profile: blog or profile: docs in copydesk.yml ('copydesk rules' lists what each sets)",
        "  - to accept today's findings and fail only on new ones: mvn verify -Dcopydesk.writeBaseline=copydesk-baseline.json"
            + " (or copydesk check --write-baseline copydesk-baseline.json), commit the file and set baseline: copydesk-baseline.json in copydesk.yml");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static Path shortest(Path base, Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
  }
}
