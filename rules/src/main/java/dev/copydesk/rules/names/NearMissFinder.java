package dev.copydesk.rules.names;

import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon;
import dev.copydesk.core.analysis.names.EstablishedName;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.analysis.names.NameMention;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a name word used once is a slip for an established name (see {@link
 * NameAnalysis}), in one of three ways.
 *
 * <p><b>Spelling</b>: a typing slip ({@link NameSimilarity#isTypingSlip}) of an established name,
 * where the word is unknown to the speller; or, inside a longer name, known only as a proper noun,
 * or any word when the article writes the same longer name elsewhere with the established word
 * ("United Sates"/"United States"); or a real word standing once in a name's place where the
 * article uses the name three times or more ("Rivers" for "Rivera"). <b>Accents</b>: the
 * established name with accents dropped or added. <b>Shape</b>: the word is never introduced (no
 * full name, no title but a courtesy title) and has the shape of an established person's name
 * ({@link NameSimilarity#sameShape}): standing where a person stands (a speech verb, any verb, a
 * possessive, a courtesy title), or inside a longer name whose other words are the established
 * introduction's ("New Hamilton" after "New Hampshire").
 *
 * <p>What is not a slip, from data: two common words (WordNet: "Senator"/"Senate",
 * "Southern"/"Northern", "Minister"/"Ministry"), a demonym ("Bahamian"), one name with a common
 * ending ("Bidens", "Iraqi"), a word beside the name it would be ("Hong Kong"), foreign words
 * (another script, accented words that are not the name's accents, a foreign word beside the name:
 * "Plaza de la Revolución", "Institut des"), and anything in quoted material.
 */
final class NearMissFinder {
  private static final int MIN_LENGTH = 4;
  /** Uses that establish a name firmly enough for a real word in its place to be a slip. */
  private static final int FIRM_USES = 3;
  /** The stem two derived forms must share when neither is the other's prefix ("Maldiv-es", "Maldiv-ian"; not "Russ-a"). */
  private static final int MIN_STEM = 6;
  private static final int MAX_INITIALS = 3;
  private static final Set<String> DERIVING_ENDINGS =
      Set.of("", "s", "es", "i", "is", "n", "ns", "an", "ans", "ian", "ians", "ia", "a", "ese", "ite", "ites", "ism", "ist",
          "ists", "ic", "er", "ers", "ean", "eans");
  private static final WordNetLexicon LEXICON = WordNetLexicon.shared();

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
    if (word.length() < MIN_LENGTH || !NameSimilarity.isLatin(word) || isHandle(word) || names.mentionsOf(word).size() > 1
        || names.established(word).filter(EstablishedName::house).isPresent() || besideForeignWord(mention)) {
      return Optional.empty();
    }
    List<EstablishedName> rivals = names.established().stream()
        .filter(e -> !e.word().equalsIgnoreCase(word) && !derived(word, e.word()) && !writtenTogether(word, e.word()))
        .filter(e -> alone ? isUsedAlone(e)
            : fitsElsewhere(mention, part, e) || isUnknownSlipOfRecurringName(word, e) && !namesAnotherThing(mention, part, e))
        .filter(e -> !distinctWords(word, e, mention, part))
        .toList();
    Optional<EstablishedName> accents = rivals.stream()
        .filter(e -> NameSimilarity.accentsOnly(word, e.word()) && (e.uses() > 1 || lastMentionBefore(e, mention) >= 0))
        .findFirst();
    if (accents.isPresent()) {
      return Optional.of(new NearMiss(word, accents.get(), NearMiss.Kind.ACCENTS));
    }
    if (NameSimilarity.hasAccents(word)) {
      return Optional.empty();
    }
    boolean known = speller.knows(word);
    Optional<EstablishedName> spelt = rivals.stream()
        .filter(e -> NameSimilarity.isTypingSlip(word, e.word()))
        .filter(e -> e.uses() > 1 || e.house() || lastMentionBefore(e, mention) >= 0 && !known && !part.isKnownWord()
            && NameSimilarity.distance(word, e.word()) == 1)
        .filter(e -> !known
            || !alone && (isOnlyProperNoun(part) || writtenElsewhere(mention, part, e))
            || alone && isRealWordInNamesPlace(mention, part, e))
        .min(Comparator.comparingInt((EstablishedName e) -> NameSimilarity.distance(word, e.word())).thenComparing(e -> -e.uses()));
    if (spelt.isPresent()) {
      return Optional.of(new NearMiss(word, spelt.get(), NearMiss.Kind.SPELLING));
    }
    boolean titledLikeARival = alone && mention.hasTitle() && !mention.hasCourtesyTitle();
    if (titledLikeARival && rivals.stream().noneMatch(e -> sharesTitle(mention, e))) {
      return Optional.empty();
    }
    Optional<EstablishedName> shaped = rivals.stream()
        .filter(e -> e.uses() >= 2 || isSurnameOfFullName(e))
        .filter(e -> !alone || isPerson(e))
        .filter(e -> lastMentionBefore(e, mention) >= 0 || e.uses() >= FIRM_USES)
        .filter(e -> NameSimilarity.sameShape(word, e.word()))
        .filter(e -> titledLikeARival ? sharesTitle(mention, e)
            : alone ? standsForPerson(mention, part, word) : isIntroductionWithOneWordChanged(mention, part, e))
        .max(Comparator.comparingInt((EstablishedName e) -> lastMentionBefore(e, mention)).thenComparingInt(EstablishedName::uses));
    return shaped.map(e -> new NearMiss(word, e, NearMiss.Kind.SHAPE));
  }

  /**
   * Whether the article treats the established name as a person's: some mention has a title
   * ("Governor Tom Harper", "Ms Berger") or speaks ("Harper said"), or it is introduced by a full
   * name of two or three words none of which is a common word or the name of a place or group
   * ("Anna Berger", but not "Hopewell Middle School"): a first name may be a common word ("Bill",
   * "John"), the surname may not.
   */
  private boolean isPerson(EstablishedName name) {
    List<NameMention> mentions = names.mentionsOf(name.word());
    if (mentions.stream().anyMatch(m -> m.hasTitle() && NameAnalysis.keyOf(m.surname()).equals(name.word()) || m.parts().size() == 1 && isSpeaking(m))) {
      return true;
    }
    NameMention intro = name.introduction();
    if (intro == null || !intro.isFullName() || intro.parts().size() > 3 || !isSurnameOfFullName(name)
        || LEXICON.isCommonWord(name.word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    return intro.parts().stream().map(NameAnalysis::keyOf).noneMatch(p -> isPlaceOrGroup(p));
  }

  /**
   * Whether the mention's title ends in the same word as a title the established person has
   * ("Secretary Blueprint" after "Secretary Antony Blinken"): the title names the same office, so
   * the word after it is a reference back, not an introduction.
   */
  private boolean sharesTitle(NameMention mention, EstablishedName established) {
    String[] mine = mention.title().strip().split("\\s+");
    String last = mine[mine.length - 1].toLowerCase(Locale.ROOT);
    return names.mentionsOf(established.word()).stream().filter(m -> m != mention && m.hasTitle())
        .anyMatch(m -> {
          String[] theirs = m.title().strip().split("\\s+");
          return theirs[theirs.length - 1].toLowerCase(Locale.ROOT).equals(last);
        });
  }

  /** A word with a capital inside ("MinaevLive", "ChinaGeeks"): a handle or brand, not a slip of a name. */
  private static boolean isHandle(String word) {
    for (int i = 2; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1)) && word.charAt(i - 2) != '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word standing alone, never introduced, may stand for an established person: after a
   * courtesy title ("Ms Berry") any word may; otherwise, in any position, a word that is no common
   * word ("Water said"), not introduced by initials ("AS Heagle") and, unless a speech verb follows,
   * no place or group's name ("Harvard").
   */
  private boolean standsForPerson(NameMention mention, Token part, String word) {
    if (mention.hasCourtesyTitle()) {
      return true;
    }
    if (part.sentenceInitial() && !part.tags().stream().allMatch(tag -> tag.startsWith("NNP")) && part.isKnownWord()
        || introducedByInitials(mention, part)) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (LEXICON.isCommonWord(lower)) {
      return false;
    }
    if (isSpeaking(mention)) {
      return true;
    }
    return !isPlaceOrGroup(word) && !LEXICON.isDemonym(word);
  }

  /** "AS Heagle", "JK Rowling": initials written without dots introduce the name. */
  private static boolean introducedByInitials(NameMention mention, Token part) {
    List<Token> tokens = mention.sentence().tokens();
    int at = tokens.indexOf(part);
    if (at <= 0) {
      return false;
    }
    String previous = tokens.get(at - 1).text();
    return previous.length() >= 2 && previous.length() <= MAX_INITIALS && previous.chars().allMatch(Character::isUpperCase)
        && !part.sentenceInitial();
  }

  private static boolean isPlaceOrGroup(String word) {
    return LEXICON.hasSenseIn(WordNetLexicon.WordClass.NOUN, word, "noun.location")
        || LEXICON.hasSenseIn(WordNetLexicon.WordClass.NOUN, word, "noun.group");
  }

  /**
   * A real word in a firmly established name's place: the name is used three times or more and is
   * no common word itself, the word is a common word one edit away (a proper name the lexicon
   * knows, "Medicare" beside "Medicaid", is another name), and it stands where a name does (after a courtesy title, or bare
   * inside a sentence: no determiner or adjective before it), as "Rivers said" after five "Rivera".
   */
  private boolean isRealWordInNamesPlace(NameMention mention, Token part, EstablishedName established) {
    if (established.uses() < FIRM_USES || LEXICON.isCommonWord(established.word().toLowerCase(Locale.ROOT))
        || !LEXICON.isCommonWord(NameAnalysis.keyOf(part.text()).toLowerCase(Locale.ROOT))
        || NameSimilarity.distance(NameAnalysis.keyOf(part.text()), established.word()) > 1) {
      return false;
    }
    return mention.hasCourtesyTitle() || isBareNameInsideSentence(mention, part);
  }

  /**
   * Two different words rather than a slip: a demonym or a title word ("Senator", "Minister"), or a
   * real word beside an established demonym or title ("Senate" beside "Senator"; "Preident" is a
   * slip), or two common words
   * ("Senator"/"Senate", "Southern"/"Northern"), unless the article writes the same longer name
   * with the other word ("United Sates" beside "United States").
   */
  private boolean distinctWords(String word, EstablishedName established, NameMention mention, Token part) {
    if (LEXICON.isDemonym(word) || isDemonymPlural(word) || NameAnalysis.isTitleWord(word)) {
      return true;
    }
    if ((LEXICON.isDemonym(established.word()) || NameAnalysis.isTitleWord(established.word())) && speller.knows(word)) {
      return true;
    }
    boolean bothCommon = LEXICON.isCommonWord(word.toLowerCase(Locale.ROOT))
        && LEXICON.isCommonWord(established.word().toLowerCase(Locale.ROOT));
    return bothCommon && !(mention.parts().size() > 1
        && (sameNameWithWord(mention, part, established) || writtenElsewhere(mention, part, established)));
  }

  /**
   * Whether {@code mention} is the established name's introduction with {@code part} in the place
   * of the established word and every other word the same: "New Hamilton" for "New Hampshire",
   * "Tom Harding" for "Tom Harper"; not "Loyola University" for "Saint Louis University".
   */
  private static boolean isIntroductionWithOneWordChanged(NameMention mention, Token part, EstablishedName established) {
    NameMention intro = established.introduction();
    if (intro == null || intro.tokens().size() != mention.tokens().size()) {
      return false;
    }
    for (int i = 0; i < intro.tokens().size(); i++) {
      String mine = NameAnalysis.keyOf(mention.tokens().get(i).text());
      String theirs = NameAnalysis.keyOf(intro.tokens().get(i).text());
      boolean here = mention.tokens().get(i) == part;
      if (here != !mine.equals(theirs) || here && !theirs.equals(established.word())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether another word of the mention is a name the article establishes that is no part of the
   * established name's introduction: "Kommersant Ukraina" (a newspaper) after "Kommersant" is named,
   * beside "Ukraine".
   */
  private boolean namesAnotherThing(NameMention mention, Token part, EstablishedName established) {
    List<String> intro = established.introduction() == null ? List.of() : established.introduction().parts();
    return mention.tokens().stream().filter(t -> t != part && !intro.contains(t.text()))
        .map(t -> NameAnalysis.keyOf(t.text()))
        .anyMatch(k -> names.established(k).isPresent() && !LEXICON.isCommonWord(k.toLowerCase(Locale.ROOT)));
  }

  /** "Serbians", "Americans": the plural of a demonym. */
  private static boolean isDemonymPlural(String word) {
    return word.endsWith("s") && LEXICON.isDemonym(word.substring(0, word.length() - 1));
  }

  /** Whether the article writes {@code mention} elsewhere with the established word in place of {@code part}. */
  private boolean sameNameWithWord(NameMention mention, Token part, EstablishedName established) {
    List<String> wanted = mention.tokens().stream()
        .map(t -> t == part ? established.word() : NameAnalysis.keyOf(t.text())).toList();
    return names.mentionsOf(established.word()).stream()
        .anyMatch(m -> m.tokens().stream().map(t -> NameAnalysis.keyOf(t.text())).toList().equals(wanted));
  }

  /** Whether a lower-case word the speller does not know stands beside the name ("Plaza de la", "Institut des"). */
  private boolean besideForeignWord(NameMention mention) {
    List<Token> tokens = mention.sentence().tokens();
    int first = tokens.indexOf(mention.tokens().get(0));
    int last = tokens.indexOf(mention.tokens().get(mention.tokens().size() - 1));
    for (int i : new int[] {first - 1, last + 1}) {
      if (i >= 0 && i < tokens.size()) {
        Token t = tokens.get(i);
        String word = Normalizer.normalize(t.text(), Normalizer.Form.NFKC);
        if (t.isWord() && !t.isCapitalized() && word.length() > 1 && !speller.knows(word)) {
          return true;
        }
      }
    }
    return false;
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
   * established name recurs (used at least twice: "Western Auistealia" for "Australia", "Goldman
   * Scahs" for "Sachs"). Two names used once each prove nothing about each other ("Fung", "Yung").
   */
  private boolean isUnknownSlipOfRecurringName(String word, EstablishedName established) {
    return established.uses() >= 2 && !speller.knows(word);
  }

  /**
   * A capitalised word inside a sentence with no determiner before it, used as a name
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

  /**
   * Whether the two words are one name with different common endings: "Bidens", "Iraqi",
   * "Armenians"/"Armenia", "Hondurans"/"Honduras", "Tunis"/"Tunisia".
   */
  private static boolean derived(String a, String b) {
    int common = 0;
    while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    String tailA = a.substring(common);
    String tailB = b.substring(common);
    boolean oneIsPrefix = tailA.isEmpty() || tailB.isEmpty();
    return common >= (oneIsPrefix ? MIN_LENGTH - 1 : MIN_STEM) && DERIVING_ENDINGS.contains(tailA) && DERIVING_ENDINGS.contains(tailB);
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

  /** Whether a speech verb follows the name ("Kachin responded"): a person's place. */
  private static boolean isSpeaking(NameMention mention) {
    Token next = mention.next();
    if (next == null || mention.possessive()) {
      return false;
    }
    for (int i = 0; i < next.tags().size(); i++) {
      String tag = next.tags().get(i);
      if ((tag.equals("VBD") || tag.equals("VBZ")) && LEXICON.isCommunicationVerb(next.lemmas().get(i))) {
        return true;
      }
    }
    return false;
  }
}
