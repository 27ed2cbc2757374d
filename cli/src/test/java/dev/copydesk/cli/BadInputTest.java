package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of good and bad inputs: every bad file gets its own error in every format, every good
 * file is still checked, and the run exits 2.
 */
class BadInputTest {
  @TempDir
  static Path dir;
  private static Path folder;
  private static Path missing;

  @BeforeAll
  static void writeInputs() throws Exception {
    folder = Files.createDirectory(dir.resolve("inbox"));
    Files.writeString(folder.resolve("a-good.txt"), "The mayor opened the XYZZY bridge on Friday.\n");
    Files.writeString(folder.resolve("z-good.txt"), "The mayor opened the new bridge on Friday after XYZZY years.\n");
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0});
    Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 au lait on the terrace.".getBytes(StandardCharsets.ISO_8859_1));
    try (OutputStream out = Files.newOutputStream(folder.resolve("huge.txt"))) {
      byte[] line = "The council met again on Monday and talked for hours.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Files.createSymbolicLink(folder.resolve("x.txt"), folder.resolve("gone.txt"));
    missing = dir.resolve("no-such-article.txt");
  }

  @Test
  void textShowsEachBadFilesErrorAndTheGoodFilesFindings() {
    CommandRun run = CommandRun.of("check", folder.toString(), missing.toString());

    assertEquals(2, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains(folder.resolve("empty.txt") + ": error: empty file"), out);
    assertTrue(out.contains(folder.resolve("binary.txt") + ": error: binary file"), out);
    assertTrue(out.contains(folder.resolve("latin1.txt") + ": error: not valid UTF-8"), out);
    assertTrue(out.contains(folder.resolve("huge.txt") + ": error: file is 20.0 MB"), out);
    assertTrue(out.contains(folder.resolve("x.txt") + ": error: a symbolic link to a file that does not exist"), out);
    assertTrue(out.contains(missing + ": error: no such file or folder"), out);
    assertTrue(out.contains(folder.resolve("a-good.txt") + ":1:22: error test-marker"), out);
    assertTrue(out.contains(folder.resolve("z-good.txt") + ":1:49: error test-marker"), out);
  }

  @Test
  void jsonHasEveryFileWithItsErrorOrFindings() throws Exception {
    CommandRun run = CommandRun.of("check", "--format", "json", folder.toString(), missing.toString());

    assertEquals(2, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    Map<String, JsonNode> files = new HashMap<>();
    json.get("files").forEach(f -> files.put(Path.of(f.get("path").asText()).getFileName().toString(), f));
    assertEquals(8, files.size(), files.keySet().toString());
    for (String bad : new String[] {"empty.txt", "binary.txt", "latin1.txt", "huge.txt", "x.txt", "no-such-article.txt"}) {
      assertTrue(files.get(bad).get("error").isTextual(), bad);
      assertEquals(0, files.get(bad).get("findings").size(), bad);
    }
    for (String good : new String[] {"a-good.txt", "z-good.txt"}) {
      assertTrue(files.get(good).get("error").isNull(), good);
      assertTrue(hasMarker(files.get(good)), good);
    }
  }

  private static boolean hasMarker(JsonNode file) {
    for (JsonNode f : file.get("findings")) {
      if (f.get("rule").asText().equals(MarkerRule.ID) && f.get("text").asText().equals("XYZZY")) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aFolderOfOnlyUnsupportedFilesExitsTwoWithAClearMessageNotAPass() throws Exception {
    Path site = Files.createDirectories(dir.resolve("asciidoc-site/posts"));
    Files.writeString(site.resolve("post.adoc"), "= A post\n\nThe mayor spoke.\n");
    Files.writeString(site.getParent().resolve("config.toml"), "title = 'x'\n");
    CommandRun run = CommandRun.of("check", site.getParent().toString());

    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.out().contains(site.getParent() + ": error: no article files (.txt, .md, .markdown, .mdown, .mdx, .html, .htm) in this folder"), run.out());
    assertTrue(run.out().contains("1 file could not be read"), run.out());
  }

  @Test
  void aFolderOfOnlyMdxArticlesIsChecked() throws Exception {
    Path blog = Files.createDirectories(dir.resolve("mdx-blog"));
    Files.writeString(blog.resolve("post.mdx"), "---\ntitle: Post\n---\nimport { Box } from './box';\n\n<Box level=\"info\">\n  The mayor opened the XYZZY bridge.\n</Box>\n");
    CommandRun run = CommandRun.of("check", blog.toString());

    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains(blog.resolve("post.mdx") + ":7:24: error test-marker"), run.out());
    assertTrue(run.out().contains("1 file checked"), run.out());
  }
}
