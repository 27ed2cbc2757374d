package dev.copydesk.rules.eval;

/**
 * An error planted into a copy of a corpus article.
 *
 * @param kind what kind of error
 * @param article the copy with the error
 * @param offset where the planted text starts in the copy's source
 * @param planted the planted text
 * @param original the text it replaced: the suggestion a rule should make
 */
record Plant(Kind kind, PlantedArticle article, int offset, String planted, String original) {

  /** The kinds of planted error, each scored on its own. */
  enum Kind {
    NAME_MISSPELLING("name misspellings (edit distance 1-2) that are not dictionary words", 0.95),
    /** Reported, not asserted: "Being" for "Boeing" is a word, which only context can catch. */
    NAME_REAL_WORD_MISSPELLING("name misspellings (edit distance 1-2) that make a dictionary word", 0),
    NAME_SWAP("swapped near-miss names (the Kachin kind)", 0.85),
    TERM_VARIANT("term variants", 0.95);

    final String description;
    final double requiredRecall;

    Kind(String description, double requiredRecall) {
      this.description = description;
      this.requiredRecall = requiredRecall;
    }
  }
}
