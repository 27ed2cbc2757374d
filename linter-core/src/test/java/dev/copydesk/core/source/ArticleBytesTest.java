package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Articles held in memory (table rows) are read by an explicit format or by their path's extension. */
class ArticleBytesTest {
  private static final byte[] MARKDOWN = "---\ntitle: Budget vote\ndate: 2021-07-27\n---\n\n# Budget vote\n\nThe council voted on Tuesday.\n"
      .getBytes(StandardCharsets.UTF_8);
  private final SourceFiles sources = SourceFiles.standard();
  private final ReadOptions options = new ReadOptions(List.of());

  @Test
  void anExplicitFormatReadsAPathWithoutAnExtension() throws InputException {
    Article article = sources.read("cms://stories/4711", "md", MARKDOWN, options);
    assertEquals("cms://stories/4711", article.path());
    assertEquals("Budget vote", article.metadata().title());
    assertEquals("2021-07-27", article.metadata().publicationDate().toString());
    assertTrue(article.text().contains("The council voted on Tuesday."));
  }

  @Test
  void theFormatMayBeGivenWithADotAndInAnyCase() throws InputException {
    assertEquals("Budget vote", sources.read("story", ".MD", MARKDOWN, options).metadata().title());
  }

  @Test
  void theFormatOverridesThePathsExtension() throws InputException {
    Article asText = sources.read("story.md", "txt", MARKDOWN, options);
    assertTrue(asText.text().contains("title: Budget vote"), "read as plain text, the front matter is prose");
  }

  @Test
  void withoutAFormatThePathsExtensionDecides() throws InputException {
    assertEquals("Budget vote", sources.read("story.md", null, MARKDOWN, options).metadata().title());
    InputException noKind = assertThrows(InputException.class, () -> sources.read("story", null, MARKDOWN, options));
    assertTrue(noKind.getMessage().startsWith("not an article file"), noKind.getMessage());
  }

  @Test
  void anUnknownFormatAndBadBytesAreClearErrors() {
    InputException unknown = assertThrows(InputException.class, () -> sources.read("story", "docx", MARKDOWN, options));
    assertEquals("unknown format 'docx' (.txt, .md, .markdown, .mdown, .mdx, .html, .htm expected)", unknown.getMessage());
    InputException binary = assertThrows(InputException.class,
        () -> sources.read("story", "txt", new byte[] {'P', 'K', 3, 4, 0}, options));
    assertTrue(binary.getMessage().startsWith("binary file"), binary.getMessage());
  }
}
