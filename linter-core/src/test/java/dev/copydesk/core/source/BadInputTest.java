package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unfit files give a clear {@link InputException}; malformed markup gives a sensible article. */
class BadInputTest {
  private final SourceFiles sources = SourceFiles.standard();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"md", "html", "txt"})
  void emptyAndWhitespaceOnlyFilesAreRefused(String extension) throws IOException {
    assertRefused(write("empty." + extension, new byte[0]), "empty file");
    assertRefused(write("blank." + extension, " \n\t\r\n".getBytes(StandardCharsets.UTF_8)), "only whitespace");
  }

  @ParameterizedTest
  @ValueSource(strings = {"md", "html"})
  void binaryAndInvalidUtf8AreRefused(String extension) throws IOException {
    assertRefused(write("binary." + extension, new byte[] {'P', 'K', 3, 4, 0, 0, 1}), "binary file");
    assertRefused(write("latin1." + extension, "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1)), "not valid UTF-8");
  }

  @Test
  void aTwentyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
    Path big = dir.resolve("big.md");
    byte[] line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    assertRefused(big, "larger than");
  }

  @Test
  void aFolderNamedLikeAnArticleIsRefused() throws IOException {
    assertRefused(Files.createDirectory(dir.resolve("x.md")), "folder");
  }

  @Test
  void unclosedHtmlTagsStillReadTheText() throws InputException {
    Article article = Fixtures.read("a.html", "<p><b>Bold and never closed\n<p>Second paragraph");
    assertEquals("Bold and never closed\n\nSecond paragraph", article.text());
    SourceMappingAssertions.assertWordsMapToSource(article);
  }

  @Test
  void unclosedCodeFenceHidesTheRestAsCode() throws InputException {
    Article article = Fixtures.read("a.md", "Before the code.\n\n```\nnot prose\n\nstill code\n");
    assertEquals("Before the code.", article.text());
  }

  @Test
  void unclosedFrontMatterIsReadAsMarkdown() throws InputException {
    Article article = Fixtures.read("a.md", "---\ntitle: Never closed\n\nThe story begins.\n");
    assertEquals(null, article.metadata().title());
    assertTrue(article.text().endsWith("The story begins."), article.text());
    SourceMappingAssertions.assertWordsMapToSource(article);
  }

  @Test
  void markupWithoutProseGivesAnEmptyArticle() throws InputException {
    Article article = Fixtures.read("a.html", "<html><head><title>Only a title</title></head><body><script>x()</script></body></html>");
    assertEquals("", article.text());
    assertTrue(article.blocks().isEmpty());
    assertEquals("Only a title", article.metadata().title());
  }

  @Test
  void deeplyNestedAndGarbledMarkupDoesNotThrow() throws InputException {
    String nested = "<div>".repeat(2000) + "Deep text &amp &#xZZ; &#99999999; &unknown; < > &" + "</div>".repeat(10);
    SourceMappingAssertions.assertWordsMapToSource(Fixtures.read("a.html", nested));
    String markdown = "*".repeat(500) + "text" + "[".repeat(500) + "\\" + "&#;" + "> ".repeat(200) + "quote\n";
    SourceMappingAssertions.assertWordsMapToSource(Fixtures.read("a.md", markdown));
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private void assertRefused(Path file, String expectedReason) {
    InputException e = assertThrows(InputException.class, () -> sources.read(file, file.getFileName().toString(), Fixtures.OPTIONS));
    assertTrue(e.getMessage().contains(expectedReason), e.getMessage() + " should say " + expectedReason);
  }
}
