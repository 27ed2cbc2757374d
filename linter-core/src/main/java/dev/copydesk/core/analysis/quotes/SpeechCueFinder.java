package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon;
import dev.copydesk.core.model.TextRegion;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds, in the narrative words of a sentence (the words outside its quotations), a speech or
 * writing cue with its speaker: "he said", "said the minister", "according to the ministry",
 * "in a statement". A speech verb is one of {@code speech-verbs.txt} or, by lemma, any verb WordNet 3.1
 * files under {@code verb.communication} (vowed, assured, confessed, advises, chanting); a cue in
 * a neighbouring sentence must be stronger: a listed verb or one whose most frequent sense is
 * communication, so that "signed" or "marked" in a paragraph of facts introduces nothing.
 */
final class SpeechCueFinder {
  private static final Set<String> NOUN_LEADS = Set.of("in", "from", "per", "during", "via", "at", "on");
  private static final int SPEAKER_REACH_BEFORE = 8;
  private static final int SPEAKER_REACH_AFTER = 4;
  private static final int MAX_SPEAKING_SENSE_RANK = 5;
  private static final int MAX_SPEAKING_SENSES = 12;
  private final SpeechCues cues;
  private final WordNetLexicon wordNet = WordNetLexicon.shared();

  SpeechCueFinder(SpeechCues cues) {
    this.cues = cues;
  }

  /** A speech cue: its words, its speaker (maybe empty) and where it is. */
  record Cue(String words, String speaker, TextRegion where) {}

  /**
   * The first speech cue among a sentence's {@code tokens} outside quotations, or empty.
   * {@code closingMarkEnd} is where a quotation of the sentence closes (for verbs that count only
   * right after it, like "continued"), or -1.
   */
  Optional<Cue> find(List<Token> tokens, Predicate<Token> quoted, int closingMarkEnd) {
    return find(tokens, quoted, closingMarkEnd, false);
  }

  /**
   * The first cue that introduces a quotation in the next sentence ("He said so in May."): a
   * verb like "said" or "explained" with a speaker, or "according to".
   */
  Optional<Cue> findIntroducing(List<Token> tokens, Predicate<Token> quoted) {
    return find(tokens, quoted, -1, true);
  }

