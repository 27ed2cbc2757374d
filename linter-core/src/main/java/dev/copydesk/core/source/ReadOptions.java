package dev.copydesk.core.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a reader needs to know beyond the source itself.
 *
 * @param boilerplateLines lines matching any of these (whole line, trimmed) are page furniture,
 *     not article prose
 */
public record ReadOptions(List<Pattern> boilerplateLines) {

  public ReadOptions {
    boilerplateLines = List.copyOf(boilerplateLines);
  }

  /** Whether {@code line} is boilerplate. */
  public boolean isBoilerplate(String line) {
    String trimmed = line.strip();
    for (Pattern p : boilerplateLines) {
      if (p.matcher(trimmed).find()) {
        return true;
      }
    }
    return false;
  }
}
