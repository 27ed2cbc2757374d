package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The capitalised words an article uses as names, with why: a word tagged as a proper noun, one
 * used more than once, one introduced right after a first name or a title ("Prime Minister
 * Mustafa al-Kadhimi", "General Qasem Soleimani"), and the words of the house style sheet's
 * {@code names:} and {@code dictionary:}. Parts of hyphenated names count on their own
 * ("Kadhimi" of "al-Kadhimi"). Computed once per article; see {@link #of(AnalyzedArticle)}.
 */
final class ArticleNames {
  /** Titles and honorifics that introduce a name. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
      "minister", "premier", "chancellor", "secretary", "senator", "sen", "rep", "representative",
      "governor", "gov", "mayor", "judge", "justice", "general", "gen", "colonel", "col", "captain",
      "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander", "king", "queen", "prince",
      "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "sheikh",
      "ayatollah", "father", "sister", "brother", "chairman", "chairwoman", "ceo", "director", "coach",
      "officer", "spokesman", "spokeswoman", "spokesperson", "ambassador", "councillor", "councilor");

  private final Map<String, String> evidenceByName;

  private ArticleNames(Map<String, String> evidenceByName) {
    this.evidenceByName = evidenceByName;
  }

  /** The names of {@code article}, computed on first use and shared by every rule. */
  static ArticleNames of(AnalyzedArticle article) {
    return article.derived(ArticleNames.class, ArticleNames::find);
  }

  /** Why {@code word} (or, for a hyphenated word, each capitalised part of it) is a name, if it is one. */
  Optional<String> whyName(String word) {
    String whole = evidenceByName.get(key(word));
    if (whole != null) {
      return Optional.of(whole);
    }
    String why = null;
    for (String part : word.split("[-‐]")) {
      if (WordShape.capitalised(part)) {
        why = evidenceByName.get(key(part));
        if (why == null) {
          return Optional.empty();
        }
      }
    }
    return Optional.ofNullable(why);
  }

  private static ArticleNames find(AnalyzedArticle article) {
    Map<String, String> evidence = new HashMap<>();
    for (String house : article.configuration().names()) {
      addAll(evidence, house, "'" + house + "' is in the house list of names");
    }
    for (String word : article.configuration().dictionary()) {
      addAll(evidence, word, "'" + word + "' is in the house dictionary");
    }
    Map<String, Integer> uses = new HashMap<>();
    for (Sentence sentence : article.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (!token.isWord() || !token.isCapitalized()) {
          continue;
        }
        for (String form : forms(token.text())) {
          uses.merge(key(form), 1, Integer::sum);
        }
        if (token.hasTagStartingWith("NNP")) {
          addAll(evidence, token.text(), "'" + token.text() + "' is a proper noun");
        } else if (i > 0 && introducesName(tokens.get(i - 1))) {
          addAll(evidence, token.text(), "'" + token.text() + "' follows '" + tokens.get(i - 1).text() + "'");
        }
      }
    }
    uses.forEach((form, count) -> {
      if (count > 1) {
        evidence.putIfAbsent(form, "the article uses it " + count + " times");
      }
    });
    return new ArticleNames(Map.copyOf(evidence));
  }

  private static boolean introducesName(Token previous) {
    return previous.isCapitalized()
        && (TITLES.contains(key(previous.text())) || previous.hasTagStartingWith("NNP"));
  }

  private static void addAll(Map<String, String> evidence, String phrase, String why) {
    for (String word : phrase.split("\\s+")) {
      for (String form : forms(word)) {
        evidence.putIfAbsent(key(form), why);
      }
    }
  }

  /** A word and, when hyphenated, its parts. */
  private static List<String> forms(String word) {
    String[] parts = word.split("[-‐]");
    if (parts.length == 1) {
      return List.of(word);
    }
    List<String> forms = new ArrayList<>(List.of(parts));
    forms.add(word);
    return forms;
  }

  private static String key(String word) {
    return word.replaceAll("[.’']s$|[.’']$", "").toLowerCase(Locale.ROOT);
  }
}
