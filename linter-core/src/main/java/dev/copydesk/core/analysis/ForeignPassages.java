package dev.copydesk.core.analysis;

import java.util.List;

/**
 * Tells passages not in English from English ones, so that they are not checked as English (the
 * seed article's Italian footer line). A passage is foreign when most of its lower-case words are
 * unknown to the English tagger: names are capitalised, so they do not count either way, and an
 * English passage with a typo or two stays well below the threshold.
 */
final class ForeignPassages {
  /** Fewer lower-case words than this and a passage is never judged foreign. */
  static final int MIN_WORDS = 3;
  /** The share of unknown lower-case words from which a passage is foreign. */
  static final double UNKNOWN_SHARE = 0.5;

  private ForeignPassages() {}

  /** Whether the tokens of a passage are mostly not English. */
  static boolean isForeign(List<Token> tokens) {
    int words = 0;
    int unknown = 0;
    for (Token token : tokens) {
      if (token.isWord() && !token.isCapitalized()) {
        words++;
        if (!token.isKnownWord()) {
          unknown++;
        }
      }
    }
    return words >= MIN_WORDS && unknown >= UNKNOWN_SHARE * words;
  }
}
