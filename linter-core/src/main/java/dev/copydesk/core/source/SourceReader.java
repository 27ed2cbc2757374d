package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;

/**
 * Turns one kind of source file (plain text, Markdown, HTML) into an {@link Article}: the prose
 * to check, mapped character by character back to the source, with its metadata.
 */
public interface SourceReader {

  /**
   * Reads {@code source}, the decoded content of the file at {@code path}.
   *
   * @throws InputException when the content cannot be read as an article of this kind
   */
  Article read(String path, String source, ReadOptions options) throws InputException;
}
