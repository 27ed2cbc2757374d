package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.Speller;
import java.util.List;
import java.util.Locale;

/**
 * Words coined from a known word with a productive suffix ("airframe" + "r", "commercial" +
 * "ish", "life" + "hood"): trade and newsroom language makes them every day, and the speller's
 * nearest correction, the stem, is one letter away, so they look like slips but are not. On the
 * corpus such coinages were the commonest lower-case false alarm; no real typo there was a known
 * word plus one of these suffixes.
 */
final class Derivation {
  private static final List<String> SUFFIXES = List.of("ers", "er", "rs", "r", "ish", "hood", "ness");
  private static final int MIN_STEM = 4;

  private Derivation() {}

  /** Whether {@code word} is a known word of at least four letters followed by a productive suffix. */
  static boolean isCoinage(String word, Speller speller) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String suffix : SUFFIXES) {
      if (lower.endsWith(suffix) && lower.length() - suffix.length() >= MIN_STEM
          && speller.knows(lower.substring(0, lower.length() - suffix.length()))) {
        return true;
      }
    }
    return false;
  }
}
