package dev.copydesk.rules.names;

import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.names.EstablishedName;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.analysis.names.NameMention;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether a name word used once is a slip for an established name, in one of two ways.
 *
 * <p><b>Spelling</b>: the word is unknown to the speller (or, inside a longer name, known only
 * as a proper noun; or any word, when the article writes the same longer name elsewhere with the
 * established word: "Air Fore", "Air Force") and within one edit of an
 * established name of up to five letters, or two edits of a longer one, with a Jaro-Winkler
 * similarity of at least {@value #MIN_SIMILARITY}. <b>Shape</b>: the word is never introduced,
 * is a proper noun (unknown to the tagger, or with a proper-noun reading) standing alone as the
 * subject of a speech verb ("Kachin responded"), and an established name mentioned before it (used twice, or introduced by a full name) has the same
 * first two letters and a length within two letters of it; of several, the one mentioned last.
 *
 * <p>A word standing alone can only be a slip for a name the article also uses alone: "Kwong"
 * is not "Kong" when the article only ever writes "Hong Kong". A word inside a longer name is a
 * slip only if the rest of that name fits the established introduction.
 *
 * <p>Neither applies to derived forms ("Biden"/"Bidens", "Iraq"/"Iraqi"): one name followed by
 * a common ending is the other name's plural, possessive or adjective, not a slip.
 */
final class NearMissFinder {
  private static final double MIN_SIMILARITY = 0.8;
  private static final int MIN_LENGTH = 4;
  private static final int SHAPE_PREFIX = 2;
  private static final int SHAPE_LENGTH_SLACK = 2;
  private static final Set<String> DERIVING_ENDINGS =
      Set.of("s", "es", "i", "n", "an", "ian", "ians", "ans", "ese", "ite", "ites", "ism", "ist", "ists", "ic", "er", "ers");
  /** Lemmas of verbs whose subject is a person: speaking, answering, announcing. */
  private static final Set<String> SPEECH_VERBS = Set.of(
      "say", "tell", "respond", "reply", "add", "answer", "conclude", "state", "declare", "insist", "argue",
      "explain", "note", "claim", "warn", "announce", "confirm", "deny", "ask", "urge", "write", "tweet",
      "comment", "acknowledge", "admit", "agree", "promise", "vow", "stress", "emphasise", "emphasize",
      "counter", "retort", "recall", "suggest", "thank", "praise", "criticise", "criticize", "speak");

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private final NameAnalysis names;
  private final Speller speller;
  private final String text;

  /** A finder over the names of an article whose checked text is {@code text}. */
  NearMissFinder(NameAnalysis names, Speller speller, String text) {
    this.names = names;
    this.speller = speller;
    this.text = text;
  }

  /** The established name that {@code part} (a part of {@code mention}) is a slip for, if any. */
  Optional<NearMiss> find(NameMention mention, Token part) {
    String word = NameAnalysis.keyOf(part.text());
    boolean alone = mention.parts().size() == 1;
    if (word.length() < MIN_LENGTH || names.mentionsOf(word).size() > 1 || names.established(word).filter(EstablishedName::house).isPresent()) {
      return Optional.empty();
    }
    List<EstablishedName> rivals = names.established().stream()
        .filter(e -> !e.word().equals(word) && !derived(word, e.word()) && !writtenTogether(word, e.word()))
        .filter(e -> alone ? isUsedAlone(e) : fitsElsewhere(mention, part, e) || isUnknownSlipOfRecurringName(word, e))
        .toList();
    boolean properNoun = !part.isKnownWord() || part.tags().stream().anyMatch(tag -> tag.startsWith("NNP"));
    boolean known = speller.knows(word);
    if (!known || !alone) {
      Optional<EstablishedName> spelt = rivals.stream()
          .filter(e -> isSpellingSlip(word, e.word()))
          .filter(e -> !known || isOnlyProperNoun(part) || writtenElsewhere(mention, part, e))
          .min(Comparator.comparingInt((EstablishedName e) -> distance(word, e.word())).thenComparing(e -> -e.uses()));
      if (spelt.isPresent()) {
        return Optional.of(new NearMiss(word, spelt.get(), NearMiss.Kind.SPELLING));
      }
    }
    if (alone && (properNoun || isBareNameInsideSentence(mention, part)) && isSpeaking(mention)) {
      Optional<EstablishedName> shaped = rivals.stream()
          .filter(e -> lastMentionBefore(e, mention) >= 0)
          .filter(e -> e.uses() >= 2 || isSurnameOfFullName(e))
          .filter(e -> sameShape(word, e.word()))
          .max(Comparator.comparingInt(e -> lastMentionBefore(e, mention)));
      if (shaped.isPresent()) {
        return Optional.of(new NearMiss(word, shaped.get(), NearMiss.Kind.SHAPE));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the article refers to the name by its word alone ("Kadhimi"), or it is the last word
   * of a full name written in full only once, as a person's introduction is ("Margaret Atwood";
   * but not "Hong Kong", written in full every time): only such a name can be meant by a word
   * standing alone.
   */
  private boolean isUsedAlone(EstablishedName name) {
    if (name.introduction() == null) {
      return name.house();
    }
    List<NameMention> mentions = names.mentionsOf(name.word());
    boolean fullFormOnce = mentions.stream().filter(m -> m.parts().equals(name.introduction().parts())).count() == 1;
    return isSurnameOfFullName(name) && fullFormOnce || mentions.stream().anyMatch(m -> m.parts().size() == 1);
  }

  private static boolean isSurnameOfFullName(EstablishedName name) {
    return name.introduction() != null && name.introduction().isFullName()
        && NameAnalysis.keyOf(name.introduction().surname()).equals(name.word());
  }

  /** Whether the two words stand side by side somewhere, as the parts of one name do ("Hong Kong"). */
  private boolean writtenTogether(String word, String established) {
    return text.contains(word + " " + established) || text.contains(established + " " + word);
  }

  /**
   * Whether the rest of a longer name fits the established name: it is the established
   * introduction ("Joe Bidden" for "Joe Biden", but not "Jim Bidden"), or the article writes the
   * same name elsewhere with the established word in its place ("Uwited States", "Air Fore").
   */
  private boolean fitsElsewhere(NameMention mention, Token part, EstablishedName established) {
    return fitsIntroduction(mention, part, established) || writtenElsewhere(mention, part, established);
  }

  /**
   * Whether the article writes the established word next to the same neighbour inside a name:
   * "Air Force" elsewhere vouches for "Air Fore", "United States" for "Uwited States".
   */
  private boolean writtenElsewhere(NameMention mention, Token part, EstablishedName established) {
    int at = mention.tokens().indexOf(part);
    String before = at > 0 ? NameAnalysis.keyOf(mention.tokens().get(at - 1).text()) : null;
    String after = at + 1 < mention.tokens().size() ? NameAnalysis.keyOf(mention.tokens().get(at + 1).text()) : null;
    for (NameMention other : names.mentionsOf(established.word())) {
      List<String> keys = other.tokens().stream().map(t -> NameAnalysis.keyOf(t.text())).toList();
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i).equals(established.word())
            && (before != null && i > 0 && keys.get(i - 1).equals(before)
                || after != null && i + 1 < keys.size() && keys.get(i + 1).equals(after))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether an unknown word inside a longer name may still be a slip for {@code established}: the
   * established name recurs (used at least twice: "Western Auistealia" for "Australia", "Unvtied
   * States" for "United"). Two names used once each prove nothing about each other ("Fung" and
   * "Yung").
   */
  private boolean isUnknownSlipOfRecurringName(String word, EstablishedName established) {
    return established.uses() >= 2 && !speller.knows(word);
  }

  /**
   * A capitalised common word inside a sentence with no determiner before it, used as a name
   * ("what Corps said"); not "the Board said", nor a sentence start ("Police said").
   */
  private static boolean isBareNameInsideSentence(NameMention mention, Token part) {
    List<Token> tokens = mention.sentence().tokens();
    int at = tokens.indexOf(part);
    if (at <= 0 || part.sentenceInitial()) {
      return false;
    }
    Token previous = tokens.get(at - 1);
    return previous.isWord() && previous.tags().stream().noneMatch(tag -> tag.startsWith("DT") || tag.startsWith("PRP$") || tag.startsWith("JJ"));
  }

  private static boolean isOnlyProperNoun(Token part) {
    return part.tags().stream().allMatch(tag -> tag.startsWith("NNP"));
  }

  /** Where the name was last mentioned before {@code mention}: the speaker most recently in view. */
  private int lastMentionBefore(EstablishedName name, NameMention mention) {
    return names.mentionsOf(name.word()).stream().mapToInt(m -> m.region().start())
        .filter(start -> start < mention.region().start()).max().orElse(-1);
  }

  private static boolean isSpellingSlip(String word, String established) {
    int allowed = established.length() <= 5 ? 1 : 2;
    return distance(word, established) <= allowed && JARO_WINKLER.apply(word, established) >= MIN_SIMILARITY;
  }

  private static boolean sameShape(String word, String established) {
    return word.regionMatches(true, 0, established, 0, SHAPE_PREFIX)
        && Math.abs(word.length() - established.length()) <= SHAPE_LENGTH_SLACK;
  }

  private static int distance(String a, String b) {
    return LEVENSHTEIN.apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  /** Whether one word is the other with a common ending: "Bidens", "Iraqi". */
  private static boolean derived(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return longer.startsWith(shorter) && DERIVING_ENDINGS.contains(longer.substring(shorter.length()));
  }

  /**
   * Whether the mention's other words fit the established name's introduction: "Joe Bidden" may
   * be a slip for "Joe Biden", but "Jim Bidden" is someone else.
   */
  private static boolean fitsIntroduction(NameMention mention, Token part, EstablishedName established) {
    List<String> known = established.introduction() == null
        ? List.of(established.fullForm().split("\\s+"))
        : established.introduction().parts();
    for (Token other : mention.tokens()) {
      if (other != part && !known.contains(other.text()) && other.text().length() > 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpeaking(NameMention mention) {
    Token next = mention.next();
    if (next == null || mention.possessive()) {
      return false;
    }
    for (int i = 0; i < next.tags().size(); i++) {
      String tag = next.tags().get(i);
      if ((tag.equals("VBD") || tag.equals("VBZ")) && SPEECH_VERBS.contains(next.lemmas().get(i))) {
        return true;
      }
    }
    return false;
  }
}
