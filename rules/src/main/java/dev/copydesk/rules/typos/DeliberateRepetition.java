package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.model.TextRegion;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a word typed twice by mistake ("the the", "to to") from one repeated on purpose, which
 * LanguageTool's repeated-word rule also flags: an emphatic adverb or adjective ("very very",
 * "many many", "really really" in quoted speech), a grammatical double ("things like that that
 * you do", "had had"), or a common word followed by a name or acronym spelt the same ("the first
 * FIRST Global competition"), or a name that repeats a word ("Walla Walla", "Kuang Kuang").
 */
final class DeliberateRepetition {
  static final String REPEATED_WORD_RULE = "ENGLISH_WORD_REPEAT_RULE";
  /** Words English grammar itself can put twice in a row. */
  private static final Set<String> GRAMMATICAL_DOUBLES = Set.of("that", "had", "is");

  /** Adverbs, adjectives, predeterminers ("many") and interjections: the words speech repeats for emphasis. */
  private static final List<String> EMPHATIC_TAGS = List.of("RB", "JJ", "PDT", "UH");
  /** Function words ("in", "this", "must", "such") are not repeated for emphasis, though some also tag as adverbs. */
  private static final List<String> FUNCTION_TAGS = List.of("IN", "DT", "MD", "CC", "TO", "PRP", "WDT");

  /** Emphasis or link syntax inside the matched source. */
  private static final Pattern MARKUP_BETWEEN = Pattern.compile("[*_]\\s*\\S|\\]\\s*[(\\[]|\\S\\s*!?\\[|</?[a-zA-Z]");

  private DeliberateRepetition() {}

  /**
   * Whether the repeated word is a name, repeated as some names are ("Walla Walla", "Bora Bora"):
   * capitalised inside a sentence, or tagged only as a proper noun or not at all at its start.
   */
  private static boolean isNameWord(Sentence sentence, TextRegion region) {
    for (Token token : sentence.tokens()) {
      if (token.region().start() == region.start()) {
        return !token.sentenceInitial() || token.tags().stream().allMatch(tag -> tag.startsWith("NNP"));
      }
    }
    return false;
  }

  /** Whether LanguageTool rule {@code ruleId}'s match at {@code region} is a deliberate repetition. */
  static boolean isDeliberate(String ruleId, Sentence sentence, TextRegion region, String text) {
    if (!REPEATED_WORD_RULE.equals(ruleId)) {
      return false;
    }
    String[] words = region.in(text).strip().split("\\s+");
    if (words.length != 2) {
      return false;
    }
    String second = words[1];
    if (words[0].equals(second) && Character.isUpperCase(second.codePointAt(0)) && isNameWord(sentence, region)) {
      return true;
    }
    if (!words[0].equals(second) && (allCapitals(second) || allCapitals(words[0]))) {
      return true;
    }
    if (GRAMMATICAL_DOUBLES.contains(second.toLowerCase(Locale.ROOT))) {
      return true;
    }
    for (Token token : sentence.tokens()) {
      if (token.region().start() == region.start()) {
        return EMPHATIC_TAGS.stream().anyMatch(token::hasTagStartingWith)
            && FUNCTION_TAGS.stream().noneMatch(token::hasTagStartingWith);
      }
    }
    return false;
  }

  /**
   * Whether the source of a repeated-word match has markup between the two words: emphasis on
   * one of them ("we did *did* learn"), or two links or images ("![Image](a.png) ![Image](b.png)"),
   * which a reader sees as separate things, not a word typed twice.
   */
  static boolean markedUp(String ruleId, String source) {
    return REPEATED_WORD_RULE.equals(ruleId) && MARKUP_BETWEEN.matcher(source.strip()).find();
  }

  private static boolean allCapitals(String word) {
    return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
  }
}
