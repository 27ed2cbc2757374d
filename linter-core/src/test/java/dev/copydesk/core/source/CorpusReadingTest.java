package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.BlockKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Wikinews article of the corpus ({@code corpus/} in the repository) reads, with its metadata and an exact source map. */
class CorpusReadingTest {

  @Test
  void everyCorpusArticleReadsWithExactMapping() throws IOException, InputException {
    String corpus = System.getProperty("copydesk.corpus");
    assertTrue(corpus != null && Files.isDirectory(Path.of(corpus, "wikinews")),
        "the corpus is in the repository (corpus/wikinews), named by system property copydesk.corpus: " + corpus);
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(corpus, "wikinews"))) {
      files = listing.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    SourceFiles sources = SourceFiles.standard();
    ReadOptions options = new ReadOptions(Boilerplate.defaults());
    for (Path file : files) {
      Article article = sources.read(file, file.getFileName().toString(), options);
      assertNotNull(article.metadata().title(), file + " title");
      assertEquals("front matter", article.metadata().publicationDateSource(), file + " date");
      assertFalse(article.blocks().isEmpty(), file + " blocks");
      assertFalse(article.text().startsWith("---"), file + " front matter is not prose");
      if (article.blocks().get(0).kind() == BlockKind.DATELINE) {
        assertFalse(article.text().contains("title:"), file.toString());
      }
      SourceMappingAssertions.assertWordsMapToSource(article);
    }
  }
}
