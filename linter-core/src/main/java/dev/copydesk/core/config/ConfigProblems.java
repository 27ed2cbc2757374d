package dev.copydesk.core.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mistakes found while one configuration file is read, so that a run reports every one of
 * them (each with file, line and key) instead of stopping at the first. A setting with a mistake
 * is read as its default and reading goes on. Not thread-safe; one per file read.
 */
final class ConfigProblems {
  /** Reads a setting from its value; throws for a mistake. */
  interface Read<T> {
    T from(YamlValue value) throws ConfigException;
  }

  private final List<ConfigException> found = new ArrayList<>();

  /** Notes {@code problem} (each of them, when it holds several). */
  void add(ConfigException problem) {
    found.addAll(problem.problems());
  }

  /** {@code value} read by {@code read}; {@code fallback} when it is absent or has a mistake (which is noted). */
  <T> T read(YamlValue value, Read<T> read, T fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return read.from(value);
    } catch (ConfigException e) {
      add(e);
      return fallback;
    }
  }

  /** Throws every mistake noted, in line order, as one exception; returns when there is none. */
  void throwIfAny() throws ConfigException {
    if (found.size() == 1) {
      throw found.get(0);
    }
    if (!found.isEmpty()) {
      throw new ConfigException(found.stream().sorted(Comparator.comparingInt(ConfigException::line)).toList());
    }
  }
}
