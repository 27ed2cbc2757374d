package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon;
import dev.copydesk.core.model.TextRegion;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LanguageTool grammar matches the article's own evidence shows to be right: anything in quoted
 * material (a quoted tweet's grammar is its writer's); "a"/"an" that fits how the next word is read
 * ({@link ArticleSound}: "an $8m grant", "a Ukraine"); "this Workers' Day", a possessive plural
 * read as a bare plural; a geographic name the article writes without "the" every time
 * ("Maldives", the official short form) or uses as a modifier ("as Middle East advisor"); "effect" as the verb "bring about" before an act or event
 * it brings about ("effect sustainable change", as WordNet classes the noun).
 */
final class GrammarFalseAlarms {
  private static final WordNetLexicon LEXICON = WordNetLexicon.shared();
  private static final Pattern ARTICLE_THEN_NEXT = Pattern.compile("(?i)\\b(an?)\\s+(\\S+)");

  private GrammarFalseAlarms() {}

  static boolean isFalseAlarm(String ruleId, Sentence sentence, TextRegion region, AnalyzedArticle article) {
    String text = article.text();
    if (QuotedMaterial.of(article).contains(region)) {
      return true;
    }
    return switch (ruleId) {
      case "EN_A_VS_AN" -> articleFitsSound(text, region);
      case "THIS_NNS" -> possessivePlural(sentence, region);
      case "DETERMINER_GEOGRAPHICAL_WORD" -> alwaysBare(text, region) || modifiesANoun(sentence, region);
      case "AFFECT_EFFECT" -> effectBringsAbout(sentence, region, text);
      default -> false;
    };
  }

  private static boolean articleFitsSound(String text, TextRegion region) {
    Matcher m = ARTICLE_THEN_NEXT.matcher(text.substring(region.start(), Math.min(text.length(), region.end() + 40)));
    if (!m.lookingAt()) {
      return false;
    }
    ArticleSound.Sound sound = ArticleSound.of(m.group(2));
    return m.group(2).startsWith("`") || ArticleSound.fits(m.group(1), sound);
  }

  private static boolean possessivePlural(Sentence sentence, TextRegion region) {
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).region().start() == region.start()) {
        String after = tokens.get(i + 2).text();
        return tokens.get(i + 1).text().endsWith("s") && (after.equals("'") || after.equals("’"));
      }
    }
    return false;
  }

  /** The name after the preposition ("for Maldives") is written bare at least twice and never after "the". */
  private static boolean alwaysBare(String text, TextRegion region) {
    String[] words = region.in(text).strip().split("\\s+", 2);
    if (words.length < 2) {
      return false;
    }
    String name = Pattern.quote(words[1]);
    Matcher bare = Pattern.compile("(?<![\\p{L}])(?<!the )(?<!The )" + name + "(?![\\p{L}])").matcher(text);
    int bareUses = 0;
    while (bare.find()) {
      bareUses++;
    }
    boolean withThe = Pattern.compile("\\b[Tt]he " + name + "(?![\\p{L}])").matcher(text).find();
    return bareUses >= 2 && !withThe;
  }

  /** "served as Middle East advisor": the name modifies the noun after it, which takes no article of its own here. */
  private static boolean modifiesANoun(Sentence sentence, TextRegion region) {
    for (Token t : sentence.tokens()) {
      if (t.region().start() >= region.end()) {
        return t.isWord() && !t.isCapitalized() && t.hasTagStartingWith("NN");
      }
    }
    return false;
  }

  private static boolean effectBringsAbout(Sentence sentence, TextRegion region, String text) {
    if (!region.in(text).toLowerCase(Locale.ROOT).equals("effect")) {
      return false;
    }
    List<Token> tokens = sentence.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).region().start() == region.start()) {
        for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
          Token t = tokens.get(j);
          if (t.hasTagStartingWith("NN")) {
            String noun = t.text().toLowerCase(Locale.ROOT);
            return LEXICON.hasSenseIn(WordNetLexicon.WordClass.NOUN, noun, "noun.act")
                || LEXICON.hasSenseIn(WordNetLexicon.WordClass.NOUN, noun, "noun.event");
          }
          if (!t.hasTagStartingWith("JJ") && !t.hasTagStartingWith("DT") && !t.hasTagStartingWith("PRP$")) {
            return false;
          }
        }
      }
    }
    return false;
  }
}
