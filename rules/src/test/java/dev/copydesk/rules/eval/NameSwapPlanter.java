package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon;
import dev.copydesk.core.analysis.names.NameAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Plants a swapped name of the "Kachin" kind anywhere in the text: at any later mention of a
 * person's surname, as the article introduced it by a full name (alone, after a courtesy title
 * "Ms Berger", or inside a repeated full name "Tom Harper"), or at a later word of a multi-word
 * name ("New Hampshire"; a name, not a common word: "World Bank" becoming "World Bassem" is another
 * test), a real name from another corpus article takes its place: the same first
 * two letters, a length within two letters, at least three edits away (closer ones are
 * misspellings, scored apart), and not used in this article.
 */
final class NameSwapPlanter {
  private static final WordNetLexicon LEXICON = WordNetLexicon.shared();
  private final Random random;
  private final List<String> otherNames;

  /** A planter that takes replacements from {@code corpusNames}, the name words of the corpus. */
  NameSwapPlanter(Random random, List<String> corpusNames) {
    this.random = random;
    this.otherNames = corpusNames;
  }

  Optional<Plant> plant(PlantedArticle copy, AnalyzedArticle article) {
    List<NameSites.Site> sites = NameSites.of(article).stream()
        .filter(s -> s.name().introduction().isFullName()
            && NameAnalysis.keyOf(s.name().introduction().surname()).equals(s.word())
            && s.mention().tokens().get(s.mention().tokens().size() - 1) == s.token()
            && !LEXICON.isCommonWord(s.word().toLowerCase(Locale.ROOT)) && !LEXICON.isDemonym(s.word()))
        .toList();
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    NameSites.Site site = sites.get(random.nextInt(sites.size()));
    String name = site.word();
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
