package dev.copydesk.core.analysis.quotes;

/**
 * What a quotation is doing in its sentence, which decides whether it needs a source: only reported
 * speech or writing does.
 */
public enum QuoteUse {
  /** Someone's reported words, spoken or written: it needs a source. */
  SPEECH,
  /** A title, name, term, slogan, translation or survey option mentioned rather than reported. */
  MENTION,
  /** Quoted material that is not speech: a block quotation, an embedded post, a UI string, a log line. */
  MATERIAL,
  /** Rhetorical or hypothetical speech ("Ask yourself: "Is this a bad idea?""): nobody said it. */
  RHETORICAL;

  /** Whether a quotation used this way needs a source. */
  public boolean needsSource() {
    return this == SPEECH;
  }
}
