package dev.copydesk.core.report;

import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.SourceSpan;

/**
 * The source line of a finding, cut to a readable window around the span when the line is long
 * (a paragraph of a text file is one line), with a {@code ^^^^} underline beneath the span.
 * Tabs and other control characters show as spaces so that the underline stays aligned.
 *
 * @param line the shown part of the line, with {@code …} where it was cut
 * @param underline spaces up to the span, then a {@code ^} per character of the span on this line
 */
record SourceExcerpt(String line, String underline) {
  /** Characters of context kept on each side of the span when the line is cut. */
  static final int CONTEXT = 40;
  private static final int MAX_WHOLE_LINE = 100;

  static SourceExcerpt of(String source, LineIndex lines, SourceSpan span) {
    String text = lines.lineText(span.line());
    int lineStart = lines.lineStart(span.line());
    int from = clamp(span.offset() - lineStart, text.length());
    int to = Math.max(from, clamp(span.offset() + span.length() - lineStart, text.length()));
    int shownFrom = 0;
    int shownTo = text.length();
    if (text.codePointCount(0, text.length()) > MAX_WHOLE_LINE) {
      shownFrom = wordStartAtOrAfter(text, Math.max(0, from - CONTEXT), from);
      shownTo = wordEndAtOrBefore(text, Math.min(text.length(), to + CONTEXT), to);
    }
    String before = (shownFrom > 0 ? "…" : "") + visible(text.substring(shownFrom, from));
    String marked = visible(text.substring(from, to));
    String after = visible(text.substring(to, shownTo)) + (shownTo < text.length() ? "…" : "");
    int width = Math.max(1, marked.codePointCount(0, marked.length()));
    return new SourceExcerpt(before + marked + after,
        " ".repeat(before.codePointCount(0, before.length())) + "^".repeat(width));
  }

  private static int clamp(int index, int length) {
    return Math.max(0, Math.min(index, length));
  }

  /** The start of the first word at or after {@code index}, but never past {@code limit}. */
  private static int wordStartAtOrAfter(String text, int index, int limit) {
    if (index == 0 || text.charAt(index - 1) == ' ') {
      return index;
    }
    int space = text.indexOf(' ', index);
    return space < 0 || space + 1 > limit ? index : space + 1;
  }

  /** The end of the last word at or before {@code index}, but never before {@code limit}. */
  private static int wordEndAtOrBefore(String text, int index, int limit) {
    if (index >= text.length() || text.charAt(index) == ' ') {
      return index;
    }
    int space = text.lastIndexOf(' ', index);
    return space < limit ? index : space;
  }

  private static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return shown.toString();
  }
}
