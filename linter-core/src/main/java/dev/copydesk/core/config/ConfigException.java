package dev.copydesk.core.config;

import java.nio.file.Path;

/**
 * A configuration that cannot be used, with where the problem is: the message reads
 * {@code copydesk.yml:7: rules.grammar: expected on, off, …, got 'maybe'}, ready for a user.
 */
public final class ConfigException extends Exception {
  private final Path file;
  private final int line;
  private final String key;

  /**
   * A problem at {@code line} of {@code file}, with the setting {@code key}.
   *
   * @param file the configuration file, or null when there is none
   * @param line the 1-based line, or 0 when the problem has no single line
   * @param key the dotted key ({@code rules.grammar}), or null for the file as a whole
   * @param problem what is wrong and what was expected
   */
  public ConfigException(Path file, int line, String key, String problem) {
    super(describe(file, line, key, problem));
    this.file = file;
    this.line = line;
    this.key = key;
  }

  private static String describe(Path file, int line, String key, String problem) {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(file).append(line > 0 ? ":" + line : "").append(": ");
    }
    if (key != null) {
      s.append(key).append(": ");
    }
    return s.append(problem).toString();
  }

  /** The configuration file, or null. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem, or 0. */
  public int line() {
    return line;
  }

  /** The dotted key of the setting at fault, or null. */
  public String key() {
    return key;
  }
}
