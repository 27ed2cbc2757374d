package dev.copydesk.rules.typos;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders a speller's corrections for a typo: the closest in keystrokes first (a swapped pair of
 * letters counts as one slip, so "recieve" gives "receive" before "relieve"), then LanguageTool's
 * own order; a correction in the typo's own case comes before a proper name.
 */
final class Corrections {
  /**
   * Typos are one slip from the word meant ("recieve", "pilgrams", "wirless"). On the corpus every
   * word two slips from its nearest correction was a real word the dictionary lacks ("metabolome").
   */
  static final int MAX_SLIPS = 1;

  private Corrections() {}

  /** {@code suggestions} reordered, best first. */
  static List<String> rank(String typo, List<String> suggestions) {
    List<String> ranked = new ArrayList<>(suggestions);
    ranked.sort(Comparator.comparingInt((String s) -> slips(typo, s))
        .thenComparing(s -> WordShape.capitalised(s) != WordShape.capitalised(typo)));
    return ranked;
  }

  /** Whether one of {@code suggestions} is within {@link #MAX_SLIPS} slips of {@code typo} in its own case. */
  static boolean hasCloseCorrection(String typo, List<String> suggestions) {
    return suggestions.stream().anyMatch(s -> WordShape.capitalised(s) == WordShape.capitalised(typo)
        && slips(typo, s) <= MAX_SLIPS);
  }

  /**
   * Whether the speller's best correction is {@code word} split in two by a space ("gumball" →
   * "gum ball"): a closed compound, a matter of style, not a typo.
   */
  static boolean isClosedCompound(String word, List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return false;
    }
    String best = suggestions.get(0);
    return (best.indexOf(' ') > 0 || best.indexOf('-') > 0) && best.replace(" ", "").replace("-", "").equalsIgnoreCase(word);
  }

  /**
   * The optimal-string-alignment distance, ignoring case: insertions, deletions, substitutions
   * and swaps of adjacent letters each count as one slip.
   */
  static int slips(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }
}
