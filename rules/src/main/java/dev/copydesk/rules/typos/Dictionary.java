package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.LanguageToolWorker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's speller for the configured locale ({@code MORFOLOGIK_RULE_EN_US} for en-US), as
 * the calling thread's worker holds it: the one judge of whether a word is a word.
 */
final class Dictionary {
  private final SpellingCheckRule speller;

  private Dictionary(SpellingCheckRule speller) {
    this.speller = speller;
  }

  /** The speller of the article's locale, from the thread's LanguageTool. */
  static Dictionary of(AnalyzedArticle article) {
    String locale = article.configuration().locale();
    LanguageToolWorker worker = article.languageTool();
    String id = "MORFOLOGIK_RULE_" + locale.replace('-', '_').toUpperCase(Locale.ROOT);
    Rule rule = worker.rule(id)
        .orElseThrow(() -> new IllegalStateException("LanguageTool has no speller " + id + " for locale " + locale));
    return new Dictionary((SpellingCheckRule) rule);
  }

  /** The LanguageTool rule itself, to run on sentences. */
  SpellingCheckRule speller() {
    return speller;
  }

  /** Whether the dictionary knows {@code word} as written. */
  boolean knows(String word) {
    try {
      return !speller.isMisspelled(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
