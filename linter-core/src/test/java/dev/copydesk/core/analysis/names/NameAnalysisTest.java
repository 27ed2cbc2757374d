package dev.copydesk.core.analysis.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Analyzer;
import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.PlainTextReader;
import dev.copydesk.core.source.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAnalysisTest {

  private static NameAnalysis names(String text) {
    Article article = new PlainTextReader().read("a.txt", text, new ReadOptions(Boilerplate.defaults()));
    AnalyzedArticle analyzed = new Analyzer().analyze(article, Configuration.defaults(), LanguageToolPool.forLocale("en-US").worker());
    return NameAnalysis.of(analyzed);
  }

  private static List<String> mentions(NameAnalysis names) {
    return names.mentions().stream().map(m -> (m.hasTitle() ? m.title() + " | " : "") + m.text() + (m.possessive() ? " 's" : "")).toList();
  }

  @Test
  void fullNamesWithTitlesParticlesAndInitials() {
    NameAnalysis names = names("Iraqi Prime Minister Mustafa al-Kadhimi met U.S. President Joe Biden and George W. Bush. "
        + "Ludwig van Beethoven, Sean O'Brien and Dr. Jane Smith came. Kadhimi's aides waited.\n");
    assertEquals(List.of("Iraqi Prime Minister | Mustafa al-Kadhimi", "President | Joe Biden", "George W. Bush",
        "Ludwig van Beethoven", "Sean O'Brien", "Dr. | Jane Smith", "Kadhimi 's"), mentions(names));
    EstablishedName kadhimi = names.established("al-Kadhimi").orElseThrow();
    assertEquals("Kadhimi", kadhimi.word());
    assertEquals("Mustafa al-Kadhimi", kadhimi.fullForm());
    assertEquals(2, kadhimi.uses());
    assertTrue(kadhimi.person());
  }

  @Test
  void sentenceStartsMonthsAndWeekdaysAreNotNames() {
    NameAnalysis names = names("However, Biden spoke on Monday in May. Political parties agreed. \"Our work,\" he said.\n");
    assertEquals(List.of("Biden"), mentions(names));
    assertFalse(names.isName("However"));
    assertFalse(names.isName("Monday"));
  }

  @Test
  void anUnknownWordStartingASentenceIsAName() {
    NameAnalysis names = names("Biden spoke first. Kachin responded.\n");
    assertEquals(List.of("Biden", "Kachin"), mentions(names));
  }

  @Test
  void theHeadlineIsNotReadForNames() {
    NameAnalysis names = names("07/27/2021\n\nBiden And Kadhimi Agree On Withdrawal\n\nThe talks ended. Nothing else.\n");
    assertEquals(List.of(), mentions(names));
  }

  @Test
  void houseNamesAreEstablishedWithoutAMention() {
    Configuration config = new Configuration(null, "en-US", Configuration.defaults().failOn(), null, List.of(),
        List.of("Mustafa al-Kadhimi"), List.of(), java.util.Map.of(), List.of(), List.of());
    Article article = new PlainTextReader().read("a.txt", "The premier spoke.\n", new ReadOptions(Boilerplate.defaults()));
    AnalyzedArticle analyzed = new Analyzer().analyze(article, config, LanguageToolPool.forLocale("en-US").worker());
    EstablishedName house = NameAnalysis.of(analyzed).established("Kadhimi").orElseThrow();
    assertTrue(house.house());
    assertEquals("Mustafa al-Kadhimi", house.fullForm());
  }
}
