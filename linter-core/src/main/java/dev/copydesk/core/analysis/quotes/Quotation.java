package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.TextRegion;

/**
 * One quotation, or one paragraph of a quotation that runs over several paragraphs.
 *
 * @param opening the opening mark
 * @param closing the closing mark, or null when the paragraph ends inside the quotation (it then
 *     either continues in the next paragraph or was never closed)
 * @param content the quoted words, between the marks
 * @param kind double or single marks
 * @param depth 0 for a quotation in the narrative, 1 for one quoted inside another, and so on
 * @param block the paragraph it is in
 * @param group the index of the whole quotation: the paragraphs of one multi-paragraph quotation
 *     share it
 * @param continued whether this paragraph continues a quotation opened in the paragraph before
 */
public record Quotation(
    TextRegion opening, TextRegion closing, TextRegion content, MarkKind kind, int depth, Block block, int group,
    boolean continued) {

  /** The quotation with its marks. */
  public TextRegion region() {
    return TextRegion.of(opening.start(), closing == null ? content.end() : closing.end());
  }

  /** Whether the quotation is closed in this paragraph. */
  public boolean closed() {
    return closing != null;
  }

  /** The quoted words in {@code text}. */
  public String contentIn(String text) {
    return content.in(text);
  }
}
