package dev.copydesk.core.baseline;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.core.cache.AtomicFile;
import dev.copydesk.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file ({@code copydesk-baseline.json}), version {@value #VERSION}:
 *
 * <pre>{@code
 * {
 *   "format": "copydesk-baseline",
 *   "version": 1,
 *   "tool": {"name": "copydesk", "version": "0.1.0"},
 *   "findings": [
 *     {"path": "content/2021/story.md", "rule": "merged-word", "text": "toto",
 *      "context": "9f86d081884c7d65", "line": 12, "severity": "error",
 *      "message": "'toto' looks like 'to' typed twice"}
 *   ]
 * }
 * }</pre>
 *
 * Paths are relative to the file's folder. Entries are sorted by path, line, rule and text, so
 * the file diffs well under review. A file that is not such a baseline, or one of a later
 * version, is a {@link ConfigException} naming the file and the entry at fault.
 */
public final class BaselineFile {
  /** The value of {@code format}. */
  public static final String FORMAT = "copydesk-baseline";
  /** The version this Copydesk writes and reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final List<String> TEXT_FIELDS = List.of("path", "rule", "text", "context");

  private BaselineFile() {}

  /** Reads the baseline {@code file}. */
  public static Baseline read(Path file) throws ConfigException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new ConfigException(file, 0, null, "no such baseline file; write one with copydesk check --write-baseline " + file.getFileName());
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigException(file, at == null ? 0 : at.getLineNr(), null, "not a valid JSON baseline: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw new ConfigException(file, 0, "format", "not a Copydesk baseline (expected \"format\": \"" + FORMAT + "\")");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new ConfigException(file, 0, "version", "baseline version " + root.path("version")
          + " is not one this Copydesk reads (" + VERSION + "); write it again with copydesk check --write-baseline");
    }
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      throw new ConfigException(file, 0, "findings", "expected a list of findings");
    }
    List<BaselineEntry> entries = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      entries.add(entry(file, "findings[" + i + "]", findings.get(i)));
    }
    return new Baseline(file.toAbsolutePath().getParent(), entries);
  }

  private static BaselineEntry entry(Path file, String key, JsonNode node) throws ConfigException {
    if (!node.isObject()) {
      throw new ConfigException(file, 0, key, "expected a finding ({\"path\": …, \"rule\": …, \"text\": …, \"context\": …})");
    }
    for (String field : TEXT_FIELDS) {
      if (!node.path(field).isTextual()) {
        throw new ConfigException(file, 0, key + "." + field, "missing, or not a text");
      }
    }
    return new BaselineEntry(node.get("path").asText(), node.get("rule").asText(), node.get("text").asText(),
        node.get("context").asText(), node.path("line").asInt(0), node.path("severity").asText(""), node.path("message").asText(""));
  }

  /** Writes {@code baseline} to {@code file} (atomically), as written by Copydesk {@code toolVersion}. */
  public static void write(Path file, Baseline baseline, String toolVersion) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.putObject("tool").put("name", "copydesk").put("version", toolVersion);
    ArrayNode findings = root.putArray("findings");
    for (BaselineEntry e : baseline.entries()) {
      findings.addObject().put("path", e.path()).put("rule", e.rule()).put("text", e.text()).put("context", e.context())
          .put("line", e.line()).put("severity", e.severity()).put("message", e.message());
    }
    String text = JSON.writeValueAsString(root) + "\n";
    AtomicFile.replace(file, temporary -> Files.writeString(temporary, text));
  }
}
