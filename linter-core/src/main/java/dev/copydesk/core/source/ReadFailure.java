package dev.copydesk.core.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read, in plain words for the person who runs Copydesk: "permission
 * denied", not {@code AccessDeniedException unreadable.txt}. The path is left out, as every report
 * names the file already.
 */
public final class ReadFailure {
  private ReadFailure() {}

  /** {@code "cannot be read: permission denied"}, and so on for each kind of failure. */
  public static String describe(IOException e) {
    return "cannot be read: " + reason(e);
  }

  /** The failure alone: {@code "permission denied"}, {@code "no such file"}, the system's reason. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "the folder links back to itself (a symbolic link loop)";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason());
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return lowerFirst(e.getMessage());
    }
    return "an input/output error (" + e.getClass().getSimpleName() + ")";
  }

  private static String lowerFirst(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
