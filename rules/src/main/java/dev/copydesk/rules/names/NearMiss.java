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
    /** Typed within an edit or two of the established name ("Kadhmi" for "Kadhimi", "Patle" for "Patel"). */
    SPELLING,
    /** The established name with its accents dropped or added ("Medellin" for "Medellín"). */
    ACCENTS,
    /**
     * A real word or name the article never introduces, in the place of a person or name it
     * does, with the same beginning and shape ("Kachin responded" for "Kadhimi", "Ms Berry" for
     * "Anna Berger", "New Hamilton" for "New Hampshire").
     */
    SHAPE
  }
}
