package dev.copydesk.core.engine;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Analyzer;
import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.ReadOptions;
import dev.copydesk.core.source.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The library's entry point: checks articles with the rules found on the class path, each under
 * its folder's configuration ({@link FolderConfigurations}; one configuration for all when made
 * from a {@link Configuration}). Reads each file, analyzes it once, runs every enabled rule through its own {@link
 * CollectingRuleContext}, and returns findings only (no text or analysis is kept), so memory stays
 * flat over any number of files. Files are checked in parallel, one LanguageTool per worker
 * thread, reused for the life of this object; progress is told, and results kept, in the order
 * of the files (sorted paths), whatever order the workers finish in.
 *
 * <pre>{@code
 * try (Copydesk copydesk = Copydesk.create(ConfigLoader.load(Path.of("copydesk.yml")))) {
 *   Report report = copydesk.check(List.of(Path.of("content")), ProgressListener.NONE);
 * }
 * }</pre>
 */
public final class Copydesk implements AutoCloseable {
  /** More configurations than a repository has folders: a caller making a new one per article. */
  private static final int MAX_SETUPS = 256;
  private final FolderConfigurations folders;
  private final List<Rule> allRules;
  private final Map<Configuration, Setup> setups = Collections.synchronizedMap(new IdentityHashMap<>());
  private final SourceFiles sources = SourceFiles.standard();
  private final Analyzer analyzer = new Analyzer();
  private final int threads;
  private ExecutorService executor;

  /** What checking under one configuration needs, made once per configuration. */
  private record Setup(List<Rule> enabledRules, ReadOptions readOptions, LanguageToolPool languageTools) {}

  private Copydesk(FolderConfigurations folders, List<Rule> rules, int threads) {
    this.folders = folders;
    this.allRules = rules.stream().sorted(Comparator.comparing(r -> r.info().id())).toList();
    this.threads = threads;
    setup(folders.rootConfiguration());
  }

  /** A Copydesk with every rule on the class path (ServiceLoader), checking on all cores. */
  public static Copydesk create(Configuration configuration) {
    return create(configuration, discoverRules(Thread.currentThread().getContextClassLoader()));
  }

  /** A Copydesk with exactly {@code rules}, checking on all cores. */
  public static Copydesk create(Configuration configuration, List<Rule> rules) {
    return new Copydesk(FolderConfigurations.single(configuration), rules, Runtime.getRuntime().availableProcessors());
  }

  /** A Copydesk with exactly {@code rules}, checking on {@code threads} threads. */
  public static Copydesk create(Configuration configuration, List<Rule> rules, int threads) {
    return new Copydesk(FolderConfigurations.single(configuration), rules, Math.max(1, threads));
  }

