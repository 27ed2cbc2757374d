package dev.copydesk.rules.typos;

import java.util.regex.Pattern;

/**
 * Words the writer marked as spelt on purpose: a quotation kept as written and flagged with
 * "[sic]" or "(sic)" right after it. No typo rule reports such words.
 */
final class DeliberateSpelling {
  private static final Pattern SIC = Pattern.compile("^[\\p{Pe}\"'’”]*\\s*[\\[(]sic[\\])]", Pattern.CASE_INSENSITIVE);
  private static final int LOOKAHEAD = 12;

  private DeliberateSpelling() {}

  /** Whether "[sic]" follows the words that end at {@code end} in {@code text}. */
  static boolean markedSic(String text, int end) {
    return SIC.matcher(text.substring(end, Math.min(text.length(), end + LOOKAHEAD))).find();
  }
}
