package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad article among good ones is a row with its error, and the good ones are still checked: no
 * failed task, no lost file. Files that cannot be read, bodies that are not UTF-8 text, table rows
 * with a bad column, and a rule that throws on one article.
 */
class BadInputTest {
  private static final String GOOD = "The council voted toto approve the budget on Tuesday.\n";

  @TempDir
  Path dir;

  @Test
  void unreadableFilesAmongGoodOnesAreRowsWithTheirErrors() throws IOException {
    write("a-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
    write("b-latin1.md", "Caf\u00e9 au lait, said the mayor.\n".getBytes(StandardCharsets.ISO_8859_1));
    write("c-binary.html", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    write("d-empty.txt", new byte[0]);
    write("e-rule-fails.txt", ("The mayor spoke toto reporters. " + FailingRule.TRIGGER + ".\n").getBytes(StandardCharsets.UTF_8));
    write("f-notes.docx", new byte[] {1, 2, 3});
    write("sub/g-good.md", ("---\ntitle: Vote\n---\n\n" + GOOD).getBytes(StandardCharsets.UTF_8));

    Dataset<Row> results = CopydeskSpark.check(CopydeskSpark.readFiles(LocalSpark.session(),
        List.of(dir.toString(), dir.resolve("missing").toString()), ConfigurationText.defaults(), 3));
    Map<String, JsonNode> files = byName(TableRows.of(CopydeskSpark.files(results)));

    assertEquals(List.of("a-good.txt", "b-latin1.md", "c-binary.html", "d-empty.txt", "e-rule-fails.txt", "g-good.md", "missing"),
        List.copyOf(files.keySet()), "every article file and the missing input, nothing else (.docx is not an article)");
    assertEquals("not valid UTF-8 (malformed bytes near byte 3); save the file as UTF-8", error(files, "b-latin1.md"));
    assertEquals("binary file (a NUL byte at byte 4), not text", error(files, "c-binary.html"));
    assertEquals("empty file: there is no article to check", error(files, "d-empty.txt"));
    assertEquals("no such file or folder", error(files, "missing"));
    assertCheckedWithOneMergedWord(files.get("a-good.txt"));
    assertCheckedWithOneMergedWord(files.get("g-good.md"));

    JsonNode failed = files.get("e-rule-fails.txt");
    assertCheckedWithOneMergedWord(failed);
    assertEquals(1, failed.get("processingErrors").size());
    assertTrue(failed.at("/processingErrors/0").asText().startsWith("failing-test-rule: rule failed with java.lang.IllegalStateException: bug in a house rule"),
        failed.get("processingErrors").toString());

    Map<String, Long> findingsPerFile = TableRows.of(CopydeskSpark.findings(results)).stream()
        .collect(Collectors.groupingBy(f -> name(f.get("path").asText()), TreeMap::new, Collectors.counting()));
    assertEquals(Map.of("a-good.txt", 1L, "e-rule-fails.txt", 1L, "g-good.md", 1L), findingsPerFile);
  }

  @Test
  void tableRowsWithBadColumnsAreRowsWithTheirErrors() {
    StructType schema = new StructType()
        .add("path", DataTypes.StringType).add("body", DataTypes.StringType)
        .add("format", DataTypes.StringType).add("date", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create("cms/1", GOOD, "txt", null),
        RowFactory.create("cms/2", GOOD, "docx", null),
        RowFactory.create("cms/3", GOOD, "txt", "last week"),
        RowFactory.create("cms/4", null, "txt", null),
        RowFactory.create("cms/5", GOOD, null, null),
        RowFactory.create("cms/6.md", GOOD, null, "2021-07-28"));
    Map<String, JsonNode> files = byPath(TableRows.of(CopydeskSpark.files(
        CopydeskSpark.check(LocalSpark.session().createDataFrame(rows, schema).repartition(2)))));

    assertCheckedWithOneMergedWord(files.get("cms/1"));
    assertCheckedWithOneMergedWord(files.get("cms/6.md"));
    String kinds = SourceFiles.standard().kinds();
    assertEquals("unknown format 'docx' (" + kinds + " expected)", error(files, "cms/2"));
    assertEquals("the date column holds 'last week', not a date (yyyy-mm-dd)", error(files, "cms/3"));
    assertEquals("the body column is null: there is no article to check", error(files, "cms/4"));
    assertEquals("not an article file (" + kinds + " expected)", error(files, "cms/5"));
  }

  @Test
  void theDateColumnIsThePublicationDateOfAnArticleThatGivesNone() {
    StructType schema = new StructType().add("path", DataTypes.StringType).add("body", DataTypes.BinaryType)
        .add("date", DataTypes.DateType);
    byte[] body = "Yesterday, July 26, the council approved the budget, the mayor said.\n".getBytes(StandardCharsets.UTF_8);
    List<Row> rows = List.of(
        RowFactory.create("dated.txt", body, Date.valueOf("2021-07-28")),
        RowFactory.create("undated.txt", body, null));
    List<JsonNode> findings = TableRows.of(CopydeskSpark.findings(CopydeskSpark.check(
        LocalSpark.session().createDataFrame(rows, schema))));

    List<JsonNode> relative = findings.stream().filter(f -> f.get("rule").asText().equals("relative-date")).toList();
    assertEquals(1, relative.size(), findings.toString());
    assertEquals("dated.txt", relative.get(0).get("path").asText());
    assertTrue(relative.get(0).get("evidence").asText().contains("date column"), relative.get(0).toString());
  }

  @Test
  void aTableOfTheWrongShapeIsRefusedOnTheDriverNamingTheColumn() {
    StructType noBody = new StructType().add("path", DataTypes.StringType).add("text", DataTypes.StringType);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> CopydeskSpark.check(LocalSpark.session().createDataFrame(List.of(), noBody)));
    assertEquals("an articles table needs a column 'body' (binary or string); it has [path, text]", missing.getMessage());
    StructType numericPath = new StructType().add("path", DataTypes.LongType).add("body", DataTypes.StringType);
    IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
        () -> CopydeskSpark.check(LocalSpark.session().createDataFrame(List.of(), numericPath)));
    assertEquals("column 'path' is bigint; Copydesk reads it as string", wrongType.getMessage());
  }

  private static void assertCheckedWithOneMergedWord(JsonNode file) {
    assertNull(file.get("error"), file.toString());
    assertEquals(1, file.get("errors").asInt(), file.toString());
    assertTrue(file.get("words").asInt() >= 6, file.toString());
  }

  private static String error(Map<String, JsonNode> files, String name) {
    JsonNode file = files.get(name);
    assertEquals(0, file.get("words").asInt(), file.toString());
    return file.get("error").asText();
  }

  private void write(String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  private static Map<String, JsonNode> byName(List<JsonNode> rows) {
    Map<String, JsonNode> byName = new TreeMap<>();
    rows.forEach(r -> byName.put(name(r.get("path").asText()), r));
    return byName;
  }

  private static Map<String, JsonNode> byPath(List<JsonNode> rows) {
    Map<String, JsonNode> byPath = new TreeMap<>();
    rows.forEach(r -> byPath.put(r.get("path").asText(), r));
    return byPath;
  }

  private static String name(String path) {
    return Path.of(path).getFileName().toString();
  }
}
