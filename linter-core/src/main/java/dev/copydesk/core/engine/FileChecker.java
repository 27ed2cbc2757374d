package dev.copydesk.core.engine;

import java.nio.file.Path;

/**
 * Checks one article file; {@link Copydesk#check(Path, String)} is one, a result cache in front of
 * it is another. Called from worker threads, so implementations are thread-safe.
 */
@FunctionalInterface
public interface FileChecker {

  /** The result for {@code file}, reported as {@code displayPath}. */
  FileResult check(Path file, String displayPath);
}
