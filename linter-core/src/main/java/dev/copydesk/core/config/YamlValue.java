package dev.copydesk.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One value of a configuration file with its dotted key and its place in the file, read as the
 * type a setting expects. Every mismatch is a {@link ConfigException} naming file, line and key.
 * Mistakes inside a mapping or a list (an unknown key, one bad item) are noted in the file's
 * {@link ConfigProblems} and left out, so that the rest is still read and checked.
 */
final class YamlValue {
  private final ConfigProblems problems;
  private final Path file;
  private final String key;
  private final Node node;

  YamlValue(ConfigProblems problems, Path file, String key, Node node) {
    this.problems = problems;
    this.file = file;
    this.key = key;
    this.node = node;
  }

  /** The file's mistakes, noted as they are found. */
  ConfigProblems problems() {
    return problems;
  }

  String key() {
    return key;
  }

  /** The 1-based line the value starts on. */
  int line() {
    return node.getStartMark().getLine() + 1;
  }

  boolean isNull() {
    return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
  }

  boolean isMapping() {
    return node instanceof MappingNode;
  }

  ConfigException error(String problem) {
    return new ConfigException(file, line(), key, problem);
  }

  /** The value as text; a list, a mapping or nothing is an error. */
  String scalar(String expected) throws ConfigException {
    if (!(node instanceof ScalarNode scalar) || isNull()) {
      throw error("expected " + expected + ", got " + describe());
    }
    return scalar.getValue();
  }

  /** The value as a list; an empty value is an empty list. */
  List<YamlValue> list(String expected) throws ConfigException {
    if (isNull()) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      throw error("expected a list of " + expected + ", got " + describe());
    }
    List<YamlValue> items = new ArrayList<>();
    for (int i = 0; i < sequence.getValue().size(); i++) {
      items.add(new YamlValue(problems, file, key + "[" + i + "]", sequence.getValue().get(i)));
    }
    return items;
  }

  /** The value as a list of texts; a bad item is noted and left out. */
  List<String> strings(String expected) throws ConfigException {
    List<String> values = new ArrayList<>();
    for (YamlValue item : list(expected)) {
      String value = problems.read(item, i -> i.text(expected), null);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** The value as a text that is not blank, stripped. */
  private String text(String expected) throws ConfigException {
    String value = scalar(expected).strip();
    if (value.isEmpty()) {
      throw error("expected " + expected + ", got an empty text");
    }
    return value;
  }

  /**
   * The value as a mapping of the given keys, in file order; an unknown or repeated key is noted
   * as a mistake (with the nearest known key as a hint) and left out, an empty value is an empty
   * mapping.
   */
  Map<String, YamlValue> mapping(Collection<String> knownKeys) throws ConfigException {
    if (isNull()) {
      return Map.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      throw error("expected a mapping" + (knownKeys == null ? "" : " of " + String.join(", ", knownKeys)) + ", got " + describe());
    }
    Map<String, YamlValue> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      YamlValue keyValue = new YamlValue(problems, file, key, tuple.getKeyNode());
      String name = problems.read(keyValue, k -> k.scalar("a key"), null);
      if (name == null) {
        continue;
      }
      YamlValue child = new YamlValue(problems, file, key == null ? name : key + "." + name, tuple.getValueNode());
      if (knownKeys != null && !knownKeys.contains(name)) {
        problems.add(new ConfigException(file, keyValue.line(), child.key,
            "unknown setting" + NearestName.hint(name, knownKeys) + " (known here: " + String.join(", ", knownKeys) + ")"));
      } else if (entries.putIfAbsent(name, child) != null) {
        problems.add(new ConfigException(file, keyValue.line(), child.key, "set twice (first on line " + entries.get(name).line() + ")"));
      }
    }
    return entries;
  }

  /** What the value is, for messages: {@code 'maybe'}, {@code a list}, {@code nothing}. */
  String describe() {
    if (isNull()) {
      return "nothing";
    }
    if (node instanceof ScalarNode scalar) {
      return "'" + scalar.getValue() + "'";
    }
    return node instanceof SequenceNode ? "a list" : "a mapping";
  }
}
