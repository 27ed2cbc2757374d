package dev.copydesk.core.config;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration that cannot be used, with where the problem is: the message reads
 * {@code copydesk.yml:7: rules.grammar: expected on, off, …, got 'maybe'}, ready for a user. A
 * file with several mistakes gives one exception holding all of them ({@link #problems()}), its
 * message one line per mistake.
 */
public final class ConfigException extends Exception {
  private final Path file;
  private final int line;
  private final String key;
  private final List<ConfigException> problems;

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
    this.problems = List.of(this);
  }

  /**
   * Several mistakes of one configuration, reported together; {@link #file}, {@link #line} and
   * {@link #key} are the first one's.
   *
   * @param problems the mistakes, each a single-problem exception, in the order to report them
   */
  public ConfigException(List<ConfigException> problems) {
    super(problems.stream().map(Throwable::getMessage).collect(Collectors.joining("\n")));
    ConfigException first = problems.get(0);
    this.file = first.file;
    this.line = first.line;
    this.key = first.key;
    this.problems = problems.stream().flatMap(p -> p.problems().stream()).toList();
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

  /** Every mistake this exception reports, each with its own file, line, key and message; this one alone for a single mistake. */
  public List<ConfigException> problems() {
    return problems;
  }
}
