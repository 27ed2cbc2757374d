package dev.copydesk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.PlainTextReader;
import dev.copydesk.core.source.ReadOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.RuleMatch;

class SpellerTest {
  private static final String TEXT = "Thousands of pilgrims gathered to recieve the blessing.\n";

  private static AnalyzedArticle article() {
    Article article = new PlainTextReader().read("a.txt", TEXT, new ReadOptions(Boilerplate.defaults()));
    return new Analyzer().analyze(article, Configuration.defaults(), LanguageToolPool.forLocale("en-US").worker());
  }

  @Test
  void knowsWordsOfItsLocale() {
    Speller speller = Speller.of(article());
    assertTrue(speller.knows("receive"));
    assertTrue(speller.knows("pilgrims"));
    assertFalse(speller.knows("recieve"));
    assertFalse(speller.knows("colour"));
  }

  @Test
  void findsTheMisspeltWordOfASentenceWithItsSuggestions() {
    AnalyzedArticle article = article();
    Sentence sentence = article.sentences().get(0);
    RuleMatch[] matches = Speller.of(article).misspellings(sentence.languageToolSentence());
    assertEquals(1, matches.length, Arrays.toString(matches));
    int start = sentence.region().start() + matches[0].getFromPos();
    assertEquals("recieve", TEXT.substring(start, sentence.region().start() + matches[0].getToPos()));
    assertTrue(matches[0].getSuggestedReplacements().contains("receive"));
  }

  @Test
  void oneSpellerServesAllRulesOfAnArticle() {
    AnalyzedArticle article = article();
    assertSame(Speller.of(article), Speller.of(article));
  }
}
