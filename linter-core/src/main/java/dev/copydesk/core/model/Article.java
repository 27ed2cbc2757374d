package dev.copydesk.core.model;

import java.util.List;

/**
 * An article as read from its source: the text that is checked, the map from every text offset
 * back to the source, metadata, the blocks (paragraphs, title, dateline…) the text consists of,
 * and the inline suppressions. Everything outside the blocks (front matter, code, markup,
 * boilerplate) is not article prose and is not in the text.
 *
 * @param path the path as given by the user, for reports
 * @param source the whole source file, decoded
 * @param text the checked text: blocks separated by blank lines
 */
public record Article(
    String path,
    String source,
    String text,
    SourceMap sourceMap,
    LineIndex lines,
    ArticleMetadata metadata,
    List<Block> blocks,
    List<Suppression> suppressions) {

  public Article {
    blocks = List.copyOf(blocks);
    suppressions = List.copyOf(suppressions);
  }

  /** This article with other metadata (a publication date known from outside the source, say). */
  public Article withMetadata(ArticleMetadata newMetadata) {
    return new Article(path, source, text, sourceMap, lines, newMetadata, blocks, suppressions);
  }

  /** The source span of a region of the checked text. */
  public SourceSpan sourceSpan(TextRegion region) {
    int[] range = sourceMap.sourceRange(region);
    return lines.span(range[0], range[1]);
  }

  /** The source text a region of the checked text came from. */
  public String sourceText(TextRegion region) {
    int[] range = sourceMap.sourceRange(region);
    return source.substring(range[0], range[1]);
  }

  /** The block holding {@code offset}, or null when it is between blocks. */
  public Block blockAt(int offset) {
    int lo = 0;
    int hi = blocks.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      TextRegion r = blocks.get(mid).region();
      if (offset < r.start()) {
        hi = mid - 1;
      } else if (offset >= r.end()) {
        lo = mid + 1;
      } else {
        return blocks.get(mid);
      }
    }
    return null;
  }
}
