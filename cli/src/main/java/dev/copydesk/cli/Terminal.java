package dev.copydesk.cli;

import dev.copydesk.core.report.ReportContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether the process's standard output or error is a terminal, and how wide the terminal is:
 * {@code COLUMNS} when it is set (the launcher sets it from {@code tput cols}), else {@value
 * ReportContext#DEFAULT_WIDTH}; a report that is not shown in a terminal is {@value
 * ReportContext#DEFAULT_WIDTH} wide.
 */
final class Terminal {
  static final int STDOUT = 1;
  static final int STDERR = 2;

  private Terminal() {}

  /** On Linux, whether file descriptor {@code fd} is a terminal device; elsewhere, whether there is a console. */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }

  /** The width of standard output in columns. */
  static int stdoutWidth() {
    return width(isTerminal(STDOUT), System.getenv());
  }

  /** The width of a terminal ({@code COLUMNS} in {@code environment}, else the default), or the default for anything else. */
  static int width(boolean terminal, Map<String, String> environment) {
    String columns = environment.get("COLUMNS");
    if (!terminal || columns == null || !columns.strip().matches("\\d{1,4}")) {
      return ReportContext.DEFAULT_WIDTH;
    }
    return Math.max(ReportContext.MIN_WIDTH, Integer.parseInt(columns.strip()));
  }
}
