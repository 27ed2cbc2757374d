package dev.copydesk.rules.eval;

/**
 * A corpus article as the evaluation feeds it to Copydesk: its Markdown source, read by the
 * Markdown reader, and copies of it with an error planted.
 *
 * @param displayPath the name it is checked as ({@code 0001.md})
 * @param source its text
 */
record PlantedArticle(String displayPath, String source) {

  /** This article with {@code length} characters at {@code offset} replaced by {@code replacement}. */
  PlantedArticle replace(int offset, int length, String replacement) {
    return new PlantedArticle(displayPath, source.substring(0, offset) + replacement + source.substring(offset + length));
  }
}
