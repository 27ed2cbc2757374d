package dev.copydesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's README (system property {@code copydesk.readme}) and its fenced code blocks, for tests that hold it to the code. */
final class Readme {
  private Readme() {}

  /** The README's text. */
  static String text() {
    try {
      return Files.readString(Path.of(System.getProperty("copydesk.readme")), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first fenced code block of {@code language} ("" for a plain one) after the line {@code heading}. */
  static String block(String heading, String language) {
    String readme = text();
    int section = readme.indexOf("\n" + heading + "\n");
    if (section < 0) {
      throw new AssertionError("the README has no section " + heading);
    }
    String fenceLanguage = null;
    StringBuilder body = new StringBuilder();
    for (String line : readme.substring(section).lines().toList()) {
      if (fenceLanguage == null && line.startsWith("```")) {
        fenceLanguage = line.substring(3).strip();
        body.setLength(0);
      } else if (fenceLanguage != null && line.equals("```")) {
        if (fenceLanguage.equals(language)) {
          return body.toString();
        }
        fenceLanguage = null;
      } else if (fenceLanguage != null) {
        body.append(line).append('\n');
      }
    }
    throw new AssertionError(heading + " has no ```" + language + " block");
  }
}
