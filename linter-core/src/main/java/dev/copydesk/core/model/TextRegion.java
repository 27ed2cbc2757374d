package dev.copydesk.core.model;

/**
 * A half-open range {@code [start, start + length)} of offsets in an article's checked text.
 *
 * <p>Rules speak in text regions; they are turned into source lines and columns only when a
 * finding is made (see {@link SourceMap}).
 */
public record TextRegion(int start, int length) implements Comparable<TextRegion> {

  public TextRegion {
    if (start < 0 || length < 0) {
      throw new IllegalArgumentException("negative region: " + start + "+" + length);
    }
  }

  /** The region from {@code start} (inclusive) to {@code end} (exclusive). */
  public static TextRegion of(int start, int end) {
    return new TextRegion(start, end - start);
  }

  /** The offset just past the region. */
  public int end() {
    return start + length;
  }

  /** Whether {@code offset} lies inside this region. */
  public boolean contains(int offset) {
    return offset >= start && offset < end();
  }

  /** Whether {@code other} lies wholly inside this region. */
  public boolean contains(TextRegion other) {
    return other.start >= start && other.end() <= end();
  }

  /** Whether the two regions share at least one offset. */
  public boolean overlaps(TextRegion other) {
    return other.start < end() && start < other.end();
  }

  /** The text this region covers in {@code text}. */
  public String in(CharSequence text) {
    return text.subSequence(start, end()).toString();
  }

  @Override
  public int compareTo(TextRegion o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(length, o.length);
  }
}
