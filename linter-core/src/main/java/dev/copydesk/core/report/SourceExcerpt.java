package dev.copydesk.core.report;

import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.SourceSpan;

/**
 * The source line of a finding, fitted to a width in terminal columns, with a {@code ^^^^}
 * underline beneath the span. A line that does not fit (a paragraph of a text file is one line) is
 * cut to whole words around the span, with {@code …} where it was cut, the room shared between
 * the two sides; a span wider than the width is cut itself. Tabs and other control characters
 * show as spaces, and columns are counted as a terminal shows them (wide CJK characters two,
 * combining marks none), so the underline stays under the span.
 *
 * @param line the shown part of the line, at most the width's columns
 * @param underline spaces up to the span, then a {@code ^} per column of the span on this line
 */
record SourceExcerpt(String line, String underline) {
  private static final String CUT = "…";

  /** The excerpt of {@code span}'s first line in {@code source}, at most {@code width} columns. */
  static SourceExcerpt of(String source, LineIndex lines, SourceSpan span, int width) {
    String text = visible(lines.lineText(span.line()));
    int lineStart = lines.lineStart(span.line());
    int from = clamp(span.offset() - lineStart, text.length());
    int to = Math.max(from, clamp(span.offset() + span.length() - lineStart, text.length()));
    if (DisplayWidth.of(text) <= width) {
      return excerpt("", text.substring(0, from), text.substring(from, to), text.substring(to), "");
    }
    int markedWidth = DisplayWidth.of(text, from, to);
    int room = width - markedWidth - 2 * CUT.length();
    if (room < 0) {
      int end = fitForward(text, from, to, Math.max(1, width - 2 * CUT.length()));
      return excerpt(from > 0 ? CUT : "", "", text.substring(from, end), "", CUT);
    }
    int before = DisplayWidth.of(text, 0, from);
    int after = DisplayWidth.of(text, to, text.length());
    int roomBefore = Math.min(before, Math.max(room / 2, room - after));
    int roomAfter = Math.min(after, room - roomBefore);
    int shownFrom = wordStartAtOrAfter(text, fitBackward(text, from, roomBefore), from);
    int shownTo = wordEndAtOrBefore(text, fitForward(text, to, text.length(), roomAfter), to);
    return excerpt(shownFrom > 0 ? CUT : "", text.substring(shownFrom, from), text.substring(from, to),
        text.substring(to, shownTo), shownTo < text.length() ? CUT : "");
  }

  private static SourceExcerpt excerpt(String cutBefore, String before, String marked, String after, String cutAfter) {
    String lead = cutBefore + before;
    return new SourceExcerpt(lead + marked + after + cutAfter,
        " ".repeat(DisplayWidth.of(lead)) + "^".repeat(Math.max(1, DisplayWidth.of(marked))));
  }

  /** The smallest index at or before {@code end} from which the text up to {@code end} takes at most {@code columns}. */
  private static int fitBackward(String text, int end, int columns) {
    int start = end;
    int used = 0;
    while (start > 0) {
      int c = text.codePointBefore(start);
      if (used + DisplayWidth.of(c) > columns) {
        break;
      }
      used += DisplayWidth.of(c);
      start -= Character.charCount(c);
    }
    return start;
  }

  /** The largest index at or before {@code limit} up to which the text from {@code start} takes at most {@code columns}. */
  private static int fitForward(String text, int start, int limit, int columns) {
    int end = start;
    int used = 0;
    while (end < limit) {
      int c = text.codePointAt(end);
      if (used + DisplayWidth.of(c) > columns) {
        break;
      }
      used += DisplayWidth.of(c);
      end += Character.charCount(c);
    }
    return end;
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
