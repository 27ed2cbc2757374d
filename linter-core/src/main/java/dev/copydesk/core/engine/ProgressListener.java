package dev.copydesk.core.engine;

/**
 * Told as each file of a run is done, for a progress indicator: in the order of the run's files
 * (sorted paths), on the thread that called the check, whatever order the workers finish in.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Does nothing. */
  ProgressListener NONE = (done, total, path) -> {};

  /** {@code done} of {@code total} files are checked; {@code path} is the one just finished. */
  void fileDone(int done, int total, String path);
}
