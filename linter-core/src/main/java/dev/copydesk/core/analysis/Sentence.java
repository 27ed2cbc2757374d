package dev.copydesk.core.analysis;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.TextRegion;
import java.util.List;
import org.languagetool.AnalyzedSentence;

/**
 * A sentence of an article, with its tokens and LanguageTool's analysis of it.
 *
 * @param region where it is in the checked text (trailing whitespace included, as LanguageTool
 *     splits)
 * @param text the sentence text
 * @param tokens its tokens, without whitespace
 * @param languageToolSentence LanguageTool's analysis, for rules that wrap LanguageTool rules;
 *     token positions in it are relative to {@code region.start()}
 * @param block the block the sentence is in
 * @param foreign whether the sentence is not in English (it is then not checked as English)
 */
public record Sentence(
    TextRegion region,
    String text,
    List<Token> tokens,
    AnalyzedSentence languageToolSentence,
    Block block,
    boolean foreign) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** The words of the sentence: tokens that start with a letter. */
  public List<Token> words() {
    return tokens.stream().filter(Token::isWord).toList();
  }

  /** This sentence marked as not English. */
  public Sentence asForeign() {
    return new Sentence(region, text, tokens, languageToolSentence, block, true);
  }
}
