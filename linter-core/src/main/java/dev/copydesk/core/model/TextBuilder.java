package dev.copydesk.core.model;

import java.util.Arrays;

/**
 * Builds an article's checked text together with its {@link SourceMap}. Source readers append
 * slices of the source (copied verbatim), single decoded characters (mapped to the source range
 * they were decoded from) and separators (mapped to nothing).
 */
public final class TextBuilder {
  private final StringBuilder text = new StringBuilder();
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int lastSourceEnd;

  /** Appends {@code source[from, to)} verbatim. */
  public TextBuilder appendSource(String source, int from, int to) {
    for (int i = from; i < to; i++) {
      put(source.charAt(i), i, i + 1);
    }
    return this;
  }

  /** Appends {@code decoded}, every character of which stands for {@code source[from, to)}. */
  public TextBuilder appendDecoded(String decoded, int from, int to) {
    for (int i = 0; i < decoded.length(); i++) {
      put(decoded.charAt(i), from, to);
    }
    return this;
  }

  /** Appends text that is in no source position (a paragraph break between two blocks). */
  public TextBuilder appendSeparator(String separator) {
    for (int i = 0; i < separator.length(); i++) {
      put(separator.charAt(i), lastSourceEnd, lastSourceEnd);
    }
    return this;
  }

  /** The current length of the text: the offset the next appended character will get. */
  public int length() {
    return text.length();
  }

  /** The text built so far. */
  public CharSequence text() {
    return text;
  }

  /** Removes trailing characters while they are whitespace. */
  public TextBuilder trimTrailingWhitespace() {
    while (text.length() > 0 && Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.setLength(text.length() - 1);
    }
    return this;
  }

  /** The finished text. */
  public String build() {
    return text.toString();
  }

  /** The finished source map, for a source of {@code sourceLength} characters. */
  public SourceMap sourceMap(int sourceLength) {
    int n = text.length();
    return new SourceMap(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), sourceLength);
  }

  private void put(char c, int from, int to) {
    int n = text.length();
    if (n == starts.length) {
      starts = Arrays.copyOf(starts, n * 2);
      ends = Arrays.copyOf(ends, n * 2);
    }
    starts[n] = from;
    ends[n] = to;
    text.append(c);
    if (to > from) {
      lastSourceEnd = to;
    }
  }
}
