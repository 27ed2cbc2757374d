package dev.copydesk.core.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The page furniture web pages copied to text carry ("Send to a friend", "Printable version"):
 * lines that are not article prose. The list is the resource {@code boilerplate.txt}, one regular
 * expression per line; a house adds its own with {@code ignore.lines} in copydesk.yml.
 */
public final class Boilerplate {
  private static final List<Pattern> DEFAULTS = load();

  private Boilerplate() {}

  /** The built-in boilerplate patterns. */
  public static List<Pattern> defaults() {
    return DEFAULTS;
  }

  private static List<Pattern> load() {
    try (InputStream in = Boilerplate.class.getResourceAsStream("boilerplate.txt")) {
      if (in == null) {
        throw new IllegalStateException("boilerplate.txt is missing from the class path");
      }
      List<Pattern> patterns = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          patterns.add(Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE));
        }
      }
      return List.copyOf(patterns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
