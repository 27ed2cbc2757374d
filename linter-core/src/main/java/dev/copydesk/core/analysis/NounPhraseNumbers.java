package dev.copydesk.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.chunking.ChunkTag;

/**
 * Turns a statistical chunker's noun-phrase tags ({@code B-NP}, {@code I-NP}) into the tags
 * LanguageTool's English rules are written against: {@code B-NP-singular}, {@code I-NP-plural},
 * {@code E-NP-singular} and so on. A phrase is plural when its last word can be a plural noun
 * ({@code NNS}): "the ten books", but not "the books' author". As in LanguageTool's own English
 * chunk filter, whose tags its rules were tuned on, a noun phrase that begins right after the
 * last word counts with it ("the team's players"). Any other chunk tag ({@code B-VP}, {@code
 * O}…) is kept as the chunker gave it.
 */
final class NounPhraseNumbers {
  private static final String BEGIN = "B-NP";
  private static final String INSIDE = "I-NP";

  private NounPhraseNumbers() {}

  /** One word as the chunker tagged it, with LanguageTool's readings of it when the two tokenizations agree. */
  record ChunkedWord(String chunk, AnalyzedTokenReadings readings) {}

  /** The chunk tags of each of {@code words}, in order. */
  static List<List<ChunkTag>> tags(List<ChunkedWord> words) {
    List<List<ChunkTag>> result = new ArrayList<>(words.size());
    String phrase = null;
    for (int i = 0; i < words.size(); i++) {
      String chunk = words.get(i).chunk();
      List<ChunkTag> tags = new ArrayList<>(2);
      if (BEGIN.equals(chunk)) {
        phrase = isPlural(words, i) ? "NP-plural" : "NP-singular";
        tags.add(new ChunkTag("B-" + phrase));
      }
      if (phrase != null && (i == words.size() - 1 || !INSIDE.equals(words.get(i + 1).chunk()))) {
        tags.add(new ChunkTag("E-" + phrase));
        phrase = null;
      }
      if (phrase != null && INSIDE.equals(chunk)) {
        tags.add(new ChunkTag("I-" + phrase));
      }
      result.add(tags.isEmpty() ? List.of(new ChunkTag(chunk)) : tags);
    }
    return result;
  }

  private static boolean isPlural(List<ChunkedWord> words, int start) {
    int last = start;
    while (last < words.size() - 1 && INSIDE.equals(words.get(last + 1).chunk())) {
      last++;
    }
    for (int i = last; i < words.size() && isNounPhrase(words.get(i).chunk()); i++) {
      if (canBePluralNoun(words.get(i).readings())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNounPhrase(String chunk) {
    return BEGIN.equals(chunk) || INSIDE.equals(chunk);
  }

  private static boolean canBePluralNoun(AnalyzedTokenReadings readings) {
    if (readings == null) {
      return false;
    }
    for (AnalyzedToken reading : readings.getReadings()) {
      if ("NNS".equals(reading.getPOSTag())) {
        return true;
      }
    }
    return false;
  }
}
