package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit job end to end on the test session: arguments, configuration, tables written, summary. */
class CopydeskSparkJobTest {
  private static final String STORY = "The US intends toto continue its support, the U.S. envoy said on Tuesday.\n";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void checksAFolderWithItsConfigurationAndWritesBothTables() throws IOException {
    Path content = Files.createDirectories(dir.resolve("content"));
    Files.writeString(content.resolve("story.txt"), STORY);
    Files.writeString(content.resolve("broken.md"), "\u0000binary");
    Files.createDirectories(content.resolve("drafts"));
    Files.writeString(content.resolve("drafts/draft.txt"), STORY);
    Path config = Files.writeString(dir.resolve("copydesk.yml"), "rules:\n  merged-word: off\n  spelling: off\nignore:\n  paths: [\"drafts/**\"]\n");

    int code = run("--config", config.toString(), "--output-format", "json", "--partitions", "3",
        content.toString(), dir.resolve("out").toString());

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<JsonNode> files = TableRows.of(LocalSpark.session().read().schema(ResultRows.FILE).json(dir.resolve("out/files").toString()));
    assertEquals(2, files.size(), "the draft is ignored: " + files);
    List<JsonNode> findings = TableRows.of(LocalSpark.session().read().json(dir.resolve("out/findings").toString()));
    assertEquals(List.of("term-variant"), findings.stream().map(f -> f.get("rule").asText()).toList(),
        "merged-word and spelling are off in the configuration");
    String summary = out.toString(StandardCharsets.UTF_8);
    assertTrue(summary.startsWith("1 file checked (14 words): 0 errors, 1 warning, 0 infos; 1 file could not be read\n"), summary);
  }

  @Test
  void checksAParquetTableAndWritesParquet() {
    StructType schema = new StructType().add("path", DataTypes.StringType).add("body", DataTypes.StringType)
        .add("format", DataTypes.StringType);
    LocalSpark.session().createDataFrame(List.<Row>of(RowFactory.create("cms/story-1", STORY, "txt")), schema)
        .write().parquet(dir.resolve("table").toString());

    int code = run("--input", "parquet", dir.resolve("table").toString(), dir.resolve("out").toString());

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<JsonNode> findings = TableRows.of(LocalSpark.session().read().parquet(dir.resolve("out/findings").toString()));
    assertEquals(List.of("merged-word", "term-variant"), findings.stream().map(f -> f.get("rule").asText()).sorted().toList());
    assertTrue(findings.stream().allMatch(f -> f.get("path").asText().equals("cms/story-1")));
    assertEquals(0, run("--input", "parquet", "--overwrite", dir.resolve("table").toString(), dir.resolve("out").toString()),
        "--overwrite replaces the tables");
  }

  @Test
  void usageAndConfigurationMistakesAreExitCodeTwoWithAMessage() throws IOException {
    assertEquals(2, run("--partitions", "none", "in", "out"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--partitions: expected a positive number, got 'none'"));
    err.reset();
    Path config = Files.writeString(dir.resolve("copydesk.yml"), "rules:\n  speling: off\n");
    assertEquals(2, run("--config", config.toString(), dir.toString(), dir.resolve("out").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("speling: no such rule (did you mean spelling?)"), err.toString());
    err.reset();
    assertEquals(2, run("--input", "parquet", dir.resolve("no-table").toString(), dir.resolve("out").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-table"), err.toString());
  }

  private int run(String... args) {
    return CopydeskSparkJob.run(LocalSpark.session(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
