package dev.copydesk.rules.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accuracy table gathers this run's figures files (not an earlier run's) into Markdown and JSON. */
@Tag("evaluation")
class AccuracyTableTest {

  @Test
  void gathersThisRunsFiguresIntoOneTableOfRecallNoiseAndPrecision(@TempDir Path folder) throws Exception {
    System.setProperty("copydesk.evaluation.dir", folder.toString());
    try {
      Path stale = new EvaluationFigures("old-run").recall("stale kind", "all", 1, 2).write();
      Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
      new EvaluationFigures("noise").noise("wikinews", "all", 2000, 3).noise("wikinews", "spelling", 2000, 1)
          .noise("cms/go-blog", "all", 1000, 4).write();
      new EvaluationFigures("plants").recall("name swap", "held-out", 29, 33).noise("wikinews", "name-variant", 2000, 1).write();
      new EvaluationFigures("labels").precision("spelling", "labels.jsonl", 6, 5, 13, 4).write();
    } finally {
      System.clearProperty("copydesk.evaluation.dir");
    }

    AccuracyTable table = AccuracyTable.read(folder, FileTime.from(Instant.now().minusSeconds(60)));
    Path json = table.write(folder);

    assertEquals(List.of("labels", "noise", "plants"), table.evaluations().stream().map(EvaluationFigures.Figures::evaluation).toList());
    String markdown = Files.readString(folder.resolve(AccuracyTable.MARKDOWN_FILE));
    assertEquals(table.markdown(), markdown);
    String flat = markdown.replaceAll(" +", " ");
    assertTrue(flat.contains("| plants | name swap | held-out | 29 of 33 | 87.9% |"), markdown);
    assertTrue(flat.contains("| rules | wikinews | cms/go-blog |"), markdown);
    assertTrue(flat.contains("| (words) | 2,000 | 1,000 |"), markdown);
    assertTrue(flat.contains("| all | 1.50 | 4.00 |"), markdown);
    assertTrue(flat.contains("| spelling | 0.50 | |"), markdown);
    assertTrue(flat.contains("| name-variant | 0.50 | |"), markdown);
    assertTrue(flat.contains("| labels | spelling | 5 of 6 | 4 of 13 | 55.6% |"), markdown);
    for (String section : markdown.split("\n\n")) {
      List<Integer> widths = section.lines().filter(l -> l.startsWith("|")).map(String::length).distinct().toList();
      assertTrue(widths.size() <= 1, "every row of a table is padded to the same width:\n" + section);
    }
    assertTrue(!markdown.contains("stale kind"), "an earlier run's figures are left out");

    JsonNode written = new ObjectMapper().readTree(json.toFile());
    assertEquals(0.8788, written.at("/recall/0/recall").asDouble());
    assertEquals(1.5, written.at("/noise/0/perThousandWords").asDouble());
    assertEquals(0.5556, written.at("/precision/0/precision").asDouble());
  }

  @Test
  void withoutFiguresThereIsNoTable(@TempDir Path folder) {
    assertTrue(AccuracyTable.read(folder.resolve("none"), FileTime.from(Instant.EPOCH)).isEmpty());
    assertTrue(AccuracyTable.read(folder, FileTime.from(Instant.EPOCH)).isEmpty());
  }
}
