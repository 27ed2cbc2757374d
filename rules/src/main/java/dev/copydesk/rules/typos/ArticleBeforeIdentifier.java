package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.model.TextRegion;

/**
 * "a" or "an" before a word whose sound no dictionary gives: an identifier with digits ("an
 * x509 certificate", "a uint64", "an 8x8 matrix", "an nghttp2 ingress") or a lower-case word the
 * speller does not know ("an npm update", "a userspace generator"). Whether such a word starts
 * with a vowel sound depends on how its readers say it (letter by letter, "en-pee-em", or as a
 * word), which LanguageTool guesses from its first letter; on technical copy that guess was
 * wrong more often than right. A plain figure ("a 8% rise") is read as a number and still judged. Known words ("a unpublished page") and acronyms in capitals ("a
 * MVP"), whose sound LanguageTool knows, are still judged.
 */
final class ArticleBeforeIdentifier {
  static final String A_VS_AN_RULE = "EN_A_VS_AN";

  private ArticleBeforeIdentifier() {}

  /** Whether LanguageTool rule {@code ruleId}'s match at {@code region} is "a"/"an" before such a word. */
  static boolean unjudgeable(String ruleId, TextRegion region, String text, Speller speller) {
    if (!A_VS_AN_RULE.equals(ruleId)) {
      return false;
    }
    int start = region.end();
    while (start < text.length() && !Character.isLetterOrDigit(text.charAt(start))) {
      if (text.charAt(start) == '\n' && start + 1 < text.length() && text.charAt(start + 1) == '\n') {
        return false;
      }
      start++;
    }
    int end = start;
    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)))) {
      end++;
    }
    if (end == start) {
      return false;
    }
    String next = text.substring(start, end);
    boolean digits = next.chars().anyMatch(Character::isDigit);
    boolean letters = next.chars().anyMatch(Character::isLetter);
    if (digits) {
      return letters;
    }
    return next.equals(next.toLowerCase(java.util.Locale.ROOT)) && !speller.knows(next);
  }
}
