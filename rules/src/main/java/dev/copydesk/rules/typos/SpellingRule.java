package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.rules.RuleMatch;
import org.languagetool.tagging.Tagger;

/**
 * Misspelt words, found by LanguageTool's speller for the configured locale and judged with what
 * the article itself shows. A reader trips on "recieve" at once, and a typo in print costs the
 * paper its authority; but a speller that flags every name and term is soon switched off, so this
 * rule reports a lower-case word the speller does not know only when it is one slip (a letter
 * added, dropped, changed or two swapped) from a word it does: "pilgrams" → "pilgrims". That is
 * an error, with the closest correction first.
 *
 * <p>A capitalised word is a name far more often than a typo. One the article uses as a name
 * ({@link NameAnalysis#whyName}, shared with the name rules: a proper noun, used more than once, introduced by a first name or title,
 * or in the house lists) is never reported; any other capitalised word inside a sentence is not
 * reported either (the {@code name-variant} rule catches near misses of the article's names);
 * one that only starts a sentence is reported as info, for the editor to glance at.
 *
 * <p>Not reported at all: quoted material ({@link QuotedMaterial}: a quoted tweet or post is its
 * writer's spelling), the house dictionary, addresses, handles, hashtags, acronyms and words
 * with digits ({@link WordShape}), spellings of the other English variant ("colour" in an en-US
 * article, {@link OtherVariant}), closed compounds the speller would split ("gumball"),
 * hyphenated words made of known words, words the article uses more than once (its own term:
 * "iodised", a species name), a known word with a productive suffix ("airframer", {@link
 * Derivation}; a prefix or an inflection of a known word, "deallocated", "inlining", {@link
 * Inflection}), technical vocabulary the article writes as an identifier or uses in its code or
 * link addresses ("Cargo.toml", "[etcd](https://etcd.io)", {@link TechnicalVocabulary}), and words
 * marked "[sic]".
 *
 * <p>Example: "Thousands of <u>pilgrams</u> gathered." → "pilgrims".
 */
public final class SpellingRule implements Rule {
  private static final int MIN_LENGTH = 3;
  private static final int MAX_SUGGESTIONS = 5;
  /** Name particles are short: "des", "de", "von", "bin". */
  private static final int MAX_PARTICLE_LENGTH = 4;
  private static final RuleInfo INFO = new RuleInfo("spelling", Category.TYPOS, Severity.ERROR,
      "A misspelt word, judged by LanguageTool's speller with the names and terms the article itself uses",
      "Thousands of pilgrams gathered to recieve the blessing.",
      "Thousands of pilgrims gathered to receive the blessing.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    Speller speller = Speller.of(article);
    NameAnalysis names = NameAnalysis.of(article);
    QuotedMaterial quoted = QuotedMaterial.of(article);
    Map<String, Integer> uses = wordUses(article);
    TechnicalVocabulary vocabulary = TechnicalVocabulary.of(article);
    Tagger tagger = article.languageTool().languageTool().getLanguage().getTagger();
    String text = article.text();
    for (Sentence sentence : article.englishSentences()) {
      for (RuleMatch match : speller.misspellings(sentence.languageToolSentence())) {
        TextRegion region = TextRegion.of(sentence.region().start() + match.getFromPos(),
            sentence.region().start() + match.getToPos());
        String word = region.in(text);
        if (word.length() < MIN_LENGTH || WordShape.unspellable(text, region.start(), region.end())
            || DeliberateSpelling.markedSic(text, region.end()) || names.whyName(word).isPresent()
            || quoted.contains(region) || insideName(sentence, region)) {
          continue;
        }
        boolean nameLike = WordShape.nameLike(word);
        if (nameLike && !startsSentence(text, sentence, region) || isArticleTerm(word, speller, uses)
            || vocabulary.explains(text, region.start(), region.end(), speller)) {
          continue;
        }
        // LanguageTool computes suggestions lazily, and they cost more than everything else here
        // together: ask for them only for a word that survived every cheaper test.
        List<String> corrections = Corrections.rank(word, match.getSuggestedReplacements());
        if (!looksLikeSlip(word, corrections, article) || Inflection.isDerived(word, speller, tagger, corrections)) {
          continue;
        }
        if (!nameLike) {
          context.report(issue(region, word, corrections, article));
        } else {
          context.report(issue(region, word, corrections, article).severity(Severity.INFO)
              .because("'" + word + "' is not in the dictionary and the article does not use it as a name elsewhere;"
                  + " '" + corrections.get(0) + "' is one slip away"));
        }
      }
    }
  }

  /** Whether {@code word} is one slip from a correction, and not a variant spelling or a closed compound. */
  private static boolean looksLikeSlip(String word, List<String> corrections, AnalyzedArticle article) {
    return Corrections.hasCloseCorrection(word, corrections)
        && !Corrections.isClosedCompound(word, corrections)
        && !OtherVariant.knows(article.configuration().locale(), word);
  }

  /**
   * Whether a word is the article's own rather than a slip: used more than once, a compound of
   * known words ("un-freeze"), or a known word with a productive suffix ("airframer", "lifehood").
   */
  private static boolean isArticleTerm(String word, Speller speller, Map<String, Integer> uses) {
    String[] parts = word.split("[-‐]");
    return uses.getOrDefault(word.toLowerCase(Locale.ROOT), 0) > 1
        || parts.length > 1 && Arrays.stream(parts).allMatch(speller::knows)
        || Derivation.isCoinage(word, speller);
  }

  private static Issue issue(TextRegion region, String word, List<String> corrections, AnalyzedArticle article) {
    String best = corrections.get(0);
    String locale = article.configuration().locale();
    return Issue.at(region, "'" + word + "' is not in the " + locale + " dictionary; did you mean '" + best + "'?")
        .suggest(corrections.subList(0, Math.min(MAX_SUGGESTIONS, corrections.size())))
        .because("LanguageTool's " + locale + " speller does not know '" + word + "', the article uses it only once"
            + ", and '" + best + "' is " + slipsText(Corrections.slips(word, best)) + " away");
  }

  private static String slipsText(int slips) {
    return slips == 1 ? "one slip" : slips + " slips";
  }


  /**
   * Whether a short lower-case word stands between two capitalised words, as a particle inside a
   * name does ("Bureau International des Expositions", "Plaza de la Revolución").
   */
  private static boolean insideName(Sentence sentence, TextRegion region) {
    List<Token> tokens = sentence.tokens();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).region().start() == region.start()) {
        return region.length() <= MAX_PARTICLE_LENGTH && tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized();
      }
    }
    return false;
  }

  /** Whether only punctuation stands between the sentence's start and {@code region}. */
  private static boolean startsSentence(String text, Sentence sentence, TextRegion region) {
    for (int i = sentence.region().start(); i < region.start(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** How often each word occurs in the article, ignoring case. */
  private static Map<String, Integer> wordUses(AnalyzedArticle article) {
    Map<String, Integer> uses = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      for (Token token : sentence.tokens()) {
        if (token.isWord()) {
          uses.merge(token.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
    }
    return uses;
  }
}
