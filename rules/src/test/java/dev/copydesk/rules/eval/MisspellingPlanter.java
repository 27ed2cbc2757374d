package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Plants one slip into a later mention of a firmly established name ({@link NameSites}: a
 * surname, a first name, a word of an organisation's name, after a courtesy title or a prefix):
 * a key beside the right one ("Kadhini"), a letter doubled or dropped, two letters swapped
 * ("Patle", "Scahs"), a letter added. The first letter is changed only to a neighbouring key.
 * A slip that gives the name plus a common ending ("Bidens") is a legitimate variant and not
 * planted; one that gives a dictionary word ("Being" for "Boeing") is scored apart.
 */
final class MisspellingPlanter {
  private static final List<String> ENDINGS = List.of("s", "es", "i", "n", "an", "ian", "ese", "ic", "a", "ia", "e");

  private final Random random;
  private final Predicate<String> isDictionaryWord;

  MisspellingPlanter(Random random, Predicate<String> isDictionaryWord) {
    this.random = random;
    this.isDictionaryWord = isDictionaryWord;
  }

  Optional<Plant> plant(PlantedArticle copy, AnalyzedArticle article) {
    List<NameSites.Site> sites = NameSites.of(article);
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    NameSites.Site site = sites.get(random.nextInt(sites.size()));
    String name = site.word();
    for (int attempt = 0; attempt < 20; attempt++) {
      String misspelt = Keyboard.slip(name, random);
      if (isPlantable(name, misspelt, article.text())) {
        Plant.Kind kind = isDictionaryWord.test(misspelt) ? Plant.Kind.NAME_REAL_WORD_MISSPELLING : Plant.Kind.NAME_MISSPELLING;
        return Optional.of(new Plant(kind, copy.replace(site.sourceOffset(), name.length(), misspelt),
            site.sourceOffset(), misspelt, name));
      }
    }
    return Optional.empty();
  }

  private static boolean isPlantable(String name, String misspelt, String text) {
    if (misspelt.equalsIgnoreCase(name) || text.contains(misspelt) || !Character.isUpperCase(misspelt.charAt(0))) {
      return false;
    }
    String shorter = name.length() < misspelt.length() ? name : misspelt;
    String longer = shorter == name ? misspelt : name;
    return !(longer.toLowerCase(Locale.ROOT).startsWith(shorter.toLowerCase(Locale.ROOT))
        && ENDINGS.contains(longer.substring(shorter.length())));
  }
}
