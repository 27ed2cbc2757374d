package dev.copydesk.core.model;

/**
 * Maps every character of an article's checked text back to the source characters it came from.
 *
 * <p>Most text characters are copied verbatim from the source and map to one source character;
 * a decoded entity ({@code &amp;amp;}) maps to the whole entity; a separator the reader inserted
 * between blocks maps to an empty range. Built with {@link TextBuilder}.
 */
public final class SourceMap {
  private final int[] sourceStarts;
  private final int[] sourceEnds;
  private final int sourceLength;

  SourceMap(int[] sourceStarts, int[] sourceEnds, int sourceLength) {
    this.sourceStarts = sourceStarts;
    this.sourceEnds = sourceEnds;
    this.sourceLength = sourceLength;
  }

  /** The source offset where text character {@code textOffset} starts. */
  public int sourceStart(int textOffset) {
    if (textOffset >= sourceStarts.length) {
      return sourceStarts.length == 0 ? sourceLength : sourceEnds[sourceStarts.length - 1];
    }
    return sourceStarts[textOffset];
  }

  /** The source offset just past text character {@code textOffset}. */
  public int sourceEnd(int textOffset) {
    return sourceEnds[textOffset];
  }

  /** The source range {@code [start, end)} covered by a text region. */
  public int[] sourceRange(TextRegion region) {
    int start = sourceStart(region.start());
    int end = region.length() == 0 ? start : sourceEnd(region.end() - 1);
    return new int[] {start, Math.max(start, end)};
  }

  /** The length of the checked text. */
  public int textLength() {
    return sourceStarts.length;
  }
}
