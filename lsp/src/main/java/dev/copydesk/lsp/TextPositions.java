package dev.copydesk.lsp;

import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.SourceSpan;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * LSP positions in one document's text: 0-based lines, characters counted in UTF-16 code units
 * (the protocol's default encoding), which is how Copydesk's source offsets count too.
 */
final class TextPositions {
  private final String text;
  private final LineIndex lines;

  TextPositions(String text) {
    this.text = text;
    this.lines = new LineIndex(text);
  }

  /** The position of UTF-16 {@code offset}. */
  Position at(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = lines.line(clamped);
    return new Position(line - 1, clamped - lines.lineStart(line));
  }

  /** The range of a finding's span. */
  Range range(SourceSpan span) {
    return new Range(at(span.offset()), at(span.offset() + span.length()));
  }

  /** The UTF-16 offset of {@code position}, clamped to its line. */
  int offset(Position position) {
    int line = Math.max(1, Math.min(position.getLine() + 1, lines.lineCount()));
    int start = lines.lineStart(line);
    int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    return Math.min(start + Math.max(0, position.getCharacter()), end);
  }

  /** The offset at which the line holding {@code offset} starts. */
  int lineStartOf(int offset) {
    return lines.lineStart(lines.line(Math.max(0, Math.min(offset, text.length()))));
  }
}
