package dev.copydesk.rules.names;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Whether LanguageToolʼs speller for the article's locale knows a word. The tagger is no guide
 * here: it guesses a proper-noun tag for many unknown capitalised words ("Boweing's").
 */
final class Dictionary {
  private final SpellingCheckRule speller;

  private Dictionary(SpellingCheckRule speller) {
    this.speller = speller;
  }

  static Dictionary of(AnalyzedArticle article) {
    Optional<SpellingCheckRule> speller = article.languageTool().rules().values().stream()
        .filter(SpellingCheckRule.class::isInstance).map(SpellingCheckRule.class::cast).findFirst();
    return new Dictionary(speller.orElse(null));
  }

  /** Whether the speller knows {@code word}; with no speller for the locale, every word is known. */
  boolean knows(String word) {
    if (speller == null) {
      return true;
    }
    try {
      return !speller.isMisspelled(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
