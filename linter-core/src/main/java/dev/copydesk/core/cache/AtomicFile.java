package dev.copydesk.core.cache;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file as a whole: the content is written to a temporary file beside it, then moved
 * over it (atomically where the file system can), so a reader never sees half a file and a failed
 * write leaves the old one. Used for the cache's index and the baseline.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** Writes one file's content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code file}. */
    void writeTo(Path file) throws IOException;
  }

  /** Replaces {@code target} with what {@code content} writes, creating its folder if need be. */
  public static void replace(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    try {
      content.writeTo(temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
