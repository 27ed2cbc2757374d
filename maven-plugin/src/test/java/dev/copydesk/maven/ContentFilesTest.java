package dev.copydesk.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {
  private static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.mdown", "**/*.mdx", "**/*.txt", "**/*.html", "**/*.htm");

  @TempDir Path base;

  @Test
  void includesMatchAtTheTopAndBelowExcludesWinAndMissingFoldersAreFine() throws IOException {
    Path content = base.resolve("content");
    touch(content.resolve("top.md"));
    touch(content.resolve("2021/07/deep.txt"));
    touch(content.resolve("2021/page.HTML.bak"));
    touch(content.resolve("drafts/wip.md"));
    touch(content.resolve("2021/skip-me.txt"));
    touch(content.resolve("blog/migrate.mdx"));

    List<Path> found = new ContentFiles(DEFAULT_INCLUDES, List.of("drafts/", "**/skip-*.txt"))
        .find(List.of(content, base.resolve("src/content")));

    assertEquals(List.of(content.resolve("2021/07/deep.txt"), content.resolve("blog/migrate.mdx"), content.resolve("top.md")), found);
  }

  @Test
  void severalFoldersAreMergedSortedAndOnce() throws IOException {
    touch(base.resolve("content/b.txt"));
    touch(base.resolve("src/content/a.txt"));
    List<Path> found = new ContentFiles(List.of("*.txt"), List.of())
        .find(List.of(base.resolve("src/content"), base.resolve("content"), base.resolve("content")));
    assertEquals(List.of(base.resolve("content/b.txt"), base.resolve("src/content/a.txt")), found);
  }

  private static void touch(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "text\n");
  }
}
