package dev.copydesk.rules.typos;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the word after "a" or "an" starts with a vowel sound when read aloud, where spelling
 * misleads LanguageTool: figures and amounts are read as numbers ("an $8m grant", "an 11-year-old",
 * "a $10m fund"), a "eu"/"u" that sounds "you" takes "a" ("a European", "a Ukraine", "a unique"),
 * "one" sounds "won" ("a one-off"). Unknown means spelling alone cannot say.
 */
final class ArticleSound {
  /** "you"-sounding beginnings: "Europe", "Ukraine", "unique", "usual", "uranium", "ewe". */
  private static final Pattern YOU_SOUND = Pattern.compile("(?i)^(?:eu|ew|u[bcfgklmrstv][aeiouy]|ukr|uni|use|usu|ura|uti)");
  private static final Pattern WON_SOUND = Pattern.compile("(?i)^one(?:[^r]|$)|^once");
  private static final Pattern AMOUNT = Pattern.compile("^[$€£¥]?\\s?(\\d[\\d,]*)");

  /** How the next word sounds at its start. */
  enum Sound { VOWEL, CONSONANT, UNKNOWN }

  private ArticleSound() {}

  /** The sound {@code next} (the text right after the article) starts with. */
  static Sound of(String next) {
    String word = next.strip();
    if (word.isEmpty()) {
      return Sound.UNKNOWN;
    }
    if (word.startsWith("`")) {
      return Sound.UNKNOWN;
    }
    var amount = AMOUNT.matcher(word);
    if (amount.find()) {
      return numberSound(amount.group(1).replace(",", ""));
    }
    if (YOU_SOUND.matcher(word).find() || WON_SOUND.matcher(word).find()) {
      return Sound.CONSONANT;
    }
    return Sound.UNKNOWN;
  }

  /**
   * A whole number read aloud starts with a vowel sound when it starts "eight" ("8", "80", "800",
   * "8,000") or "eleven"/"eighteen" (its leading group of three digits is 11 or 18: "11", "18,000").
   */
  private static Sound numberSound(String digits) {
    if (digits.isEmpty()) {
      return Sound.UNKNOWN;
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    String group = digits.substring(0, lead);
    boolean vowel = digits.charAt(0) == '8' || group.equals("11") || group.equals("18");
    return vowel ? Sound.VOWEL : Sound.CONSONANT;
  }

  /** Whether {@code article} ("a" or "an") fits {@code sound}. */
  static boolean fits(String article, Sound sound) {
    boolean an = article.toLowerCase(Locale.ROOT).equals("an");
    return sound == Sound.VOWEL ? an : sound == Sound.CONSONANT && !an;
  }
}
