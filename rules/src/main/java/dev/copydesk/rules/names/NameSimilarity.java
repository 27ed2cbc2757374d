package dev.copydesk.rules.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * How alike two name words are, in the ways names are mistyped and misremembered: edits counted
 * with a swap of two neighbouring letters as one ("Patle", "Scahs"), a first letter changed only to
 * a key beside it on the keyboard, accents alone ("Medellin"/"Medellín"), and sound (Commons
 * Codec's Double Metaphone: "Kadhimi"/"Kazimi").
 */
final class NameSimilarity {
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
  /** Shorter names sound alike too easily ("Mesa", "Maize"). */
  private static final int MIN_SOUND_LENGTH = 6;
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final Map<Character, int[]> KEYS = keys();

  private NameSimilarity() {}

  /** Edits between two words, ignoring case, a swap of neighbouring letters counting as one. */
  static int distance(String a, String b) {
    String s = a.toLowerCase(Locale.ROOT);
    String t = b.toLowerCase(Locale.ROOT);
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }

  /**
   * Whether {@code word} may be a slip in typing {@code name}: one edit for a name of up to five
   * letters, two for a longer one; the first letter kept, or changed to a neighbouring key with
   * nothing else changed (two real names that differ in their first letter, "Sosa"/"Rosa", are
   * usually two people).
   */
  static boolean isTypingSlip(String word, String name) {
    int edits = distance(word, name);
    int allowed = name.length() <= 5 ? 1 : 2;
    if (edits == 0 || edits > allowed) {
      return false;
    }
    char w = Character.toLowerCase(word.charAt(0));
    char n = Character.toLowerCase(name.charAt(0));
    return w == n || edits == 1 && word.length() == name.length() && adjacentKeys(w, n);
  }

  /** Whether the two words differ only in accents (and case). */
  static boolean accentsOnly(String a, String b) {
    return !a.equals(b) && stripAccents(a).equalsIgnoreCase(stripAccents(b)) && !a.equalsIgnoreCase(b);
  }

  /** Whether the word has letters beyond plain ASCII. */
  static boolean hasAccents(String word) {
    return !stripAccents(word).equals(word);
  }

  /** Whether the word is written in the Latin alphabet (accents allowed). */
  static boolean isLatin(String word) {
    return word.codePoints().filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /**
   * Whether {@code word} could stand for {@code name} as a misremembered name: the same first two
   * letters and a length within two ("Harding" for "Harper"), or the same Double Metaphone code.
   */
  static boolean sameShape(String word, String name) {
    boolean prefix = word.regionMatches(true, 0, name, 0, 2) && Math.abs(word.length() - name.length()) <= 2;
    return prefix || Math.min(word.length(), name.length()) >= MIN_SOUND_LENGTH && METAPHONE.isDoubleMetaphoneEqual(word, name)
        && Character.toLowerCase(word.charAt(0)) == Character.toLowerCase(name.charAt(0));
  }

  static String stripAccents(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static boolean adjacentKeys(char a, char b) {
    int[] p = KEYS.get(a);
    int[] q = KEYS.get(b);
    return p != null && q != null && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
  }

  private static Map<Character, int[]> keys() {
    Map<Character, int[]> keys = new java.util.HashMap<>();
    for (int row = 0; row < ROWS.length; row++) {
      for (int col = 0; col < ROWS[row].length(); col++) {
        keys.put(ROWS[row].charAt(col), new int[] {row, col + (row == 0 ? 0 : row == 1 ? 0 : 1)});
      }
    }
    return Map.copyOf(keys);
  }
}
