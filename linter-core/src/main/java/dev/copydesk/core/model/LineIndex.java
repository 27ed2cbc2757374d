package dev.copydesk.core.model;

import java.util.Arrays;

/**
 * Turns offsets of a source file into 1-based lines and columns. Lines end at {@code \n},
 * {@code \r\n} or a lone {@code \r}; columns count Unicode characters (code points).
 */
public final class LineIndex {
  private final String source;
  private final int[] lineStarts;

  public LineIndex(String source) {
    this.source = source;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n'));
      if (lineEnd) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The 1-based line holding {@code offset}. */
  public int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of {@code offset} on its line, counted in code points. */
  public int column(int offset) {
    int lineStart = lineStarts[line(offset) - 1];
    return source.codePointCount(lineStart, Math.min(offset, source.length())) + 1;
  }

  /** The offset at which 1-based {@code line} starts. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** The text of 1-based {@code line}, without its line terminator. */
  public String lineText(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : source.length();
    while (end > start && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')) {
      end--;
    }
    return source.substring(start, end);
  }

  /** How many lines the source has. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** The span of source offsets {@code [start, end)}, with lines and columns. */
  public SourceSpan span(int start, int end) {
    return new SourceSpan(start, end - start, line(start), column(start), line(end), column(end));
  }
}
