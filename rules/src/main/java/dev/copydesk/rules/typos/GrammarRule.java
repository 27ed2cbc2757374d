package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.languagetool.rules.RuleMatch;

/**
 * Grammar slips, found by a curated subset of LanguageTool's English rules ({@link
 * GrammarSelection}, listed with the reason for each in {@code grammar-rules.txt}): a word typed
 * twice ("the the"), "a" and "an" confused, verbs that do not agree ("it make sense"), confused
 * words ("will loose strength", "more pretty then", "they where"). These are errors a reader
 * notices and a copy editor always fixes; LanguageTool's style and typography advice is left out
 * because on news copy it is mostly noise. Each LanguageTool rule has its own severity. The rules
 * run on the sentences the article was analyzed into, never on re-analyzed text.
 *
 * <p>A repetition that is written on purpose is not reported: an emphatic "very very", a
 * grammatical "that that" or "had had", "first FIRST" (the second is a name). Words marked
 * "[sic]" are not reported, nor a repeated name ("Walla Walla"), quoted material, or what the
 * article's own evidence shows right ({@link GrammarFalseAlarms}: "an $8m grant", "a Ukraine",
 * "for Maldives" written so throughout).
 *
 * <p>Example: "The storm will <u>loose</u> strength over land." → "lose".
 */
public final class GrammarRule implements Rule {
  private static final GrammarSelection SELECTION = GrammarSelection.standard();
  private static final Pattern SUGGESTION = Pattern.compile("<suggestion>(.*?)</suggestion>");
  private static final Pattern SAFE_REPETITION = Pattern.compile("(\\p{Ll}+) \\1");
  private static final Set<String> CLEFT_COPULAS = Set.of("is", "was");
  private static final Pattern MARKUP = Pattern.compile("</?[a-z]+[^>]*>");
  private static final RuleInfo INFO = new RuleInfo("grammar", Category.TYPOS, Severity.ERROR,
      "Grammar slips found by a curated subset of LanguageTool's English rules: repeated words, a/an, agreement, confused words",
      "The storm will loose strength as it moves over land.",
      "The storm will lose strength as it moves over land.")
      .withSafeFix("a lower-case word typed twice only (\"the the\" to \"the\")");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  /** The LanguageTool rule ids this rule runs, with their reasons. */
  public static Map<String, String> languageToolRules() {
    return SELECTION.reasons();
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    List<org.languagetool.rules.Rule> chosen = new ArrayList<>();
    for (org.languagetool.rules.Rule rule : article.languageTool().languageTool().getAllRules()) {
      if (SELECTION.severities().containsKey(rule.getId())) {
        chosen.add(rule);
      }
    }
    String text = article.text();
    Speller speller = Speller.of(article);
    for (Sentence sentence : article.englishSentences()) {
      List<TextRegion> reported = new ArrayList<>();
      for (org.languagetool.rules.Rule rule : chosen) {
        for (RuleMatch match : matches(rule, sentence)) {
          TextRegion region = TextRegion.of(sentence.region().start() + match.getFromPos(),
              sentence.region().start() + match.getToPos());
          if (region.length() == 0 || reported.stream().anyMatch(region::overlaps)
              || DeliberateSpelling.markedSic(text, region.end())
              || DeliberateRepetition.isDeliberate(rule.getId(), sentence, region, text)
              || GrammarFalseAlarms.isFalseAlarm(rule.getId(), sentence, region, article)
              || DeliberateRepetition.markedUp(rule.getId(), article.article().sourceText(region))
              || ArticleBeforeIdentifier.unjudgeable(rule.getId(), region, text, speller)) {
            continue;
          }
          reported.add(region);
          Issue issue = Issue.at(region, message(match))
              .suggest(match.getSuggestedReplacements().stream().filter(s -> !s.isBlank()).limit(5).toList())
              .because("LanguageTool rule " + match.getSpecificRuleId() + ": " + rule.getDescription())
              .severity(SELECTION.severities().get(rule.getId()));
          context.report(safeRepetition(rule.getId(), region.in(text), speller) ? issue.safeToFix() : issue);
        }
      }
    }
  }

  /**
   * Whether a repeated word may be made single unasked: the same lower-case word twice, one space
   * between ("the the"); not a capitalised pair, which may be a name ("Han Han") or a name's words
   * ("South African African National Congress"), nor words differing in case ("AND and"); not a
   * word the English speller does not know, a foreign reduplication ("piki piki"); not a doubled
   * "is" or "was", which a pseudo-cleft writes on purpose ("what it was was a deal").
   */
  static boolean safeRepetition(String languageToolRule, String words, Speller speller) {
    Matcher repeated = SAFE_REPETITION.matcher(words);
    return DeliberateRepetition.REPEATED_WORD_RULE.equals(languageToolRule) && repeated.matches()
        && !CLEFT_COPULAS.contains(repeated.group(1)) && speller.knows(repeated.group(1));
  }

  /** LanguageTool's message as plain text: suggestions quoted, markup and entities removed. */
  static String message(RuleMatch match) {
    String withQuotes = SUGGESTION.matcher(match.getMessage()).replaceAll("'$1'");
    return StringEscapeUtils.unescapeXml(MARKUP.matcher(withQuotes).replaceAll("")).strip();
  }

  private static RuleMatch[] matches(org.languagetool.rules.Rule rule, Sentence sentence) {
    try {
      return rule.match(sentence.languageToolSentence());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
