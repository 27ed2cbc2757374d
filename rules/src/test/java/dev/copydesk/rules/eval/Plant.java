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
  /**
   * A kind of planted error, with the recall target and the guard the evaluation asserts.
   * The guard sits just under what the held-out half measured at the commit that set it, so a
   * change that loses recall fails the build; where the guard is under the target the README's
   * accuracy section says the target is not met.
   */
  enum Kind {
    NAME_MISSPELLING("name slips (keyboard, doubled, dropped, swapped letters) that are not dictionary words", 0.95, 0.87),
    /** Reported, not asserted: "Being" for "Boeing" is a word, which only context can catch. */
    NAME_REAL_WORD_MISSPELLING("name slips that make a dictionary word", 0, 0),
    NAME_SWAP("swapped names with the same first letters, anywhere in the text (the Kachin kind)", 0.85, 0.48),
    TERM_VARIANT("term variants", 0.95, 0.95),
    TYPO("typos in the writer's own words (a slip that makes a non-word)", 0.95, 0.95),
    MERGED_WORD("short words typed twice without a space (toto)", 0.95, 0.95),
    REPEATED_WORD("words typed twice (the the)", 0.95, 0.92);

    final String description;
    /** The recall the issue asks for. */
    final double targetRecall;
    /** The recall below which the evaluation fails. */
    final double guardRecall;

    Kind(String description, double targetRecall, double guardRecall) {
      this.description = description;
      this.targetRecall = targetRecall;
      this.guardRecall = guardRecall;
    }
  }
}
