package dev.copydesk.core.cache;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.Version;
import dev.copydesk.core.engine.FileResult;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of earlier runs, kept in {@code index.json} in a folder of their own: a file whose
 * bytes hash as they did, checked by the same Copydesk version under the same {@link
 * ConfigurationFingerprint}, gets its earlier findings back instead of being checked again.
 * Findings depend only on a file's bytes, its kind (the extension picks the reader) and the
 * configuration of its folder (each file's result is kept with that configuration's fingerprint),
 * never on its name, so a file moved or copied unchanged is a hit too: it is found by its hash
 * among the earlier files with its extension and configuration.
 *
 * <p>An index from another version or configuration, or one that cannot be read (truncated,
 * edited, another format), is not an error: the run starts from nothing and {@link
 * #discardedBecause()} says why. {@link #save()} keeps only the files of this run, so the index
 * never grows beyond the repository. Thread-safe.
 *
 * <pre>{@code
 * ResultCache cache = ResultCache.open(Path.of("target/copydesk"), ConfigurationFingerprint.of(config, rules));
 * }</pre>
 */
public final class ResultCache {
  /** The index's file name in the cache folder. */
  public static final String INDEX_FILE = "index.json";

  private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path indexFile;
  private final String version;
  private final String fingerprint;
  private final Map<String, CachedFile> previous;
  private final Map<String, CachedFile> previousByContent;
  private final Map<String, CachedFile> current = new ConcurrentHashMap<>();
  private final String discardedBecause;

  private ResultCache(Path indexFile, String version, String fingerprint, Map<String, CachedFile> previous, String discardedBecause) {
    this.indexFile = indexFile;
    this.version = version;
    this.fingerprint = fingerprint;
    this.previous = previous;
    Map<String, CachedFile> byContent = new HashMap<>();
    previous.forEach((path, file) -> byContent.putIfAbsent(contentKey(file.sha256(), file.configuration(), path), file));
    this.previousByContent = Map.copyOf(byContent);
    this.discardedBecause = discardedBecause;
  }

  /** The cache in {@code directory} for this Copydesk version and {@code fingerprint}. */
  public static ResultCache open(Path directory, String fingerprint) {
    return open(directory, Version.get(), fingerprint);
  }

  /** The cache in {@code directory} for Copydesk {@code version} and {@code fingerprint}. */
  public static ResultCache open(Path directory, String version, String fingerprint) {
    Path file = directory.resolve(INDEX_FILE);
    CacheIndex index;
    try {
      index = JSON.readValue(file.toFile(), CacheIndex.class);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      return new ResultCache(file, version, fingerprint, Map.of(), null);
    } catch (IOException | RuntimeException e) {
      return new ResultCache(file, version, fingerprint, Map.of(), "the index " + file + " cannot be read ("
          + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()) + ")");
    }
    String mismatch = mismatch(index, version, fingerprint);
    if (mismatch != null) {
      return new ResultCache(file, version, fingerprint, Map.of(), mismatch);
    }
    return new ResultCache(file, version, fingerprint, Map.copyOf(index.files()), null);
  }

  private static String mismatch(CacheIndex index, String version, String fingerprint) {
    if (index == null || index.format() != CacheIndex.FORMAT || index.files() == null) {
      return "the index has another format";
    }
    if (!version.equals(index.version())) {
      return "the index was written by Copydesk " + index.version() + ", this is " + version;
    }
    if (!fingerprint.equals(index.configuration())) {
      return "the configuration or the rules changed";
    }
    return null;
  }

  /** Why the previous index was not used, if it was there but could not be. */
  public Optional<String> discardedBecause() {
    return Optional.ofNullable(discardedBecause);
  }

  /** How many files the previous run left results for (0 when its index was discarded). */
  public int previousSize() {
    return previous.size();
  }

  /**
   * The earlier result for the file reported as {@code path} whose bytes hash to {@code sha256},
   * or for an earlier file with the same bytes and extension elsewhere (a move or a copy), if
   * there is one; a hit is kept, under {@code path}, for the next {@link #save()}.
   */
  public Optional<FileResult> lookup(String path, String sha256) {
    return lookup(path, sha256, null);
  }

  /**
   * As {@link #lookup(String, String)}, for a file checked under the configuration whose
   * fingerprint is {@code configuration} (its folder's): an earlier result under another
   * configuration is no result.
   */
  public Optional<FileResult> lookup(String path, String sha256, String configuration) {
    CachedFile cached = previous.get(path);
    if (cached == null || !cached.sha256().equals(sha256) || !Objects.equals(cached.configuration(), configuration)) {
      cached = previousByContent.get(contentKey(sha256, configuration, path));
    }
    if (cached == null) {
      return Optional.empty();
    }
    current.put(path, cached);
    return Optional.of(new FileResult(path, null, cached.findings(), cached.words(), List.of()));
  }

  /** A file's hash with its configuration and its extension, which decides how its bytes are read. */
  private static String contentKey(String sha256, String configuration, String path) {
    String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return sha256 + " " + configuration + (dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT));
  }

  /**
   * Keeps {@code result} for the file whose bytes hash to {@code sha256}. A file that could not be
   * read, or on which a rule failed, is not kept: it is checked again next time.
   */
  public void store(String sha256, FileResult result) {
    store(sha256, null, result);
  }

  /** As {@link #store(String, FileResult)}, for a file checked under the configuration whose fingerprint is {@code configuration}. */
  public void store(String sha256, String configuration, FileResult result) {
    if (result.error() == null && result.processingErrors().isEmpty()) {
      current.put(result.path(), new CachedFile(sha256, configuration, result.words(), result.findings()));
    }
  }

  /** Writes the results of this run (looked up or stored) as the new index, atomically. */
  public void save() throws IOException {
    CacheIndex index = new CacheIndex(CacheIndex.FORMAT, version, fingerprint, current);
    AtomicFile.replace(indexFile, temporary -> JSON.writeValue(temporary.toFile(), index));
  }
}
