package dev.copydesk.rules.typos;

import dev.copydesk.core.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The LanguageTool rules the {@code grammar} rule runs, each with the severity Copydesk gives it
 * and why it was chosen, read once from {@code grammar-rules.txt} beside this class: one rule a
 * line, {@code LT_RULE_ID severity reason}; {@code #} starts a comment.
 *
 * @param severities the severity of each chosen LanguageTool rule id, in file order
 * @param reasons why each id was chosen
 */
record GrammarSelection(Map<String, Severity> severities, Map<String, String> reasons) {
  static final String RESOURCE = "grammar-rules.txt";

  GrammarSelection {
    severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    reasons = Map.copyOf(reasons);
  }

  /** The selection shipped with Copydesk. */
  static GrammarSelection standard() {
    try (InputStream in = GrammarSelection.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static GrammarSelection parse(BufferedReader reader) throws IOException {
    Map<String, Severity> severities = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      String[] fields = content.split("\\s+", 3);
      if (fields.length < 3) {
        throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'ID severity reason': " + line);
      }
      severities.put(fields[0], Severity.parse(fields[1]));
      reasons.put(fields[0], fields[2]);
    }
    return new GrammarSelection(severities, reasons);
  }
}
