package dev.copydesk.cli;

import dev.copydesk.core.engine.ProgressListener;
import java.io.PrintWriter;

/**
 * A one-line progress indicator on stderr ({@code \r[37/163] path}) for runs of many files, shown
 * only when stderr is a terminal, so that logs and pipes stay clean. The line is cleared when
 * the last file is done.
 */
final class TerminalProgress implements ProgressListener {
  /** Fewer files than this finish too soon to need an indicator. */
  static final int MIN_FILES = 10;
  private static final int WIDTH = 79;

  private final PrintWriter err;
  private int shownLength;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  /** A progress indicator on {@code err} when the process's stderr is a terminal, else none. */
  static ProgressListener onStderr(PrintWriter err) {
    return Terminal.isTerminal(Terminal.STDERR) ? new TerminalProgress(err) : ProgressListener.NONE;
  }

  @Override
  public synchronized void fileDone(int done, int total, String path) {
    if (total < MIN_FILES) {
      return;
    }
    String line = "[" + done + "/" + total + "] " + path;
    if (line.length() > WIDTH) {
      line = line.substring(0, WIDTH - 1) + "…";
    }
    String blank = " ".repeat(Math.max(0, shownLength - line.length()));
    if (done == total) {
      err.print("\r" + " ".repeat(Math.max(shownLength, line.length())) + "\r");
      shownLength = 0;
    } else {
      err.print("\r" + line + blank);
      shownLength = line.length();
    }
    err.flush();
  }
}
