package dev.copydesk.core.analysis;

import dev.copydesk.core.model.TextRegion;
import java.util.List;

/**
 * A token of a sentence, as LanguageTool's English tokenizer and tagger saw it.
 *
 * @param text the token's text
 * @param region where it is in the article's checked text
 * @param tags its part-of-speech tags (Penn tags: {@code NNP}, {@code VBD}…), empty when the
 *     tagger does not know the word
 * @param lemmas the lemmas of its readings, in the order of {@code tags}
 * @param sentenceInitial whether it is the first token of its sentence
 */
public record Token(String text, TextRegion region, List<String> tags, List<String> lemmas, boolean sentenceInitial) {

  public Token {
    tags = List.copyOf(tags);
    lemmas = List.copyOf(lemmas);
  }

  /** Whether the tagger knows this word (it has at least one part-of-speech tag). */
  public boolean isKnownWord() {
    return !tags.isEmpty();
  }

  /** Whether one of its tags starts with {@code prefix} ({@code "NNP"}, {@code "VB"}). */
  public boolean hasTagStartingWith(String prefix) {
    for (String tag : tags) {
      if (tag.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token is a word: it starts with a letter. */
  public boolean isWord() {
    return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
  }

  /** Whether the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
