package dev.copydesk.core.analysis;

import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which blocks of an article are display copy rather than body text: the headline, headings and
 * dateline; lines set like headlines (no closing punctuation: related-story links, pull quotes);
 * and the standfirst of a wire story, the paragraph between the headline and a body that opens
 * with a wire dateline ("Washington (AsiaNews/Agencies) - …").
 *
 * <p>Display copy follows headline style (AP writes "US" in headlines and decks, "U.S." in body
 * text) and its capitals are headline capitals, so body-style and name checks leave it alone.
 */
public final class DisplayCopy {
  private static final int MAX_HEADLINE_LIKE_WORDS = 25;
  /** "Washington (AsiaNews/Agencies) -", "LONDON (Reuters) —", "BEIRUT, July 3 (AP) —". */
  private static final Pattern WIRE_DATELINE =
      Pattern.compile("^\\p{Lu}[\\p{L}.' -]{1,40}(?:, [^()]{3,20})?\\s*\\([^()]{2,40}\\)\\s*[-–—:]");
  private static final Pattern CLOSING = Pattern.compile("[.!?…:;\"”’')\\]]$");

  private final Map<Block, Boolean> display = new IdentityHashMap<>();

  private DisplayCopy(List<Block> blocks, String text) {
    Block previous = null;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String blockText = block.region().in(text).strip();
      boolean isDisplay = block.kind() != BlockKind.PARAGRAPH && block.kind() != BlockKind.LIST_ITEM
          && block.kind() != BlockKind.BLOCK_QUOTE
          || isHeadlineLike(blockText)
          || isStandfirst(previous, blocks, i, text);
      display.put(block, isDisplay);
      previous = block;
    }
  }

  /** The display copy of {@code article}, worked out once per article. */
  public static DisplayCopy of(AnalyzedArticle article) {
    return article.derived(DisplayCopy.class, a -> new DisplayCopy(a.article().blocks(), a.text()));
  }

  /** Whether {@code block} is display copy (headline style), not body text. */
  public boolean isDisplay(Block block) {
    return display.getOrDefault(block, Boolean.FALSE);
  }

  /** The sentences of body text: English sentences outside display copy. */
  public List<Sentence> bodySentences(AnalyzedArticle article) {
    List<Sentence> body = new ArrayList<>();
    for (Sentence s : article.englishSentences()) {
      if (!isDisplay(s.block())) {
        body.add(s);
      }
    }
    return body;
  }

  private static boolean isHeadlineLike(String blockText) {
    return !blockText.isEmpty() && !CLOSING.matcher(blockText).find()
        && blockText.split("\\s+").length <= MAX_HEADLINE_LIKE_WORDS;
  }

  private static boolean isStandfirst(Block previous, List<Block> blocks, int index, String text) {
    if (previous == null || previous.kind() != BlockKind.TITLE || index + 1 >= blocks.size()) {
      return false;
    }
    Block next = blocks.get(index + 1);
    return next.kind() == BlockKind.PARAGRAPH && WIRE_DATELINE.matcher(next.region().in(text).strip()).find();
  }
}
