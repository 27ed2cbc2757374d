package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.DisplayCopy;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Plants the typos a spell checker and grammar checker should catch in the writer's own body text
 * (not in quoted material): a slip in a lower-case dictionary word of five letters or more that
 * makes a non-word ("goverment"); a short function word typed twice without a space ("toto"); a
 * word typed twice ("the the").
 */
final class TypoPlanter {
  private static final Set<String> SHORT_WORDS = Set.of("to", "of", "the", "and", "in", "on", "for", "is", "at", "by", "with");

  private final Random random;
  private final Predicate<String> isDictionaryWord;

  TypoPlanter(Random random, Predicate<String> isDictionaryWord) {
    this.random = random;
    this.isDictionaryWord = isDictionaryWord;
  }

  Optional<Plant> typo(PlantedArticle copy, AnalyzedArticle article) {
    List<Site> sites = sites(article, t -> t.text().length() >= 5 && t.text().chars().allMatch(Character::isLowerCase)
        && isDictionaryWord.test(t.text()));
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    Site site = sites.get(random.nextInt(sites.size()));
    String word = site.token().text();
    for (int attempt = 0; attempt < 20; attempt++) {
      String typo = Keyboard.slip(word, random);
      if (!typo.equals(word) && Character.isLowerCase(typo.charAt(0)) && typo.charAt(0) == word.charAt(0)
          && !isDictionaryWord.test(typo) && !article.text().contains(typo)) {
        return Optional.of(new Plant(Plant.Kind.TYPO, copy.replace(site.offset(), word.length(), typo), site.offset(), typo, word));
      }
    }
    return Optional.empty();
  }

  Optional<Plant> merged(PlantedArticle copy, AnalyzedArticle article) {
    List<Site> sites = sites(article, t -> SHORT_WORDS.contains(t.text()) && !isDictionaryWord.test(t.text() + t.text()));
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    Site site = sites.get(random.nextInt(sites.size()));
    String word = site.token().text();
    return Optional.of(new Plant(Plant.Kind.MERGED_WORD, copy.replace(site.offset(), word.length(), word + word),
        site.offset(), word + word, word));
  }

  Optional<Plant> repeated(PlantedArticle copy, AnalyzedArticle article) {
    List<Site> sites = sites(article, t -> t.text().length() >= 2 && t.text().chars().allMatch(Character::isLowerCase)
        && !Set.of("that", "had", "is").contains(t.text()) && !t.hasTagStartingWith("RB") && !t.hasTagStartingWith("JJ"));
    if (sites.isEmpty()) {
      return Optional.empty();
    }
    Site site = sites.get(random.nextInt(sites.size()));
    String word = site.token().text();
    return Optional.of(new Plant(Plant.Kind.REPEATED_WORD, copy.replace(site.offset(), word.length(), word + " " + word),
        site.offset(), word + " " + word, word));
  }

  private record Site(Token token, int offset) {}

  private static List<Site> sites(AnalyzedArticle article, Predicate<Token> fits) {
    QuotedMaterial quoted = QuotedMaterial.of(article);
    List<Site> sites = new ArrayList<>();
    for (Sentence s : DisplayCopy.of(article).bodySentences(article)) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i + 1 < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.isWord() || quoted.contains(t.region()) || !fits.test(t)
            || tokens.get(i - 1).text().equals(t.text()) || tokens.get(i + 1).text().equals(t.text())) {
          continue;
        }
        int offset = article.article().sourceSpan(t.region()).offset();
        if (article.article().source().startsWith(t.text(), offset)) {
          sites.add(new Site(t, offset));
        }
      }
    }
    return sites;
  }
}
