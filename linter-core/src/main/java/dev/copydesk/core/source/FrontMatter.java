package dev.copydesk.core.source;

import dev.copydesk.core.model.SourceWarning;
import java.io.StringReader;
import java.time.LocalDate;
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
 * The YAML front matter at the top of a Markdown article, between a first line {@code ---} and a
 * closing {@code ---} (or {@code ...}) line: its {@code title} and {@code date}. Without a closing
 * line there is no front matter and the whole file is Markdown. Front matter that is not valid
 * YAML gives no metadata but is still not prose. A key set twice in one mapping is a warning at
 * the second key, naming the line of the first (the last value is used, as site generators do).
 *
 * @param bodyStart the source offset where the Markdown after the front matter starts (0 if none)
 * @param title the {@code title} value, or null
 * @param date the {@code date} value as {@code yyyy-MM-dd} or ISO date-time, or null
 * @param warnings the keys set twice
 */
record FrontMatter(int bodyStart, String title, LocalDate date, List<SourceWarning> warnings) {
  private static final FrontMatter NONE = new FrontMatter(0, null, null, List.of());
  /** The warnings' id, the rule id of their findings. */
  static final String WARNING_ID = "front-matter";

  /** The front matter at the top of {@code source}, or one with {@code bodyStart} 0 if there is none. */
  static FrontMatter of(String source) {
    int firstEnd = lineEnd(source, 0);
    if (!source.substring(0, firstEnd).stripTrailing().equals("---")) {
      return NONE;
    }
    int lineStart = nextLine(source, firstEnd);
    while (lineStart < source.length()) {
      int end = lineEnd(source, lineStart);
      String line = source.substring(lineStart, end).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        int yamlStart = nextLine(source, firstEnd);
        return read(source, yamlStart, lineStart, nextLine(source, end));
      }
      lineStart = nextLine(source, end);
    }
    return NONE;
  }

  private static FrontMatter read(String source, int yamlStart, int yamlEnd, int bodyStart) {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(source.substring(yamlStart, yamlEnd)));
    } catch (YAMLException e) {
      return new FrontMatter(bodyStart, null, null, List.of());
    }
    if (!(root instanceof MappingNode mapping)) {
      return new FrontMatter(bodyStart, null, null, List.of());
    }
    List<SourceWarning> warnings = new ArrayList<>();
    duplicateKeys(mapping, source, yamlStart, warnings);
    String title = scalar(mapping, "title");
    String date = scalar(mapping, "date");
    return new FrontMatter(bodyStart, title == null || title.isBlank() ? null : title.strip(),
        date == null ? null : IsoDates.parse(date).orElse(null), List.copyOf(warnings));
  }

  /** The text of the last scalar value of {@code key} (the one a site generator uses), or null. */
  private static String scalar(MappingNode mapping, String key) {
    String value = null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        value = tuple.getValueNode() instanceof ScalarNode v ? v.getValue() : null;
      }
    }
    return value;
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

  private static int lineEnd(String source, int from) {
    int i = from;
    while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String source, int lineEnd) {
    if (lineEnd < source.length() && source.charAt(lineEnd) == '\r') {
      lineEnd++;
      if (lineEnd < source.length() && source.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
    return Math.min(source.length(), lineEnd + 1);
  }
}
