package dev.copydesk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.PlainTextReader;
import dev.copydesk.core.source.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

  private static AnalyzedArticle analyze(String text) {
    Article article = new PlainTextReader().read("a.txt", text, new ReadOptions(Boilerplate.defaults()));
    return new Analyzer().analyze(article, Configuration.defaults(), LanguageToolPool.forLocale("en-US").worker());
  }

  @Test
  void sentencesAndTokensMapToTheirText() {
    AnalyzedArticle a = analyze("Biden met Kadhimi on Monday. They agreed.\n\nThe U.S. troops will leave by the end of the year.\n");
    List<Sentence> sentences = a.sentences();
    assertEquals(3, sentences.size());
    for (Sentence s : sentences) {
      assertEquals(s.text(), s.region().in(a.text()));
      for (Token t : s.tokens()) {
        assertEquals(t.text(), t.region().in(a.text()));
      }
    }
    Token met = sentences.get(0).tokens().get(1);
    assertEquals("met", met.text());
    assertTrue(met.hasTagStartingWith("VB"));
    assertTrue(sentences.get(0).tokens().get(0).sentenceInitial());
  }

  @Test
  void italianFooterOfTheSeedIsForeignAndTheBodyIsEnglish() throws IOException {
    AnalyzedArticle a = analyze(Files.readString(Path.of(System.getProperty("copydesk.seed"))));
    assertEquals(LocalDate.of(2021, 7, 27), a.article().metadata().publicationDate());
    assertEquals(BlockKind.TITLE, a.sentences().stream()
        .filter(s -> s.text().startsWith("Biden and Kadhimi agree")).findFirst().orElseThrow().block().kind());
    for (Sentence s : a.sentences()) {
      boolean italian = s.text().contains("ecco il nostro") || s.text().contains("Alzatevi");
      assertEquals(italian, s.foreign(), () -> "foreign? " + s.text());
    }
    assertFalse(a.text().contains("Send to a friend"), "boilerplate is not prose");
  }
}
