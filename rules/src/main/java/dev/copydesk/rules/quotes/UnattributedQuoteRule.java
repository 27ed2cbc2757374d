package dev.copydesk.rules.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.quotes.MarkKind;
import dev.copydesk.core.analysis.quotes.Quotation;
import dev.copydesk.core.analysis.quotes.Quotations;
import dev.copydesk.core.analysis.quotes.StrayMark;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Catches a quotation that nobody in the article is said to have said. A newsroom's first rule is
 * that every quotation has a source; a quote with none reads as the writer's own claim dressed up
 * as someone else's, or as a scare quote that sneers without saying at whom.
 *
 * <p>A quotation is sourced when its sentence has a speech or writing verb with a speaker ("he
 * said", "said the minister", "according to", "in a statement"), before it with a colon, after it
 * or interrupting it; when the sentence before introduces it ("He said:") or the paragraph before
 * ends with the same speaker's quotation; when the same words are quoted with a source elsewhere;
 * or when it names a thing (the so-called …, the famous phrase …, a title, a nickname). Headlines,
 * and lines set like them (without closing punctuation), are exempt: their quotes are sourced in
 * the story.
 *
 * <p>A quoted sentence or clause with no source is an error; a short quoted phrase in double marks
 * is a warning asking who said it. A single quoted word ("the word "clones"") is taken for a term
 * being mentioned, and a phrase in single marks outside any quotation for British-style or
 * headline-style mention; neither is flagged, as most are terms rather than someone's words. Nor
 * is a phrase that starts with a capital in mid-sentence ("Smart folders"), a product or feature
 * name; and the same phrase is asked about once per article. Example: {@code The "strategic partnership" between Washington and Baghdad
 * remains.} is flagged: who called it that?
 */
public final class UnattributedQuoteRule implements Rule {
  static final String ID = "unattributed-quote";
  private static final Set<BlockKind> EXEMPT = Set.of(BlockKind.TITLE, BlockKind.HEADING);
  private static final String SENTENCE_ENDINGS = ".!?…:;\"”'’)";
  private static final String LOOKED_FOR = "a speech verb with a speaker (said, told, wrote, according to, in a statement…)"
      + " in its sentence, an introduction in the sentence before (\"He said:\"), a quotation by a named speaker"
      + " just before it, or the same words quoted with a source elsewhere";

  private static final RuleInfo INFO = new RuleInfo(
      ID, Category.QUOTES, Severity.ERROR,
      "a quotation with no speaker attributed in its sentence, paragraph or the one before",
      "The \"strategic partnership\" between Washington and Baghdad remains.",
      "The \"strategic partnership\" between Washington and Baghdad remains, the White House said.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    Quotations quotations = Quotations.of(article);
    Set<String> asked = new HashSet<>();
    Set<Block> unpaired = blocksWithStrayMarks(article, quotations);
    for (Quotation q : quotations.topLevel()) {
      if (q.continued() || unpaired.contains(q.block()) || isHeadline(article, q.block())
          || quotations.attributionOf(q).isPresent() || inForeignText(article, q)) {
        continue;
      }
      String words = q.contentIn(article.text()).strip();
      if (words.isEmpty()) {
        continue;
      }
      QuotedSpan span = QuotedSpan.of(article, q);
      if (span.isClause()) {
        context.report(clause(q, span));
      } else if (span.words() > 1 && q.kind() == MarkKind.DOUBLE && !span.capitalized()
          && asked.add(words.toLowerCase(Locale.ROOT))) {
        context.report(phrase(q, words, span));
      }
    }
  }

  private static Issue clause(Quotation q, QuotedSpan span) {
    return Issue.at(q.region(),
            "Quotation with no source: no speech verb with a speaker (said, told, according to…) in its sentence,"
                + " and no introduction or quoted speaker just before it. Name the speaker (\"…,\" she said) or"
                + " drop the quote marks if these are the article's own words.")
        .because("looked for " + LOOKED_FOR + "; found none " + span.where());
  }

  private static Issue phrase(Quotation q, String words, QuotedSpan span) {
    return Issue.at(q.region(),
            "Who said \"" + words + "\"? No speech verb with a speaker in its sentence and no source for these"
                + " words elsewhere in the article; a quoted phrase without one reads as a scare quote. Attribute it"
                + " or drop the quote marks.")
        .because("looked for " + LOOKED_FOR + "; found none " + span.where())
        .severity(Severity.WARNING);
  }

  /** A headline, or a line set like one (no closing punctuation): its quotes are sourced in the story. */
  private static boolean isHeadline(AnalyzedArticle article, Block block) {
    if (EXEMPT.contains(block.kind())) {
      return true;
    }
    String line = block.region().in(article.text());
    int end = line.length();
    while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || Character.isSpaceChar(line.charAt(end - 1)))) {
      end--;
    }
    return end > 0 && SENTENCE_ENDINGS.indexOf(line.charAt(end - 1)) < 0;
  }

  private static boolean inForeignText(AnalyzedArticle article, Quotation q) {
    for (Sentence s : article.sentences()) {
      if (s.foreign() && s.region().contains(q.opening())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The paragraphs with a quote mark that pairs with nothing: there the marks cannot be told
   * apart reliably, so which words are quoted is unknown. {@code unbalanced-quote} reports the
   * mark; judging attribution on a guessed pairing would only add a second, doubtful finding.
   */
  private static Set<Block> blocksWithStrayMarks(AnalyzedArticle article, Quotations quotations) {
    Set<Block> blocks = new HashSet<>();
    for (StrayMark stray : quotations.strayMarks()) {
      Block block = article.article().blockAt(stray.mark().offset());
      if (block != null) {
        blocks.add(block);
      }
    }
    return blocks;
  }
}
