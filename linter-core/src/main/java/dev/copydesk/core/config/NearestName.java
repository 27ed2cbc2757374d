package dev.copydesk.core.config;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name a mistyped one was most likely meant to be ("speling" → "spelling"). */
final class NearestName {
  private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();
  private static final double MIN_SIMILARITY = 0.8;

  private NearestName() {}

  /** {@code " (did you mean spelling?)"}, or an empty text when no known name is close. */
  static String hint(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    String best = null;
    double bestScore = -1;
    for (String candidate : known) {
      double score = SIMILARITY.apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best == null) {
      return "";
    }
    int edits = LevenshteinDistance.getDefaultInstance().apply(lower, best.toLowerCase(Locale.ROOT));
    boolean close = bestScore >= MIN_SIMILARITY || edits <= Math.max(1, best.length() / 3);
    return close ? " (did you mean " + best + "?)" : "";
  }
}
