package dev.copydesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shape of a JSON value: every path in it ({@code rule.category.id}, {@code replacements[].value})
 * with the JSON type found there.
 */
final class JsonShape {
  private JsonShape() {}

  /** The paths of {@code node}, with their types; {@code skip} names top-level fields left out. */
  static Map<String, JsonNodeType> of(JsonNode node, String... skip) {
    Map<String, JsonNodeType> paths = new LinkedHashMap<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!java.util.List.of(skip).contains(field.getKey())) {
          collect(field.getValue(), field.getKey(), paths);
        }
      }
    } else {
      collect(node, "", paths);
    }
    return paths;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNodeType> paths) {
    paths.put(path, node.getNodeType());
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> collect(f.getValue(), path + "." + f.getKey(), paths));
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, path + "[]", paths));
    }
  }
}
