package dev.copydesk.core.engine;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Analyzer;
import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.ReadOptions;
import dev.copydesk.core.source.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The library's entry point: checks articles under one configuration with the rules found on the
 * class path. Reads each file, analyzes it once, runs every enabled rule through its own {@link
 * CollectingRuleContext}, and returns findings only (no text or analysis is kept), so memory stays
 * flat over any number of files. Files are checked in parallel, one LanguageTool per worker
 * thread, reused for the life of this object.
 *
 * <pre>{@code
 * try (Copydesk copydesk = Copydesk.create(ConfigLoader.load(Path.of("copydesk.yml")))) {
 *   Report report = copydesk.check(List.of(Path.of("content")), ProgressListener.NONE);
 * }
 * }</pre>
 */
public final class Copydesk implements AutoCloseable {
  private final Configuration configuration;
  private final List<Rule> allRules;
  private final List<Rule> enabledRules;
  private final SourceFiles sources = SourceFiles.standard();
  private final LanguageToolPool languageTools;
  private final Analyzer analyzer = new Analyzer();
  private final ReadOptions readOptions;
  private final int threads;
  private ExecutorService executor;

  private Copydesk(Configuration configuration, List<Rule> rules, int threads) {
    this.configuration = configuration;
    this.allRules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
    this.enabledRules = allRules.stream().filter(r -> configuration.rule(r.info().id()).enabled()).toList();
    this.languageTools = LanguageToolPool.forLocale(configuration.locale());
    this.readOptions = new ReadOptions(Stream.concat(Boilerplate.defaults().stream(), configuration.ignoreLines().stream()).toList());
    this.threads = threads;
  }

  /** A Copydesk with every rule on the class path (ServiceLoader), checking on all cores. */
  public static Copydesk create(Configuration configuration) {
    return create(configuration, discoverRules(Thread.currentThread().getContextClassLoader()));
  }

  /** A Copydesk with exactly {@code rules}, checking on all cores. */
  public static Copydesk create(Configuration configuration, List<Rule> rules) {
    return new Copydesk(configuration, rules, Runtime.getRuntime().availableProcessors());
  }

  /** A Copydesk with exactly {@code rules}, checking on {@code threads} threads. */
  public static Copydesk create(Configuration configuration, List<Rule> rules, int threads) {
    return new Copydesk(configuration, rules, Math.max(1, threads));
  }

  /** Every rule registered with ServiceLoader visible to {@code loader}. */
  public static List<Rule> discoverRules(ClassLoader loader) {
    List<Rule> rules = new ArrayList<>();
    ServiceLoader.load(Rule.class, loader).forEach(rules::add);
    return rules;
  }

  /** Every rule known, enabled or not, by id. */
  public List<Rule> rules() {
    return allRules;
  }

  /** The configuration of this run. */
  public Configuration configuration() {
    return configuration;
  }

  /** Checks every article file the paths name, in parallel; results in input order. */
  public Report check(List<Path> inputs, ProgressListener progress) {
    return check(inputs, progress, this::check);
  }

  /**
   * Finds the article files the paths name as {@link #check(List, ProgressListener)} does, and has
   * {@code checker} check each of them on the worker threads (a result cache, say, that calls
   * back into this Copydesk only for the files it has no result for). {@code checker} must be
   * thread-safe.
   */
  public Report check(List<Path> inputs, ProgressListener progress, FileChecker checker) {
    List<ArticleFinder.Entry> entries = new ArticleFinder(sources, configuration.ignorePaths()).find(inputs);
    AtomicInteger done = new AtomicInteger();
    List<Future<FileResult>> futures = new ArrayList<>();
    for (ArticleFinder.Entry entry : entries) {
      futures.add(executor().submit(() -> {
        FileResult result = entry.error() != null ? FileResult.unreadable(entry.displayPath(), entry.error())
            : checker.check(entry.file(), entry.displayPath());
        progress.fileDone(done.incrementAndGet(), entries.size(), entry.displayPath());
        return result;
      }));
    }
    List<FileResult> results = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      results.add(await(futures.get(i), entries.get(i).displayPath()));
    }
    return new Report(results);
  }

  /** Checks one file on the calling thread, reported as {@code displayPath}. */
  public FileResult check(Path file, String displayPath) {
    try {
      return check(sources.read(file, displayPath, readOptions));
    } catch (InputException e) {
      return FileResult.unreadable(displayPath, e.getMessage());
    }
  }

  /** Checks {@code content}, an article of the kind {@code displayPath}'s extension says. */
  public FileResult check(String displayPath, byte[] content) {
    try {
      return check(sources.read(displayPath, content, readOptions));
    } catch (InputException e) {
      return FileResult.unreadable(displayPath, e.getMessage());
    }
  }

  /**
   * Reads {@code content} into an article as this Copydesk's checks do (the configuration's
   * boilerplate lines), reported as {@code displayPath}, of kind {@code format} (an extension such
   * as {@code md}) or, when that is null, of the kind {@code displayPath}'s extension says. For
   * front ends whose articles are not files (table rows), which may add metadata before {@link
   * #check(Article)}.
   *
   * @throws InputException when the content is not a readable article (binary, not UTF-8, empty,
   *     too large, an unknown format)
   */
  public Article read(String displayPath, String format, byte[] content) throws InputException {
    return sources.read(displayPath, format, content, readOptions);
  }

  /** Checks an article already read, on the calling thread. */
  public FileResult check(Article article) {
    AnalyzedArticle analyzed = analyzer.analyze(article, configuration, languageTools.worker());
    List<TextRegion> foreign = analyzed.foreignRegions();
    List<Finding> findings = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Rule rule : enabledRules) {
      List<Finding> ruleFindings = new ArrayList<>();
      try {
        rule.check(analyzed, new CollectingRuleContext(rule.info(), analyzed, foreign, ruleFindings));
        findings.addAll(ruleFindings);
      } catch (RuntimeException e) {
        failures.add(RuleFailure.describe(rule.info().id(), e));
      }
    }
    List<Finding> kept = Supersession.apply(findings, enabledRules);
    return new FileResult(article.path(), null, kept, countWords(analyzed), failures);
  }

  private static int countWords(AnalyzedArticle analyzed) {
    int words = 0;
    for (Sentence s : analyzed.englishSentences()) {
      words += s.words().size();
    }
    return words;
  }

  private synchronized ExecutorService executor() {
    if (executor == null) {
      AtomicInteger number = new AtomicInteger();
      executor = Executors.newFixedThreadPool(threads, task -> {
        Thread t = new Thread(task, "copydesk-worker-" + number.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }
    return executor;
  }

  private static FileResult await(Future<FileResult> future, String path) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FileResult.unreadable(path, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      return FileResult.unreadable(path, "could not be checked: " + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
