package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.quotes.QuoteMark.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the quote marks of a passage and tells them from apostrophes and primes: the mark in
 * "don't" and "O'Brien" is an apostrophe, the one in "'90s" or "'em" stands for left-out letters,
 * and the marks in 5'10" are feet and inches. What remains is a quote mark, opening when it
 * leans on the word after it, closing when it leans on the word before it.
 */
final class QuoteMarkClassifier {
  private static final String DOUBLE_MARKS = "\"“”„";
  private static final String SINGLE_MARKS = "'‘’‚";
  private static final String OPENING_NEIGHBOURS = "([{—–-/";
  private static final String CLOSING_NEIGHBOURS = ".,;:!?)]}—–-…/";
  private static final Pattern DECADE = Pattern.compile("\\d\\d(s|\\b)");
  private static final Pattern FEET_AND_INCHES = Pattern.compile("\\d+['’′]\\d+(\\.\\d+)?$");
  private static final Set<String> ELISIONS = Set.of("em", "til", "cause", "n", "tis", "twas", "bout", "s");

  private QuoteMarkClassifier() {}

  /** The quote marks of {@code text[start, end)}, with offsets in {@code text}. */
  static List<QuoteMark> marks(String text, int start, int end) {
    List<QuoteMark> marks = new ArrayList<>();
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char before = i > start ? text.charAt(i - 1) : ' ';
      char after = i + 1 < end ? text.charAt(i + 1) : ' ';
      if ((c == '\'' || c == '`') && i + 1 < end && text.charAt(i + 1) == c) {
        char afterPair = i + 2 < end ? text.charAt(i + 2) : ' ';
        marks.add(new QuoteMark(i, c, MarkKind.DOUBLE, role(c == '`' ? '“' : '"', before, afterPair), 2));
        i++;
      } else if (DOUBLE_MARKS.indexOf(c) >= 0) {
        if (c == '"' && FEET_AND_INCHES.matcher(text.substring(Math.max(start, i - 8), i)).find()) {
          continue;
        }
        marks.add(new QuoteMark(i, c, MarkKind.DOUBLE, role(c, before, after), 1));
      } else if (SINGLE_MARKS.indexOf(c) >= 0 && !isApostropheOrPrime(text, i, end, before, after)) {
        marks.add(new QuoteMark(i, c, MarkKind.SINGLE, role(c, before, after), 1));
      }
    }
    return marks;
  }

  private static boolean isApostropheOrPrime(String text, int i, int end, char before, char after) {
    if (Character.isLetterOrDigit(before) && Character.isLetter(after)) {
      return true; // don't, O'Brien, rock'n'roll
    }
    if (Character.isDigit(before) && (Character.isDigit(after) || after == '"' || after == '″')) {
      return true; // 5'10"
    }
    if (Character.isDigit(before) && after == 's') {
      return true; // 1990's
    }
    if (!Character.isLetterOrDigit(before)) {
      String rest = text.substring(i + 1, Math.min(end, i + 6));
      if (DECADE.matcher(rest).lookingAt() && !rest.matches("\\d\\d\\d.*")) {
        return true; // '90s, class of '09
      }
      int wordEnd = i + 1;
      while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      String word = text.substring(i + 1, wordEnd).toLowerCase(java.util.Locale.ROOT);
      boolean closedHere = wordEnd < end && SINGLE_MARKS.indexOf(text.charAt(wordEnd)) >= 0;
      return ELISIONS.contains(word) && !closedHere;
    }
    return false;
  }

  private static Role role(char c, char before, char after) {
    boolean spaceBefore = Character.isWhitespace(before) || OPENING_NEIGHBOURS.indexOf(before) >= 0 || isMark(before);
    boolean spaceAfter = Character.isWhitespace(after) || CLOSING_NEIGHBOURS.indexOf(after) >= 0 || isMark(after);
    if (c == '“' || c == '„' || c == '‘' || c == '‚') {
      return spaceAfter && !spaceBefore ? Role.CLOSING : Role.OPENING; // “ typed for ” at a word's end
    }
    if (c == '”' || c == '’') {
      return spaceBefore && !spaceAfter ? Role.OPENING : Role.CLOSING;
    }
    if (spaceBefore && !spaceAfter) {
      return Role.OPENING;
    }
    if (spaceAfter && !spaceBefore) {
      // after a comma or colon with no space (said," We ...): a mistyped opening as often as a closing
      return ",:".indexOf(before) >= 0 && Character.isWhitespace(after) ? Role.EITHER : Role.CLOSING;
    }
    return Role.EITHER;
  }

  private static boolean isMark(char c) {
    return DOUBLE_MARKS.indexOf(c) >= 0 || SINGLE_MARKS.indexOf(c) >= 0;
  }
}
