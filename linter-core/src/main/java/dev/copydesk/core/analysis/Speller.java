package dev.copydesk.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's speller for an article's locale ({@code MORFOLOGIK_RULE_EN_US} for en-US), as
 * the calling thread's worker holds it: the one judge, for every rule, of whether a word is a
 * word. The tagger is no guide to that: it guesses a proper-noun tag for many unknown capitalised
 * words ("Boweing's").
 */
public final class Speller {
  private final SpellingCheckRule rule;

  private Speller(SpellingCheckRule rule) {
    this.rule = rule;
  }

  /** The speller of {@code article}'s locale, one per article. */
  public static Speller of(AnalyzedArticle article) {
    return article.derived(Speller.class, Speller::forLocaleOf);
  }

  private static Speller forLocaleOf(AnalyzedArticle article) {
    String locale = article.configuration().locale();
    String id = "MORFOLOGIK_RULE_" + locale.replace('-', '_').toUpperCase(Locale.ROOT);
    return article.languageTool().rule(id)
        .filter(SpellingCheckRule.class::isInstance)
        .map(rule -> new Speller(SpellerDictionaries.ready((SpellingCheckRule) rule)))
        .orElseThrow(() -> new IllegalStateException("LanguageTool has no speller " + id + " for locale " + locale));
  }

  /** Whether the dictionary knows {@code word} as written. */
  public boolean knows(String word) {
    try {
      return !rule.isMisspelled(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * LanguageTool's spelling matches in {@code sentence}: the words it does not know, with
   * suggestions computed only when asked for.
   */
  public RuleMatch[] misspellings(AnalyzedSentence sentence) {
    try {
      return rule.match(sentence);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
