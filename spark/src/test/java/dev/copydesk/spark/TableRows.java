package dev.copydesk.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Rows of the job's tables as JSON objects, for comparing them with the JSON report as sets. */
final class TableRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TableRows() {}

  /** Every row of {@code table} as a JSON object, its {@code path} turned into a local file path. */
  static List<JsonNode> of(Dataset<Row> table) {
    List<JsonNode> rows = new ArrayList<>();
    for (String row : table.toJSON().collectAsList()) {
      try {
        ObjectNode node = (ObjectNode) JSON.readTree(row);
        node.put("path", localPath(node.get("path").asText()));
        rows.add(node);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return rows;
  }

  /** {@code file:/a/b.txt} as {@code /a/b.txt}; other paths as they are. */
  static String localPath(String path) {
    return path.startsWith("file:") ? Path.of(URI.create(path)).toString() : path;
  }
}
