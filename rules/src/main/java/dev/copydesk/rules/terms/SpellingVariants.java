package dev.copydesk.rules.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The list of spelling variants ("per cent | percent"), read once from the data file
 * {@code spelling-variants.txt}, which states where its pairs come from.
 */
final class SpellingVariants {
  private static final String RESOURCE = "spelling-variants.txt";
  private static final List<List<String>> GROUPS = load();

  private SpellingVariants() {}

  /** Each group of forms of one term, in the order of the file. */
  static List<List<String>> groups() {
    return GROUPS;
  }

  private static List<List<String>> load() {
    try (InputStream in = SpellingVariants.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<List<String>> groups = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          groups.add(Arrays.stream(trimmed.split("\\s*\\|\\s*")).toList());
        }
      }
      return List.copyOf(groups);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
