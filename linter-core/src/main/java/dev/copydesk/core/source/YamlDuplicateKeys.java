package dev.copydesk.core.source;

import dev.copydesk.core.model.SourceWarning;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of YAML front matter that are set twice in one mapping: a warning at the second key,
 * naming the line of the first, instead of SnakeYAML's stray message on standard error.
 */
final class YamlDuplicateKeys {
  /** The warnings' id, the rule id of their findings. */
  static final String WARNING_ID = "front-matter";

  private YamlDuplicateKeys() {}

  /** The duplicate keys of the YAML between {@code yamlStart} and {@code yamlEnd} of {@code source}. */
  static List<SourceWarning> find(String source, int yamlStart, int yamlEnd) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(source.substring(yamlStart, yamlEnd)));
    } catch (YAMLException e) {
      return List.of();
    }
    List<SourceWarning> warnings = new ArrayList<>();
    duplicateKeys(root, source, yamlStart, warnings);
    return List.copyOf(warnings);
  }

  /** Notes every key of {@code mapping} and of the mappings inside it that is set a second time. */
  private static void duplicateKeys(Node node, String source, int yamlStart, List<SourceWarning> warnings) {
    if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> duplicateKeys(item, source, yamlStart, warnings));
    }
    if (!(node instanceof MappingNode mapping)) {
      return;
    }
    Map<String, Mark> seen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        Mark first = seen.putIfAbsent(key.getValue(), key.getStartMark());
        if (first != null) {
          int offset = at(source, yamlStart, key.getStartMark());
          int length = at(source, yamlStart, key.getEndMark()) - offset;
          int firstLine = lineOf(source, at(source, yamlStart, first));
          warnings.add(new SourceWarning(WARNING_ID, offset, length, "'" + key.getValue()
              + "' is set twice in the front matter (first on line " + firstLine + "); the last value is used"));
        }
      }
      duplicateKeys(tuple.getValueNode(), source, yamlStart, warnings);
    }
  }

  /** The source offset of {@code mark}, whose index counts code points from {@code yamlStart}. */
  private static int at(String source, int yamlStart, Mark mark) {
    return source.offsetByCodePoints(yamlStart, mark.getIndex());
  }

  private static int lineOf(String source, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

}
