package dev.copydesk.core.analysis.names;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.DisplayCopy;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.model.Block;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names an article uses: every mention in its body text, and the names it establishes
 * (used more than once, introduced with a full name, or known to the house). Rules that compare
 * names ({@code name-variant}) or accept them ({@code spelling}) share this analysis.
 *
 * <p>Mentions are found in body text only: headline capitals, display copy and passages not in
 * English are not read as names. Name words are compared by their {@linkplain #keyOf key}, with a
 * joined particle and a possessive dropped ("al-Kadhimi", "Kadhimi's" → "Kadhimi").
 */
public final class NameAnalysis {
  private final List<NameMention> mentions;
  private final Map<String, List<NameMention>> mentionsByWord;
  private final Map<String, EstablishedName> established;
  private final Map<String, String> evidenceByWord;

  private NameAnalysis(List<NameMention> mentions, List<String> houseNames, Map<String, String> evidenceByWord) {
    this.mentions = List.copyOf(mentions);
    this.evidenceByWord = Map.copyOf(evidenceByWord);
    this.mentionsByWord = new LinkedHashMap<>();
    for (NameMention m : mentions) {
      m.parts().stream().filter(p -> !NameWords.isInitial(p)).map(NameWords::key).distinct()
          .forEach(word -> mentionsByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(m));
    }
    this.established = new LinkedHashMap<>();
    mentionsByWord.forEach((word, uses) -> establish(word, uses).ifPresent(e -> established.put(word, e)));
    for (String house : houseNames) {
      String[] parts = house.trim().split("\\s+");
      String word = NameWords.key(parts[parts.length - 1]);
      if (!word.isEmpty() && !established.containsKey(word)) {
        List<NameMention> uses = mentionsByWord.getOrDefault(word, List.of());
        established.put(word, new EstablishedName(word, house.trim(), uses.isEmpty() ? null : uses.get(0), uses.size(), parts.length > 1, true));
      }
    }
  }

  /** The name analysis of {@code article}, made once and shared by every rule. */
  public static NameAnalysis of(AnalyzedArticle article) {
    return article.derived(NameAnalysis.class, NameAnalysis::analyze);
  }

  private static NameAnalysis analyze(AnalyzedArticle article) {
    DisplayCopy display = DisplayCopy.of(article);
    List<NameMention> mentions = new ArrayList<>();
    Map<Block, List<Sentence>> byBlock = new LinkedHashMap<>();
    for (Sentence s : display.bodySentences(article)) {
      byBlock.computeIfAbsent(s.block(), b -> new ArrayList<>()).add(s);
    }
    for (List<Sentence> blockSentences : byBlock.values()) {
      mentions.addAll(new NameFinder(blockSentences).mentions());
    }
    return new NameAnalysis(mentions, article.configuration().names(), NameEvidence.of(article));
  }

  /** The word by which a name word is compared: "al-Kadhimi" and "Kadhimi's" give "Kadhimi". */
  public static String keyOf(String nameWord) {
    return NameWords.key(nameWord);
  }

  /** Whether {@code word} is a title word that stands before names ("Senator", "Minister", "Dr."). */
  public static boolean isTitleWord(String word) {
    return NameWords.isTitle(word);
  }

  /** Every name mention in the body text, in order. */
  public List<NameMention> mentions() {
    return mentions;
  }

  /** The mentions that hold name word {@code word} (compared by key), in order. */
  public List<NameMention> mentionsOf(String word) {
    return mentionsByWord.getOrDefault(keyOf(word), List.of());
  }

  /** Whether {@code word} is used as (part of) a name in the article's body text or is a house name. */
  public boolean isName(String word) {
    String key = keyOf(word);
    return mentionsByWord.containsKey(key) || established.containsKey(key);
  }

  /**
   * Why {@code word} (or, for a hyphenated word, each capitalised part of it) is a name the article
   * uses, if it is one: the tagger knows it as a proper noun, the article uses it more than once,
   * a title or another name word introduces it ("General Qasem Soleimani"), or the house lists it
   * ({@code names:}, {@code dictionary:}). The speller accepts these words.
   */
  public Optional<String> whyName(String word) {
    return NameEvidence.whyName(evidenceByWord, word);
  }

  /**
   * Whether the article introduces {@code word}: it stands in a full name ("Anna Berger") or after
   * a title ("Governor Harper") somewhere, or the house lists it. A later reference by the word
   * alone is then a reference back; a word never introduced that resembles an established name is
   * strong evidence of a slip.
   */
  public boolean isIntroduced(String word) {
    String key = keyOf(word);
    EstablishedName name = established.get(key);
    if (name != null && name.house()) {
      return true;
    }
    return mentionsOf(key).stream().anyMatch(m -> m.isFullName() || m.hasTitle());
  }

  /** The names the article establishes, in order of first use (house names not used last). */
  public Collection<EstablishedName> established() {
    return established.values();
  }

  /** The established name with key {@code word}, if the article establishes it. */
  public Optional<EstablishedName> established(String word) {
    return Optional.ofNullable(established.get(keyOf(word)));
  }

  private static Optional<EstablishedName> establish(String word, List<NameMention> uses) {
    NameMention full = uses.stream().filter(m -> m.isFullName() && keyOf(m.surname()).equals(word)).findFirst().orElse(null);
    boolean titled = uses.stream().anyMatch(m -> m.hasTitle() && keyOf(m.surname()).equals(word));
    boolean referredToAlone = full != null && uses.stream().anyMatch(m -> m.parts().size() == 1 && m.region().start() > full.region().start());
    if (uses.size() < 2 && full == null) {
      return Optional.empty();
    }
    NameMention introduction = full != null ? full : uses.get(0);
    return Optional.of(new EstablishedName(word, introduction.text(), introduction, uses.size(), titled || referredToAlone, false));
  }
}
