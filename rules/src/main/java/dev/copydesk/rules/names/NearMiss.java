package dev.copydesk.rules.names;

import dev.copydesk.core.analysis.names.EstablishedName;

/**
 * A name word that is probably a slip for a name the article establishes.
 *
 * @param word the name word as compared ({@code "Kachin"})
 * @param intended the established name it should be
 * @param kind how the slip was recognised
 */
record NearMiss(String word, EstablishedName intended, Kind kind) {

  /** How a near miss was recognised. */
  enum Kind {
    /** Spelt within an edit or two of the established name ("Kadhmi" for "Kadhimi"). */
    SPELLING,
    /**
     * A real word or name the article never introduces, in the place of a person it does, with
     * the same beginning and shape ("Kachin responded" for "Kadhimi").
     */
    SHAPE
  }
}
