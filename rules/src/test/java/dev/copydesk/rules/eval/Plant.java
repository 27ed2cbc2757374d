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
    NAME_MISSPELLING("name slips (keyboard, doubled, dropped, swapped letters) that are not dictionary words", 0.95),
    /** Reported, not asserted: "Being" for "Boeing" is a word, which only context can catch. */
    NAME_REAL_WORD_MISSPELLING("name slips that make a dictionary word", 0),
    NAME_SWAP("swapped names with the same first letters, anywhere in the text (the Kachin kind)", 0.85),
    TERM_VARIANT("term variants", 0.95),
    TYPO("typos in the writer's own words (a slip that makes a non-word)", 0.95),
    MERGED_WORD("short words typed twice without a space (toto)", 0.95),
    REPEATED_WORD("words typed twice (the the)", 0.95);

    final String description;
    final double requiredRecall;

    Kind(String description, double requiredRecall) {
      this.description = description;
      this.requiredRecall = requiredRecall;
    }
  }
}
