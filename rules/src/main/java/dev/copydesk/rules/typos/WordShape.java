package dev.copydesk.rules.typos;

import java.util.regex.Pattern;

/**
 * What a flagged string looks like before any dictionary is asked: strings that are not words a
 * speller can judge (web addresses, e-mail addresses, handles, hashtags, words with digits,
 * acronyms, brand names with inner capitals) and the capitalisation of those that are.
 */
final class WordShape {
  private static final Pattern WEB = Pattern.compile(
      "(?i)(://|^www\\.|@|^#|\\.(com|org|net|edu|gov|io|co|uk|de|fr|info|html?|php)\\b|/)");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}.&'’]+s?");

  private WordShape() {}

  /**
   * Whether the word at {@code [start, end)} of {@code text} is not for a speller: it is part of a
   * web or e-mail address, a handle or hashtag (judged on the whole run of non-space characters
   * around it), or has digits, or is an acronym, or has a capital inside it ("iPhone", "AntyScience").
   */
  static boolean unspellable(String text, int start, int end) {
    String word = text.substring(start, end);
    if (word.chars().anyMatch(Character::isDigit) || ACRONYM.matcher(word).matches() || hasInnerCapital(word)) {
      return true;
    }
    return WEB.matcher(runAround(text, start, end)).find();
  }

  /** The run of non-space characters of {@code text} that holds {@code [start, end)}. */
  static String runAround(String text, int start, int end) {
    int chunkStart = start;
    while (chunkStart > 0 && !Character.isWhitespace(text.charAt(chunkStart - 1))) {
      chunkStart--;
    }
    int chunkEnd = end;
    while (chunkEnd < text.length() && !Character.isWhitespace(text.charAt(chunkEnd))) {
      chunkEnd++;
    }
    return text.substring(chunkStart, chunkEnd);
  }

  /** Whether the word starts with a capital letter. */
  static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** Whether the word or one part of it, if hyphenated, starts with a capital ("Kadhimi", "al-Kadhimi"). */
  static boolean nameLike(String word) {
    for (String part : word.split("[-‐]")) {
      if (capitalised(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasInnerCapital(String word) {
    for (String part : word.split("[-‐']")) {
      for (int i = 1; i < part.length(); i++) {
        if (Character.isUpperCase(part.charAt(i)) && Character.isLowerCase(part.charAt(i - 1))) {
          return true;
        }
      }
    }
    return false;
  }
}
