package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.model.TextRegion;

/**
 * A character that opens or closes a quotation (apostrophes and primes are not quote marks).
 *
 * @param offset where it is in the checked text
 * @param symbol the character
 * @param kind double or single
 * @param role whether it can only open, only close, or either (a straight mark between spaces)
 * @param length 1, or 2 for a double mark typed as two single ones ('' or ``)
 */
public record QuoteMark(int offset, char symbol, MarkKind kind, Role role, int length) {

  /** What a mark can do, judged from its shape and the characters around it. */
  public enum Role {
    OPENING,
    CLOSING,
    EITHER
  }

  /** The one-character region of the mark. */
  public TextRegion region() {
    return new TextRegion(offset, length);
  }

  /** Whether it is a typographic (curly) mark rather than a straight one. */
  public boolean curly() {
    return symbol != '"' && symbol != '\'' && symbol != '`';
  }
}
