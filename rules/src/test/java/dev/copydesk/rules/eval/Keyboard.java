package dev.copydesk.rules.eval;

import java.util.Random;

/** Typing slips as fingers make them, for the planters: neighbouring keys, doubled, dropped and swapped letters. */
final class Keyboard {
  private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private Keyboard() {}

  /** One slip in {@code word}; the first letter only ever becomes a neighbouring key (kept in case). */
  static String slip(String word, Random random) {
    int at = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(word.length() - 1);
    if (at == 0) {
      char c = neighbour(Character.toLowerCase(word.charAt(0)), random);
      return Character.toUpperCase(c) + word.substring(1);
    }
    return switch (random.nextInt(5)) {
      case 0 -> word.substring(0, at) + neighbour(word.charAt(at), random) + word.substring(at + 1);
      case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
      case 2 -> word.length() > 4 ? word.substring(0, at) + word.substring(at + 1) : word;
      case 3 -> at + 1 < word.length() ? word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2) : word;
      default -> word.substring(0, at) + neighbour(word.charAt(at), random) + word.substring(at);
    };
  }

  /** A key beside {@code c} on a QWERTY keyboard, or {@code c} itself when it is no letter key. */
  static char neighbour(char c, Random random) {
    char lower = Character.toLowerCase(c);
    for (int row = 0; row < ROWS.length; row++) {
      int col = ROWS[row].indexOf(lower);
      if (col >= 0) {
        StringBuilder near = new StringBuilder();
        if (col > 0) {
          near.append(ROWS[row].charAt(col - 1));
        }
        if (col + 1 < ROWS[row].length()) {
          near.append(ROWS[row].charAt(col + 1));
        }
        for (int other : new int[] {row - 1, row + 1}) {
          if (other >= 0 && other < ROWS.length) {
            for (int k = Math.max(0, col - 1); k <= Math.min(ROWS[other].length() - 1, col); k++) {
              near.append(ROWS[other].charAt(k));
            }
          }
        }
        return near.charAt(random.nextInt(near.length()));
      }
    }
    return c;
  }
}
