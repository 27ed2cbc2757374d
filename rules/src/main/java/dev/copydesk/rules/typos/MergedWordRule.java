package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A short word typed twice with no space between: "toto" for "to", "thethe", "andand", "ofof".
 * The slip survives because the eye reads the word once; a speller only says the word is unknown,
 * while this rule says what happened and offers the single word. It fires only when the doubled
 * form is not itself a word the speller knows ("tutu", "mama", "bonbon" stay), and never on a
 * capitalised word inside a sentence, which is a name ("Isis", "Toto"). It supersedes {@code
 * spelling} on the same words.
 *
 * <p>Example: "the US intends <u>toto</u> continue" → "to".
 */
public final class MergedWordRule implements Rule {
  /** The longest half considered: doubled function words are short. */
  private static final int MAX_HALF = 4;
  private static final RuleInfo INFO = new RuleInfo("merged-word", Category.TYPOS, Severity.ERROR,
      "A short word typed twice and merged (\"toto\" for \"to\"), with the single word as the fix",
      "Biden said the US intends toto continue to train Iraqi forces.",
      "Biden said the US intends to continue to train Iraqi forces.",
      Set.of("spelling")).withSafeFix("always: the single word");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    Speller speller = Speller.of(article);
    for (Sentence sentence : article.englishSentences()) {
      for (Token token : sentence.tokens()) {
        doubledWord(token, speller).ifPresent(single -> context.report(
            Issue.at(token.region(), "'" + token.text() + "' looks like '" + single + "' typed twice")
                .suggest(single)
                .safeToFix()
                .because("'" + token.text() + "' is not in the dictionary, and it is '" + single + "' written twice without a space")));
      }
    }
  }

  /** The single word {@code token} doubles, if it is a short known word merged with itself into an unknown one. */
  static Optional<String> doubledWord(Token token, Speller speller) {
    String text = token.text();
    int length = text.length();
    if (length % 2 != 0 || length < 4 || length > 2 * MAX_HALF || !text.chars().allMatch(Character::isLetter)) {
      return Optional.empty();
    }
    if (token.isCapitalized() && !token.sentenceInitial()) {
      return Optional.empty();
    }
    String first = text.substring(0, length / 2);
    String second = text.substring(length / 2);
    if (!first.equalsIgnoreCase(second) || !second.equals(second.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    if (token.isKnownWord() || speller.knows(text) || speller.knows(text.toLowerCase(Locale.ROOT))
        || !speller.knows(first.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(first);
  }
}