  /**
   * A speech cue of a sentence next to the quotation's (the paragraph before): only a verb of
   * {@code speech-verbs.txt} that cannot be read as a noun ("said", not "states"), with a person or
   * body as its speaker. A noun ("free speech", "the post") or a verb that WordNet gives a
   * communication sense among others ("signed", "faced") does not reach across sentences.
   */
  Optional<Cue> findListed(List<Token> tokens, Predicate<Token> quoted) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!quoted.test(t) && t.isWord() && listedVerb(t) && !isSoCalled(tokens, i)) {
        String speaker = speakerBefore(tokens, i, quoted);
        boolean before = !speaker.isEmpty() && personNear(tokens, i, quoted, -1);
        if (before || personNear(tokens, i, quoted, 1)) {
          return Optional.of(new Cue(t.text(), before ? speaker : speakerAfter(tokens, i, quoted), t.region()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether WordNet files one of the verb's usual senses under communication: among its first
   * five, in a verb of at most twelve senses ("vowed", "assured", "put it", "shared"), so that
   * light verbs with a rare communication sense ("have", "make", "give") do not count.
   */
  private boolean isSpeakingVerb(String word) {
    int rank = wordNet.firstSenseIn(WordNetLexicon.WordClass.VERB, word, "verb.communication");
    return rank >= 0 && rank < MAX_SPEAKING_SENSE_RANK && wordNet.senses(WordNetLexicon.WordClass.VERB, word).size() <= MAX_SPEAKING_SENSES;
  }

  private boolean listedVerb(Token t) {
    return t.hasTagStartingWith("VB") && !t.hasTagStartingWith("NN") && t.lemmas().stream().anyMatch(cues::isSpeechVerb);
  }

  /**
   * Evidence that the sentence reports someone's speech, though not the quotation's: a listed
   * speech verb, or ({@code wordNetToo}) one whose most frequent sense is communication, with a person or body as its
   * speaker ("the minister", "she", "the council", "Smith"); or a speech noun after a preposition
   * ("in a statement"). Returns the cue word, or empty.
   */
  Optional<Token> strongCue(List<Token> tokens, Predicate<Token> quoted, boolean wordNetToo) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (quoted.test(t) || !t.isWord()) {
        continue;
      }
      String lower = t.text().toLowerCase(Locale.ROOT);
      boolean verb = t.hasTagStartingWith("VB") && !t.hasTagStartingWith("NN") && (t.lemmas().stream().anyMatch(cues::isSpeechVerb)
          || wordNetToo && wordNet.isMainlyCommunicationVerb(lower));
      if (verb && !isSoCalled(tokens, i) && (personNear(tokens, i, quoted, -1) || personNear(tokens, i, quoted, 1))) {
        return Optional.of(t);
      }
      boolean noun = wordNetToo && cues.isSpeechNoun(lower) && t.hasTagStartingWith("NN") && ledByPreposition(tokens, i, quoted);
      if (noun || lower.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether the first speaker word before ({@code step} -1) or after (+1) the verb is a person or a body. */
  private boolean personNear(List<Token> tokens, int verb, Predicate<Token> quoted, int step) {
    int reach = step < 0 ? SPEAKER_REACH_BEFORE : SPEAKER_REACH_AFTER;
    for (int j = verb + step, n = 0; j >= 0 && j < tokens.size() && n < reach; j += step, n++) {
      Token t = tokens.get(j);
      if (quoted.test(t)) {
        return false;
      }
      if (isSpeakerWord(t)) {
        return isPerson(t);
      }
    }
    return false;
  }

  private boolean isPerson(Token t) {
    String lower = t.text().toLowerCase(Locale.ROOT);
    if (t.hasTagStartingWith("PRP")) {
      return !lower.equals("it");
    }
    if (t.isCapitalized() && (!t.sentenceInitial() || !wordNet.isCommonWord(lower))) {
      return true;
    }
    List<WordNetLexicon.Sense> senses = wordNet.senses(WordNetLexicon.WordClass.NOUN, lower);
    return !senses.isEmpty() && (senses.get(0).lexicalFile().equals("noun.person") || senses.get(0).lexicalFile().equals("noun.group"));
  }

  private Optional<Cue> find(List<Token> tokens, Predicate<Token> quoted, int closingMarkEnd, boolean introducing) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (quoted.test(t) || !t.isWord()) {
        continue;
      }
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (lower.equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        String speaker = speakerAfter(tokens, i + 1, quoted);
        return Optional.of(new Cue("according to", speaker, t.region()));
      }
      boolean verb = introducing ? t.hasTagStartingWith("VB") && !t.hasTagStartingWith("NN")
          && t.lemmas().stream().anyMatch(cues::isIntroducingVerb) && (personNear(tokens, i, quoted, -1) || personNear(tokens, i, quoted, 1))
          : isSpeechVerb(tokens, i, closingMarkEnd);
      if (verb && !isSoCalled(tokens, i)) {
        String speaker = speakerBefore(tokens, i, quoted);
        if (speaker.isEmpty()) {
          speaker = speakerAfter(tokens, i, quoted);
        }
        if (!speaker.isEmpty()) {
          return Optional.of(new Cue(t.text(), speaker, t.region()));
        }
      }
      if (!introducing && cues.isSpeechNoun(lower) && t.hasTagStartingWith("NN") && ledByPreposition(tokens, i, quoted)) {
        String owner = speakerBefore(tokens, i, quoted);
        return Optional.of(new Cue(t.text(), owner.isEmpty() ? speakerAfter(tokens, i, quoted) : owner, t.region()));
      }
    }
    return Optional.empty();
  }

  private boolean isSpeechVerb(List<Token> tokens, int i, int closingMarkEnd) {
    Token t = tokens.get(i);
    boolean verb = t.hasTagStartingWith("VB");
    boolean listed = t.lemmas().stream().anyMatch(cues::isSpeechVerb)
        || (!t.isKnownWord() && cues.isSpeechVerb(t.text()));
    if ((verb || !t.isKnownWord()) && listed) {
      return true;
    }
    if (verb && !t.hasTagStartingWith("NN") && isSpeakingVerb(t.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean rightAfterQuote = closingMarkEnd >= 0 && t.region().start() > closingMarkEnd
        && t.region().start() - closingMarkEnd < 16;
    return verb && rightAfterQuote && t.lemmas().stream().anyMatch(cues::isSpeechVerbAfterQuote);
  }

  private static boolean isSoCalled(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).text().equals("-") && tokens.get(i - 2).text().equalsIgnoreCase("so")
        || tokens.get(i).text().equalsIgnoreCase("so-called");
  }

  private static boolean ledByPreposition(List<Token> tokens, int i, Predicate<Token> quoted) {
    for (int j = i - 1; j >= Math.max(0, i - 4) && !quoted.test(tokens.get(j)); j--) {
      String w = tokens.get(j).text().toLowerCase(Locale.ROOT);
      if (NOUN_LEADS.contains(w) || w.equals("'s") || w.equals("’s") || tokens.get(j).hasTagStartingWith("PRP$")) {
        return true;
      }
    }
    return false;
  }

  private static String speakerBefore(List<Token> tokens, int verb, Predicate<Token> quoted) {
    for (int j = verb - 1; j >= Math.max(0, verb - SPEAKER_REACH_BEFORE); j--) {
      Token t = tokens.get(j);
      if (quoted.test(t)) {
        return "";
      }
      if (isSpeakerWord(t)) {
        int start = j;
        while (start > 0 && !quoted.test(tokens.get(start - 1)) && isNameWord(tokens.get(start - 1))) {
          start--;
        }
        return join(tokens, start, j);
      }
    }
    return "";
  }

  private static String speakerAfter(List<Token> tokens, int from, Predicate<Token> quoted) {
    for (int j = from + 1; j < Math.min(tokens.size(), from + 1 + SPEAKER_REACH_AFTER); j++) {
      Token t = tokens.get(j);
      if (quoted.test(t)) {
        return "";
      }
      if (isSpeakerWord(t)) {
        int end = j;
        while (end + 1 < tokens.size() && !quoted.test(tokens.get(end + 1)) && isNameWord(tokens.get(end + 1))) {
          end++;
        }
        return join(tokens, j, end);
      }
    }
    return "";
  }

  private static boolean isSpeakerWord(Token t) {
    return t.isWord() && (t.hasTagStartingWith("PRP") && !t.hasTagStartingWith("PRP$")
        || t.hasTagStartingWith("NN") || t.isCapitalized() && !t.sentenceInitial() || !t.isKnownWord());
  }

  private static boolean isNameWord(Token t) {
    return t.isWord() && (t.hasTagStartingWith("NN") || t.hasTagStartingWith("JJ"));
  }

  private static String join(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (k > from) {
        b.append(' ');
      }
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }
}
