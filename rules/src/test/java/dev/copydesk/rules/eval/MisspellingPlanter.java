package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Plants a misspelling of edit distance 1 or 2 (substitution, insertion, deletion or
 * transposition of lower-case letters after the first) into a later mention of an established
 * name: "Kadhimi" becomes "Kadhmi" or "Kadihmi". Distance 2 is planted in names of six letters
 * or more; shorter names get one edit (a four-letter name two edits away is another name). A
 * result that is the name plus a common ending ("Bidens") is a legitimate variant, not planted.
 * A result that is a dictionary word ("Being" for "Boeing") is scored apart.
 */
final class MisspellingPlanter {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final List<String> ENDINGS = List.of("s", "es", "i", "n", "an", "ian", "ese", "ic");

  private final Random random;
  private final Predicate<String> isDictionaryWord;

  MisspellingPlanter(Random random, Predicate<String> isDictionaryWord) {
    this.random = random;
    this.isDictionaryWord = isDictionaryWord;
  }

  Optional<Plant> plant(PlantedArticle copy, AnalyzedArticle article) {
    List<NameSites.Site> sites = NameSites.of(article, false);
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    NameSites.Site site = sites.get(random.nextInt(sites.size()));
    String name = site.token().text();
    int distance = name.length() >= 6 && random.nextBoolean() ? 2 : 1;
    for (int attempt = 0; attempt < 20; attempt++) {
      String misspelt = name;
      for (int i = 0; i < distance; i++) {
        misspelt = edit(misspelt);
      }
      if (isPlantable(name, misspelt, distance, article.text())) {
        Plant.Kind kind = isDictionaryWord.test(misspelt) ? Plant.Kind.NAME_REAL_WORD_MISSPELLING : Plant.Kind.NAME_MISSPELLING;
        return Optional.of(new Plant(kind, copy.replace(site.sourceOffset(), name.length(), misspelt),
            site.sourceOffset(), misspelt, name));
      }
    }
    return Optional.empty();
  }

  private String edit(String word) {
    int at = 1 + random.nextInt(word.length() - 1);
    char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
    return switch (random.nextInt(4)) {
      case 0 -> word.substring(0, at) + letter + word.substring(at + 1);
      case 1 -> word.substring(0, at) + letter + word.substring(at);
      case 2 -> word.length() > 4 ? word.substring(0, at) + word.substring(at + 1) : word;
      default -> at + 1 < word.length() ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2) : word;
    };
  }

  private static boolean isPlantable(String name, String misspelt, int distance, String text) {
    if (LevenshteinDistance.getDefaultInstance().apply(name.toLowerCase(Locale.ROOT), misspelt.toLowerCase(Locale.ROOT)) != distance
        || text.contains(misspelt)) {
      return false;
    }
    String shorter = name.length() < misspelt.length() ? name : misspelt;
    String longer = shorter == name ? misspelt : name;
    return !(longer.startsWith(shorter) && ENDINGS.contains(longer.substring(shorter.length())));
  }
}
