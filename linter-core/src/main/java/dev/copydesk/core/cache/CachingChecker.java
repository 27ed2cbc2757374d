package dev.copydesk.core.cache;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileChecker;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Copydesk} with a {@link ResultCache} in front: each file's bytes are hashed and, when
 * the cache has a result for them under the file's configuration (its folder's), that result is returned and the file
 * is not read as an article, analysed or checked. Other files are checked and their results
 * stored. Call {@link #save()} after the run to keep the results. Thread-safe.
 *
 * <pre>{@code
 * try (Copydesk copydesk = Copydesk.create(config)) {
 *   CachingChecker checker = CachingChecker.open(copydesk, Path.of("target/copydesk"));
 *   Report report = checker.check(List.of(Path.of("content")), ProgressListener.NONE);
 *   checker.save();
 * }
 * }</pre>
 */
public final class CachingChecker implements FileChecker {
  private final Copydesk copydesk;
  private final ResultCache cache;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger checked = new AtomicInteger();
  private final Map<Configuration, String> fingerprints = new IdentityHashMap<>();

  /** Checks with {@code copydesk}, consulting and filling {@code cache}. */
  public CachingChecker(Copydesk copydesk, ResultCache cache) {
    this.copydesk = copydesk;
    this.cache = cache;
  }

  /** Checks with {@code copydesk}, with the cache in {@code directory} for its configuration and rules. */
  public static CachingChecker open(Copydesk copydesk, Path directory) {
    return new CachingChecker(copydesk, ResultCache.open(directory,
        ConfigurationFingerprint.of(copydesk.configuration(), copydesk.rules())));
  }

  /** The cache consulted. */
  public ResultCache cache() {
    return cache;
  }

  /** Every article file the paths name, in parallel, as {@link Copydesk#check(List, ProgressListener)}. */
  public Report check(List<Path> inputs, ProgressListener progress) {
    return copydesk.check(inputs, progress, this);
  }

  @Override
  public FileResult check(Path file, String displayPath) {
    byte[] content;
    try {
      if (Files.size(file) > SourceFiles.MAX_BYTES) {
        return countChecked(copydesk.check(file, displayPath));
      }
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      return countChecked(copydesk.check(file, displayPath));
    }
    return check(file, displayPath, content);
  }

  /**
   * The result for {@code content}, the bytes of {@code file} (perhaps decoded from another
   * encoding), under the file's folder configuration, reported as {@code displayPath}: cached, or
   * checked and stored.
   */
  public FileResult check(Path file, String displayPath, byte[] content) {
    Configuration configuration;
    try {
      configuration = copydesk.configurationFor(file);
    } catch (ConfigException e) {
      return countChecked(copydesk.check(file, displayPath, content));
    }
    return check(displayPath, content, configuration);
  }

  /** The result for {@code content} under the run's configuration, reported as {@code displayPath}: cached, or checked and stored. */
  public FileResult check(String displayPath, byte[] content) {
    return check(displayPath, content, copydesk.configuration());
  }

  private FileResult check(String displayPath, byte[] content, Configuration configuration) {
    String sha256 = Sha256.hex(content);
    String fingerprint = fingerprint(configuration);
    Optional<FileResult> cached = cache.lookup(displayPath, sha256, fingerprint);
    if (cached.isPresent()) {
      hits.incrementAndGet();
      return cached.get();
    }
    FileResult result = countChecked(copydesk.check(displayPath, content, configuration));
    cache.store(sha256, fingerprint, result);
    return result;
  }

  private String fingerprint(Configuration configuration) {
    synchronized (fingerprints) {
      return fingerprints.computeIfAbsent(configuration, Configuration::fingerprint);
    }
  }

  private FileResult countChecked(FileResult result) {
    checked.incrementAndGet();
    return result;
  }

  /** How many files were served from the cache. */
  public int hits() {
    return hits.get();
  }

  /** How many files were checked (or found unreadable) because the cache had nothing for them. */
  public int checked() {
    return checked.get();
  }

  /** Writes the cache's index for the next run. */
  public void save() throws IOException {
    cache.save();
  }
}
