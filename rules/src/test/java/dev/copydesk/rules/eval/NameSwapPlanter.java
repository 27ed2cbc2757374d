package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Plants a swapped near-miss name of the "Kachin" kind: where an established person's surname
 * stands alone before a speech verb ("Kadhimi responded"), a real name from another corpus
 * article with the same first two letters and a length within two letters, and at least three
 * edits away (closer ones are misspellings, scored apart), takes its place.
 */
final class NameSwapPlanter {
  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "told", "tells", "added", "responded", "replied", "explained", "stated", "noted", "argued",
      "claimed", "wrote", "announced", "confirmed", "concluded", "insisted", "warned", "declared", "commented",
      "acknowledged", "answered");

  private final Random random;
  private final List<String> otherNames;

  /** A planter that takes replacements from {@code corpusNames}, the name words of the corpus. */
  NameSwapPlanter(Random random, List<String> corpusNames) {
    this.random = random;
    this.otherNames = corpusNames;
  }

  Optional<Plant> plant(PlantedArticle copy, AnalyzedArticle article) {
    List<NameSites.Site> sites = NameSites.of(article, true).stream()
        .filter(s -> s.mention().next() != null && SPEECH_VERBS.contains(s.mention().next().text()) && !s.mention().possessive())
        .toList();
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    NameSites.Site site = sites.get(random.nextInt(sites.size()));
    String name = site.token().text();
    List<String> fitting = otherNames.stream().filter(other -> fits(name, other, article.text())).toList();
    if (fitting.isEmpty()) {
      return Optional.empty();
    }
    String swapped = fitting.get(random.nextInt(fitting.size()));
    return Optional.of(new Plant(Plant.Kind.NAME_SWAP, copy.replace(site.sourceOffset(), name.length(), swapped),
        site.sourceOffset(), swapped, name));
  }

  private static boolean fits(String name, String other, String text) {
    return other.regionMatches(0, name, 0, 2)
        && Math.abs(other.length() - name.length()) <= 2
        && LevenshteinDistance.getDefaultInstance().apply(name.toLowerCase(Locale.ROOT), other.toLowerCase(Locale.ROOT)) >= 3
        && !text.contains(other);
  }
}
