package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.model.TextRegion;

/**
 * Why a quotation needs no further source: who said it and how the article says so, or that it
 * names a thing rather than reports speech.
 *
 * @param kind how the source is given
 * @param cue the words that give it ("said", "according to", "the famous phrase", "Bodie:")
 * @param speaker the speaker, when one was found ("he", "a source in the U.S. State Department"),
 *     or an empty string
 * @param where the cue's region in the checked text
 */
public record Attribution(Kind kind, String cue, String speaker, TextRegion where) {

  /** How a quotation is attributed. */
  public enum Kind {
    /** A speech verb with a speaker in the quotation's own sentence, before, after or interrupting it. */
    SAME_SENTENCE,
    /** A speaker's name and a colon just before the quotation ("Bill Bodie: ..."). */
    COLON,
    /** A dash and the speaker's name right after it ("… — Peres, on oil"). */
    DASH,
    /** The sentence before introduces it ("He said:"), or the next one attributes it. */
    NEIGHBOUR_SENTENCE,
    /** It continues the quotation of a speaker named in the paragraph before. */
    CONTINUATION,
    /** The same words are quoted, with a source, elsewhere in the article. */
    ECHO,
    /** It names a thing (a title, a nickname, a term) and reports no one's speech. */
    NAMED_THING
  }

  /** A short account for messages and evidence. */
  public String describe() {
    String who = speaker.isEmpty() ? "" : " (" + speaker + ")";
    return switch (kind) {
      case SAME_SENTENCE -> "attributed by '" + cue + "'" + who + " in its sentence";
      case COLON -> "introduced by '" + cue + "'";
      case DASH -> "signed '" + cue + "'";
      case NEIGHBOUR_SENTENCE -> "attributed by '" + cue + "'" + who + " in the neighbouring sentence";
      case CONTINUATION -> "continues the quotation attributed by '" + cue + "'" + who;
      case ECHO -> "quoted again with a source: " + cue;
      case NAMED_THING -> "names a thing ('" + cue + "')";
    };
  }
}
