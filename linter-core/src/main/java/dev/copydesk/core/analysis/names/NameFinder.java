package dev.copydesk.core.analysis.names;

import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the name mentions of a block's sentences from capitalisation and part-of-speech tags. A
 * capitalised word inside a sentence is a name word; at the start of a sentence or quotation it
 * is one only when the tagger knows it solely as a proper noun, or not at all ("Biden", "Kachin"
 * but not "However"), or when it is no function word or verb and a name word follows ("Central
 * Bank", but not "The White House"). Months and weekdays are never names. Runs of name words, joined by
 * particles ("bin", "van") and initials ("W."), make one mention; title words before the name
 * ("Iraqi Prime Minister") become its title.
 */
final class NameFinder {
  /** Tags of words that open sentences without being names: "The", "In", "However", "Speaking". */
  private static final Pattern FUNCTION_TAG = Pattern.compile("DT|IN|CC|PRP|WDT|WP|WRB|RB|MD|EX|TO|UH|VB|PDT|CD");
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentenceOf = new ArrayList<>();

  /** A finder over the sentences of one block, read as one stream of tokens. */
  NameFinder(List<Sentence> blockSentences) {
    for (Sentence s : blockSentences) {
      for (Token t : s.tokens()) {
        tokens.add(t);
        sentenceOf.add(s);
      }
    }
  }

  List<NameMention> mentions() {
    List<NameMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsRun(i)) {
        i++;
        continue;
      }
      int end = runEnd(i);
      NameMention mention = mention(i, end);
      if (mention != null) {
        mentions.add(mention);
      }
      i = Math.max(end, i + 1);
    }
    return mentions;
  }

  private boolean startsRun(int i) {
    return isNameWord(i) || isCapitalizedTitle(i) && runEnd(i) > i + 1;
  }

  /** The index just past the run of name words, titles, particles and initials from {@code start}. */
  private int runEnd(int start) {
    int i = start;
    while (i < tokens.size()) {
      if (isInitial(i) || isCapitalizedTitle(i) && isDot(i + 1)) {
        i += 2;
      } else if (isNameWord(i) || isCapitalizedTitle(i)) {
        i++;
      } else if (i > start && NameWords.isParticle(tokens.get(i).text()) && i + 1 < tokens.size() && isNameWord(i + 1)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private NameMention mention(int start, int end) {
    int nameStart = start;
    for (int i = start; i < end; i++) {
      if (isCapitalizedTitle(i) && hasNameWordIn(i + 1, end)) {
        nameStart = isDot(i + 1) ? i + 2 : i + 1;
      }
    }
    List<String> parts = new ArrayList<>();
    List<Token> partTokens = new ArrayList<>();
    int regionEnd = tokens.get(nameStart).region().start();
    for (int i = nameStart; i < end; i++) {
      Token t = tokens.get(i);
      boolean initial = isInitial(i);
      parts.add(initial ? t.text() + "." : t.text());
      partTokens.add(t);
      regionEnd = initial ? tokens.get(i + 1).region().end() : t.region().end();
      if (initial) {
        i++;
      }
    }
    if (parts.stream().allMatch(NameWords::isInitial)) {
      return null;
    }
    String title = nameStart == start ? ""
        : textBetween(tokens.get(start).region().start(), tokens.get(nameStart - 1).region().end(), sentenceOf.get(start));
    boolean possessive = end < tokens.size() && isPossessiveEnding(tokens.get(end).text());
    int nextIndex = possessive ? end + 1 : end;
    Sentence lastSentence = sentenceOf.get(end - 1);
    Token next = nextIndex < tokens.size() && sentenceOf.get(nextIndex) == lastSentence ? tokens.get(nextIndex) : null;
    TextRegion region = TextRegion.of(tokens.get(nameStart).region().start(), regionEnd);
    return new NameMention(region, parts, title, possessive, partTokens, sentenceOf.get(nameStart), next);
  }

  private static String textBetween(int from, int to, Sentence sentence) {
    int base = sentence.region().start();
    if (to - base > sentence.text().length()) {
      to = base + sentence.text().length();
    }
    return sentence.text().substring(from - base, to - base);
  }

  private boolean hasNameWordIn(int from, int end) {
    for (int i = from; i < end; i++) {
      if (isNameWord(i) && !isCapitalizedTitle(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isDot(int i) {
    return i < tokens.size() && ".".equals(tokens.get(i).text());
  }

  private boolean isInitial(int i) {
    Token t = tokens.get(i);
    return t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0))
        && i + 1 < tokens.size() && ".".equals(tokens.get(i + 1).text())
        && !t.text().equals("I");
  }

  private boolean isCapitalizedTitle(int i) {
    String text = tokens.get(i).text();
    return NameWords.isTitle(text) && Character.isUpperCase(text.codePointAt(text.indexOf('-') + 1));
  }

  /** Whether token {@code i} is a capitalised word that names someone or something. */
  boolean isNameWord(int i) {
    Token t = tokens.get(i);
    String key = NameWords.key(t.text());
    if (!t.isWord() || key.isEmpty() || "I".equals(key) || NameWords.isCalendarWord(key) || !isNameShaped(key)) {
      return false;
    }
    if (!startsClause(i)) {
      return true;
    }
    if (t.tags().stream().allMatch(tag -> tag.startsWith("NNP"))) {
      return true;
    }
    boolean functionWord = t.tags().stream().anyMatch(tag -> FUNCTION_TAG.matcher(tag).lookingAt());
    return !functionWord && i + 1 < tokens.size() && !tokens.get(i + 1).sentenceInitial() && isNameWord(i + 1);
  }

  /**
   * Letters only, capitalised, with lower-case letters (not an acronym or a model number like
   * "A330"), each hyphenated part capitalised.
   */
  private static boolean isNameShaped(String word) {
    if (!word.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '‐' || c == '\'' || c == '’')) {
      return false;
    }
    boolean lower = false;
    for (String segment : word.split("[-‐]")) {
      if (segment.isEmpty() || !Character.isUpperCase(segment.codePointAt(0))) {
        return false;
      }
      lower |= segment.codePoints().anyMatch(Character::isLowerCase);
    }
    return lower;
  }

  /** Whether token {@code i} opens a sentence, a quotation or a parenthesis, where any word is capitalised. */
  private boolean startsClause(int i) {
    if (i == 0) {
      return true;
    }
    String previous = tokens.get(i - 1).text();
    if (tokens.get(i).sentenceInitial()) {
      return !(".".equals(previous) && i >= 2 && isInitial(i - 2));
    }
    return previous.length() == 1 && "\"“‘'(:–—-[".contains(previous);
  }

  private static boolean isPossessiveEnding(String text) {
    return "'s".equals(text) || "’s".equals(text);
  }
}
