package dev.copydesk.rules.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.quotes.MarkKind;
import dev.copydesk.core.analysis.quotes.QuoteClass;
import dev.copydesk.core.analysis.quotes.QuoteUse;
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
import java.util.Optional;
import java.util.Set;

/**
 * Catches a quotation that nobody in the article is said to have said. A newsroom's first rule is
 * that every quotation has a source; a quote with none reads as the writer's own claim dressed up
 * as someone else's, or as a scare quote that sneers without saying at whom.
 *
 * <p>Each quotation is first classified ({@link QuoteUse}): reported speech or writing, a mention
 * (a title, name, term, slogan or survey option), quoted material (a block quotation, a UI string
 * or log line) or rhetorical speech. Only speech needs a source. A source is a speech or writing
 * verb (any WordNet {@code verb.communication} verb, by lemma) or noun with a speaker in the
 * quotation's sentence, before, after or interrupting it; a speaker and a colon; an introducing
 * sentence; the speaker of the quotation just before (a continuation paragraph); or the same words
 * quoted with a source elsewhere. Headlines, and lines set like them, are exempt.
 *
 * <p>Severity follows confidence. A quoted sentence standing on its own with no source and no
 * speech anywhere near it (its paragraph, the paragraph before, the start of the one after) is an
 * error. A short phrase is a warning only where the paragraph quotes other words the article
 * sources elsewhere, so that a reader asks who said this one ({@code The goal remains the
 * "permanent defeat" of Isis … The "strategic partnership" … remains.}). Any other unsourced
 * speech is info, which does not gate: the rule cannot tell it from a source it does not see.
 */
public final class UnattributedQuoteRule implements Rule {
  static final String ID = "unattributed-quote";
  private static final Set<BlockKind> EXEMPT = Set.of(BlockKind.TITLE, BlockKind.HEADING);
  private static final String SENTENCE_ENDINGS = ".!?…:;\"”'’)";
  private static final int MAX_PHRASE_WORDS = 5;
  private static final int SHOWN_WORDS = 8;

  private static final RuleInfo INFO = new RuleInfo(
      ID, Category.QUOTES, Severity.ERROR,
      "a quotation of someone's words with no speaker attributed in its sentence, paragraph or the one before",
      "The bridge opened in 1932. It carries 40,000 cars a day across the river.\n\n"
          + "\"We will finish the repairs before the winter.\"",
      "The bridge opened in 1932. It carries 40,000 cars a day across the river.\n\n"
          + "\"We will finish the repairs before the winter,\" the mayor said.");

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
      QuoteClass c = quotations.classOf(q);
      if (words.isEmpty() || !c.use().needsSource()) {
        continue;
      }
      QuotedSpan span = QuotedSpan.of(article, q);
      Optional<String> doubt = quotations.doubtOf(q);
      if (c.sentence() && c.standalone() && doubt.isEmpty()) {
        context.report(sentence(q, words, span));
      } else if (!c.sentence() && c.besideSourcedSpeech() && span.words() > 1 && span.words() <= MAX_PHRASE_WORDS
          && q.kind() == MarkKind.DOUBLE && !span.capitalized() && asked.add(words.toLowerCase(Locale.ROOT))) {
        context.report(phrase(q, words, span));
      } else if (asked.add(words.toLowerCase(Locale.ROOT))) {
        context.report(doubtful(q, words, span, c, doubt));
      }
    }
  }

  private static Issue sentence(Quotation q, String words, QuotedSpan span) {
    return Issue.at(q.region(),
            "Quoted sentence with no source: \"" + shown(words) + "\" stands on its own, and neither its paragraph nor"
                + " the paragraph before names a speaker with a speech verb (said, told, wrote, according to…)."
                + " Attribute it, e.g. \"…,\" she said, or drop the quote marks if these are the article's own words.")
        .because("searched the sentence " + span.where() + ", its paragraph, the paragraph before and the start of"
            + " the one after for a speaker with a speech verb or noun, an introduction ending in a colon, or a"
            + " quotation by a named speaker; found none");
  }

  private static Issue phrase(Quotation q, String words, QuotedSpan span) {
    return Issue.at(q.region(),
            "Who said \"" + words + "\"? Its paragraph quotes words the article sources elsewhere, but these have no"
                + " speaker: no speech verb with a speaker in its sentence and no source for them elsewhere in the article."
                + " Attribute it (… \"" + words + ",\" the ministry said) or drop the quote marks.")
        .because("searched its sentence " + span.where() + " and the article for a speaker of these words; found none")
        .severity(Severity.WARNING);
  }

  private static Issue doubtful(Quotation q, String words, QuotedSpan span, QuoteClass c, Optional<String> doubt) {
    String why = doubt.map(d -> d + " may be its source").orElse("it is " + c.why() + " inside the article's own sentence");
    return Issue.at(q.region(),
            "Possibly unsourced quotation \"" + shown(words) + "\": no speaker in its sentence, but " + why
                + ". Check that the reader can tell who said it; if not, attribute it (\"…,\" she said) or drop the quote marks.")
        .because("searched the sentence " + span.where() + " for a speech verb with a speaker; found none; not sure, so info")
        .severity(Severity.INFO);
  }

  private static String shown(String words) {
    String[] w = words.split("\\s+");
    return w.length <= SHOWN_WORDS ? words : String.join(" ", java.util.Arrays.copyOf(w, SHOWN_WORDS)) + " …";
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
