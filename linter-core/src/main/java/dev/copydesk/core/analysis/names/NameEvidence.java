package dev.copydesk.core.analysis.names;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence that a capitalised word is a name of the article, for the speller: a word tagged
 * as a proper noun, one used more than once, one introduced right after a title or another proper
 * noun ("Prime Minister Mustafa al-Kadhimi"), and the words of the house's {@code names:} and
 * {@code dictionary:}. Parts of hyphenated names count on their own ("Kadhimi" of "al-Kadhimi").
 * Part of {@link NameAnalysis}, so that the speller and the name rules agree on what a name is.
 */
final class NameEvidence {
  private NameEvidence() {}

  static Map<String, String> of(AnalyzedArticle article) {
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
    return evidence;
  }

  static Optional<String> whyName(Map<String, String> evidenceByWord, String word) {
    String whole = evidenceByWord.get(key(word));
    if (whole != null) {
      return Optional.of(whole);
    }
    String why = null;
    for (String part : word.split("[-‐]")) {
      if (!part.isEmpty() && Character.isUpperCase(part.codePointAt(0))) {
        why = evidenceByWord.get(key(part));
        if (why == null) {
          return Optional.empty();
        }
      }
    }
    return Optional.ofNullable(why);
  }

  private static boolean introducesName(Token previous) {
    return previous.isCapitalized() && (NameWords.isTitle(previous.text()) || previous.hasTagStartingWith("NNP"));
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
