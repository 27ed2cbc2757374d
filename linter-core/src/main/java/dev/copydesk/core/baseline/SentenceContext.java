package dev.copydesk.core.baseline;

import dev.copydesk.core.cache.Sha256;
import dev.copydesk.core.model.SourceSpan;

/**
 * The key of a finding's surroundings that survives edits elsewhere in the file: a hash of the
 * sentence the finding is in, read from the source with
 * whitespace collapsed, so that re-wrapping a paragraph, editing another sentence or adding
 * paragraphs above leaves it unchanged. A sentence ends at {@code .}, {@code !} or {@code ?}
 * followed by white space, or at a blank line; at most {@value #REACH} characters are taken on
 * each side of the flagged text.
 */
public final class SentenceContext {
  static final int REACH = 300;
  private static final int HEX_LENGTH = 16;

  private SentenceContext() {}

  /** The context key of the finding at {@code span} of {@code source}. */
  public static String of(String source, SourceSpan span) {
    int start = Math.min(Math.max(0, span.offset()), source.length());
    int end = Math.min(source.length(), start + Math.max(0, span.length()));
    int from = sentenceStart(source, start);
    int to = sentenceEnd(source, end);
    String sentence = source.substring(from, to).replaceAll("\\s+", " ").strip();
    return Sha256.hex(sentence).substring(0, HEX_LENGTH);
  }

  private static int sentenceStart(String source, int start) {
    int limit = Math.max(0, start - REACH);
    for (int i = start - 1; i >= limit; i--) {
      char c = source.charAt(i);
      if (c == '\n' && blankLineBefore(source, i)) {
        return i + 1;
      }
      if (Character.isWhitespace(c) && i > 0 && isTerminator(source.charAt(i - 1))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String source, int end) {
    int limit = Math.min(source.length(), end + REACH);
    for (int i = end; i < limit; i++) {
      char c = source.charAt(i);
      if (c == '\n' && blankLineAfter(source, i)) {
        return i;
      }
      if (isTerminator(c) && (i + 1 == source.length() || Character.isWhitespace(source.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean blankLineBefore(String source, int lineBreak) {
    return onlyWhiteSpaceToLineBreak(source, lineBreak, -1);
  }

  private static boolean blankLineAfter(String source, int lineBreak) {
    return onlyWhiteSpaceToLineBreak(source, lineBreak, 1);
  }

  /**
   * Whether, going from the line break at {@code lineBreak} in {@code step}'s direction, only white
   * space comes before the next line break or the end of the text: the line break is one side of
   * a blank line, a paragraph boundary.
   */
  private static boolean onlyWhiteSpaceToLineBreak(String source, int lineBreak, int step) {
    for (int j = lineBreak + step; j >= 0 && j < source.length(); j += step) {
      char c = source.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
