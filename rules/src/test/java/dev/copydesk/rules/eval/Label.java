package dev.copydesk.rules.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy editor's verdict on one finding of {@code open-news/labels.jsonl}: the finding's file
 * (under {@code open-news/}), rule and span, and whether it was a real problem. A finding of a
 * later build matches the verdict when its span overlaps the labelled one, as {@code labels score}
 * counts it (a span of length 0 counts as one unit).
 *
 * @param file the article, relative to {@code open-news/}
 * @param rule the rule that reported the labelled finding
 * @param offset the span's start, in UTF-16 units of the file
 * @param length the span's length
 * @param real true for {@code TRUE} (a real problem), false for {@code FALSE} (a false alarm)
 */
record Label(String file, String rule, int offset, int length, boolean real) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The TRUE and FALSE verdicts of {@code labels}, one JSON object a line; unjudged lines are left out. */
  static List<Label> read(Path labels) {
    List<Label> verdicts = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = JSON.readTree(line);
        String verdict = d.path("label").asText();
        if (verdict.equals("TRUE") || verdict.equals("FALSE")) {
          verdicts.add(new Label(Path.of(d.get("file").asText()).normalize().toString(), d.get("rule").asText(),
              d.get("offset").asInt(), d.get("length").asInt(), verdict.equals("TRUE")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return verdicts;
  }

  /** Whether {@code finding} (in this label's file) overlaps the labelled span. */
  boolean overlaps(Finding finding) {
    int start = finding.span().offset();
    int end = start + Math.max(1, finding.span().length());
    return start < offset + Math.max(1, length) && end > offset;
  }
}