  /**
   * A Copydesk with exactly {@code rules}, checking each file under its folder's configuration
   * ({@link FolderConfigurations#forFile}), on all cores.
   */
  public static Copydesk create(FolderConfigurations folders, List<Rule> rules) {
    return new Copydesk(folders, rules, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #create(FolderConfigurations, List)}, on {@code threads} threads. */
  public static Copydesk create(FolderConfigurations folders, List<Rule> rules, int threads) {
    return new Copydesk(folders, rules, Math.max(1, threads));
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

  /** The configuration of this run: the root's, which sets {@code failOn} and the baseline. */
  public Configuration configuration() {
    return folders.rootConfiguration();
  }

  /** The per-folder configurations this Copydesk checks files under. */
  public FolderConfigurations folders() {
    return folders;
  }

  /**
   * The effective configuration for {@code file}: the root's with the sub-folder files between
   * them laid over it.
   *
   * @throws ConfigException when one of those files cannot be used
   */
  public Configuration configurationFor(Path file) throws ConfigException {
    return folders.forFile(file);
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
    List<ArticleFinder.Entry> entries = new ArticleFinder(sources, configuration().ignorePaths(), folders::isIgnoredBelowRoot).find(inputs);
    List<Future<FileResult>> futures = new ArrayList<>();
    for (ArticleFinder.Entry entry : entries) {
      futures.add(executor().submit(() -> entry.error() != null ? FileResult.unreadable(entry.displayPath(), entry.error())
          : checker.check(entry.file(), entry.displayPath())));
    }
    List<FileResult> results = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      results.add(await(futures.get(i), entries.get(i).displayPath()));
      progress.fileDone(i + 1, entries.size(), entries.get(i).displayPath());
    }
    return new Report(results);
  }

  /** Checks one file on the calling thread, under its folder's configuration, reported as {@code displayPath}. */
  public FileResult check(Path file, String displayPath) {
    try {
      Configuration configuration = folders.forFile(file);
      return check(sources.read(file, displayPath, setup(configuration).readOptions()), configuration);
    } catch (ConfigException e) {
      return notConfigured(displayPath, e);
    } catch (InputException e) {
      return FileResult.unreadable(displayPath, e.getMessage());
    }
  }

  /**
   * Checks {@code content} as the article {@code file} (its bytes, perhaps decoded from another
   * encoding), under the file's folder configuration, reported as {@code displayPath}.
   */
  public FileResult check(Path file, String displayPath, byte[] content) {
    try {
      return check(displayPath, content, folders.forFile(file));
    } catch (ConfigException e) {
      return notConfigured(displayPath, e);
    }
  }

  /** Checks {@code content}, an article of the kind {@code displayPath}'s extension says, under the root configuration. */
  public FileResult check(String displayPath, byte[] content) {
    return check(displayPath, content, configuration());
  }

  /** Checks {@code content}, an article of the kind {@code displayPath}'s extension says, under {@code configuration}. */
  public FileResult check(String displayPath, byte[] content, Configuration configuration) {
    try {
      return check(sources.read(displayPath, content, setup(configuration).readOptions()), configuration);
    } catch (InputException e) {
      return FileResult.unreadable(displayPath, e.getMessage());
    }
  }

  private static FileResult notConfigured(String displayPath, ConfigException e) {
    return FileResult.unreadable(displayPath, "not checked, its configuration cannot be used: " + e.getMessage());
  }

  /**
   * Checks {@code content}, an article of the kind {@code extension} names ({@code "md"},
   * {@code "html"}, {@code "txt"}), reported as {@code displayPath}, under the root configuration;
   * on the calling thread. For content that comes with its kind rather than in a file (an HTTP
   * request's {@code Content-Type}).
   */
  public FileResult check(String displayPath, String extension, byte[] content) {
    try {
      return check(sources.read(displayPath, extension, content, setup(configuration()).readOptions()));
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
    return sources.read(displayPath, format, content, setup(configuration()).readOptions());
  }

  /** Checks an article already read, on the calling thread, under the root configuration. */
  public FileResult check(Article article) {
    return check(article, configuration());
  }

  /** Checks an article already read, on the calling thread, under {@code configuration}. */
  public FileResult check(Article article, Configuration configuration) {
    Setup setup = setup(configuration);
    List<Rule> enabledRules = setup.enabledRules();
    AnalyzedArticle analyzed = analyzer.analyze(article, configuration, setup.languageTools().worker());
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
    if (!article.metadata().sourceWarnings().isEmpty()) {
      kept = new ArrayList<>(kept);
      kept.addAll(SourceWarnings.findings(article));
      kept.sort(Comparator.comparingInt((Finding f) -> f.span().offset()).thenComparing(Finding::rule));
    }
    return new FileResult(article.path(), null, kept, countWords(analyzed), failures);
  }

  private Setup setup(Configuration configuration) {
    synchronized (setups) {
      if (setups.size() > MAX_SETUPS) {
        setups.clear();
      }
      return setups.computeIfAbsent(configuration, c -> new Setup(
          allRules.stream().filter(r -> c.rule(r.info().id()).enabled()).toList(),
          new ReadOptions(Stream.concat(Boilerplate.defaults().stream(), c.ignoreLines().stream()).toList()),
          LanguageToolPool.forLocale(c.locale())));
    }
  }

  /**
   * The words of prose checked: those no rule is silenced on (a code span's placeholder word and
   * a passage under {@code copydesk-disable} with no rule id are not counted).
   */
  private static int countWords(AnalyzedArticle analyzed) {
    List<TextRegion> silenced = analyzed.article().suppressions().stream()
        .filter(s -> Suppression.ALL_RULES.equals(s.ruleId())).map(Suppression::region).sorted().toList();
    int words = 0;
    int next = 0;
    for (Sentence s : analyzed.englishSentences()) {
      for (Token word : s.words()) {
        while (next < silenced.size() && silenced.get(next).end() <= word.region().start()) {
          next++;
        }
        boolean covered = false;
        for (int i = next; i < silenced.size() && silenced.get(i).start() < word.region().end(); i++) {
          covered |= silenced.get(i).contains(word.region());
        }
        words += covered ? 0 : 1;
      }
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
