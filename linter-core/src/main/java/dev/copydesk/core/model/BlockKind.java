package dev.copydesk.core.model;

/** What kind of passage a {@link Block} of an article is. */
public enum BlockKind {
  /** The headline: may follow headline style (capitals, "US" for "U.S."). */
  TITLE,
  /** A printed date line ("07/27/2021, 10.16", "Tuesday, September 1, 2015"). */
  DATELINE,
  /** A heading inside the article. */
  HEADING,
  /** A paragraph of body text. */
  PARAGRAPH,
  /** An item of a list. */
  LIST_ITEM,
  /** A block quotation. */
  BLOCK_QUOTE;

  /** Whether this block is held to body style (the title and headings are not). */
  public boolean isBody() {
    return this == PARAGRAPH || this == LIST_ITEM || this == BLOCK_QUOTE;
  }
}
