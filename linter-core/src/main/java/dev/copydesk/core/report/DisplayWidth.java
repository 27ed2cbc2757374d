package dev.copydesk.core.report;

/**
 * How many terminal columns text takes: a combining mark or a format character none, an East
 * Asian wide or full-width character (CJK, Hangul, full-width forms, most emoji) two, any other
 * character one (the ranges of Markus Kuhn's {@code wcwidth}). Lets the text report cut an excerpt
 * to the terminal's width and put its underline under the right characters.
 */
final class DisplayWidth {
  private DisplayWidth() {}

  /** The columns {@code text} takes. */
  static int of(CharSequence text) {
    return of(text, 0, text.length());
  }

  /** The columns {@code text[from, to)} takes. */
  static int of(CharSequence text, int from, int to) {
    int columns = 0;
    for (int i = from; i < to; ) {
      int c = Character.codePointAt(text, i);
      columns += of(c);
      i += Character.charCount(c);
    }
    return columns;
  }

  /** The columns code point {@code c} takes. */
  static int of(int c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    return isWide(c) ? 2 : 1;
  }

  private static boolean isWide(int c) {
    return c >= 0x1100 && (c <= 0x115F
        || c == 0x2329 || c == 0x232A
        || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
        || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFE10 && c <= 0xFE19
        || c >= 0xFE30 && c <= 0xFE6F
        || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6
        || c >= 0x1F300 && c <= 0x1F64F
        || c >= 0x1F900 && c <= 0x1F9FF
        || c >= 0x20000 && c <= 0x2FFFD
        || c >= 0x30000 && c <= 0x3FFFD);
  }
}
