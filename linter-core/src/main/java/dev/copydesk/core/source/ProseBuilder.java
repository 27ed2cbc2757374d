package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.TextBuilder;
import dev.copydesk.core.model.TextRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Builds the checked text of a marked-up article block by block, as the Markdown and HTML readers
 * walk their parse trees. A block is held back until it ends, then trimmed and committed without
 * its boilerplate lines, unless nothing is left; committed blocks are separated by a blank line.
 * The first paragraph that is only a date becomes the {@link BlockKind#DATELINE}. Inline
 * suppression comments are placed at the text offset where they stand.
 *
 * <p>Source characters marked as markup (template syntax the parser read as text) are left out
 * the way inline HTML is. Inline code becomes the placeholder word {@value #CODE_PLACEHOLDER},
 * mapped to the whole code span, so the analysis reads a sentence with a word where the code
 * stood ("an codeSpan object": the article is not judged, not against the code's first letter
 * nor against the word after it), and no
 * finding of any rule is reported on the placeholder itself.
 */
final class ProseBuilder implements SourceAlignment.Sink {
  /**
   * The word that stands for a code span in the checked text: an identifier-like word in mixed
   * case, which LanguageTool's a/an rule never judges (it cannot know how such a word is said)
   * and which no term, name or spelling check pairs with a word of prose.
   */
  static final String CODE_PLACEHOLDER = "codeSpan";
  /** Punctuation that closes up to the word before it when markup between them was left out. */
  private static final String CLOSING_PUNCTUATION = ".,;:!?)]";

  private final String source;
  /** The source the parser read: {@link #source} with its markup spans masked. */
  private final String parsed;
  private final BitSet markup;
  private final ReadOptions options;
  private final boolean collapseWhitespace;
  private final TextBuilder text = new TextBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final InlineSuppressions suppressions = new InlineSuppressions();
  private TextBuilder pending = new TextBuilder();
  private final List<PendingComment> pendingComments = new ArrayList<>();
  /** Placeholders of the open block, as {@code [start, end)} in the pending text. */
  private final List<int[]> pendingPlaceholders = new ArrayList<>();
  private final List<TextRegion> placeholders = new ArrayList<>();
  private BlockKind kind;
  private LocalDate datelineDate;
  private String titleText;
  /** Whether a block other than the dateline has been committed. */
  private boolean pastTop;
  /** Whether a body block or the dateline has been committed: a dateline must come before. */
  private boolean bodyOrDatelineSeen;
  /** Whether something that is not prose was just left out, so the space after it may double. */
  private boolean afterGap;

  private record PendingComment(String body, int index) {}

  /**
   * @param collapseWhitespace whether runs of whitespace become one space, as HTML renders them
   */
  ProseBuilder(String source, ReadOptions options, boolean collapseWhitespace) {
    this(source, source, new BitSet(), options, collapseWhitespace);
  }

  /**
   * @param parsed what the parser read: {@code source} with the characters set in {@code markup}
   *     masked; decoded text is aligned with it
   * @param markup the source characters that are markup, left out wherever the parser puts them
   */
  ProseBuilder(String source, String parsed, BitSet markup, ReadOptions options, boolean collapseWhitespace) {
    this.source = source;
    this.parsed = parsed;
    this.markup = markup;
    this.options = options;
    this.collapseWhitespace = collapseWhitespace;
  }

  /** Ends the open block, if any, and opens one of {@code blockKind}. */
  void startBlock(BlockKind blockKind) {
    endBlock();
    kind = blockKind;
  }

  /** Opens a block of {@code blockKind} unless one is open. */
  void ensureBlock(BlockKind blockKind) {
    if (kind == null) {
      kind = blockKind;
    }
  }

  /** Whether a block is open. */
  boolean inBlock() {
    return kind != null;
  }

  /** Whether nothing but a dateline has been committed yet: a headline here is the title. */
  boolean atTop() {
    return !pastTop;
  }

  /** Appends text a parser decoded from {@code source[from, to)}, each character mapped to its source. */
  void appendDecoded(String decoded, int from, int to, SourceAlignment.Syntax syntax) {
    SourceAlignment.align(decoded, parsed, from, to, syntax, this);
  }

  /** Appends the placeholder word for the code span {@code source[from, to)}. */
  void appendPlaceholder(int from, int to) {
    if (kind == null) {
      return;
    }
    int start = pending.length();
    for (int i = 0; i < CODE_PLACEHOLDER.length(); i++) {
      put(CODE_PLACEHOLDER.charAt(i), from, to);
    }
    pendingPlaceholders.add(new int[] {start, pending.length()});
  }

  /** Appends a space that stands for {@code source[from, to)} (a soft line break). */
  void appendSpace(int from, int to) {
    put(' ', from, to);
  }

  /** Appends a line break inside the block that stands for {@code source[from, to)}. */
  void appendLineBreak(int from, int to) {
    if (pending.length() > 0) {
      pending.trimTrailingWhitespace();
      append(pending, '\n', from, to);
    }
  }

  /** Applies the suppression directive of an HTML comment (its text between the delimiters). */
  void comment(String body) {
    if (kind != null) {
      pendingComments.add(new PendingComment(body, pending.length()));
    } else {
      suppressions.comment(body, text.length());
    }
  }

  /** Applies the suppression directives in the comments of raw markup. */
  void markup(String html) {
    for (String body : InlineSuppressions.commentBodies(html)) {
      comment(body);
    }
  }

  /** Like {@link #markup(String)}, for markup inside a block (inline HTML): the text closes over it. */
  void inlineMarkup(String html) {
    markup(html);
    afterGap = true;
  }

  @Override
  public void put(char c, int from, int to) {
    if (kind == null) {
      return;
    }
    if (to > from && markup.get(from)) {
      afterGap = true;
      return;
    }
    CharSequence sofar = pending.text();
    boolean gapBefore = afterGap;
    afterGap = false;
    if (isWhitespace(c)) {
      if (sofar.length() == 0 || ((collapseWhitespace || gapBefore) && isWhitespace(sofar.charAt(sofar.length() - 1)))) {
        afterGap = gapBefore;
        return;
      }
      if (collapseWhitespace) {
        c = ' ';
      }
    }
    if (gapBefore && CLOSING_PUNCTUATION.indexOf(c) >= 0) {
      pending.trimTrailingWhitespace();
    }
    append(pending, c, from, to);
  }

  /**
   * Ends the open block: commits its lines that are not boilerplate (lines are separated by hard
   * line breaks), unless nothing is left.
   */
  void endBlock() {
    if (kind == null) {
      return;
    }
    String blockText = pending.trimTrailingWhitespace().build();
    boolean[] kept = keptCharacters(blockText);
    int start = text.length();
    int[] textOffset = new int[blockText.length() + 1];
    Arrays.fill(textOffset, start);
    int keptCount = 0;
    for (boolean k : kept) {
      keptCount += k ? 1 : 0;
    }
    if (keptCount > 0) {
      if (start > 0) {
        text.appendSeparator("\n\n");
        start = text.length();
      }
      SourceMap map = pending.sourceMap(0);
      for (int i = 0; i < blockText.length(); i++) {
        textOffset[i] = text.length();
        if (kept[i]) {
          append(text, blockText.charAt(i), map.sourceStart(i), map.sourceEnd(i));
        }
      }
      blocks.add(new Block(TextRegion.of(start, text.length()), classify(text.text().subSequence(start, text.length()).toString())));
    }
    textOffset[blockText.length()] = text.length();
    for (PendingComment comment : pendingComments) {
      suppressions.comment(comment.body(), textOffset[Math.min(comment.index(), blockText.length())]);
    }
    pendingComments.clear();
    for (int[] p : pendingPlaceholders) {
      int from = textOffset[Math.min(p[0], blockText.length())];
      int to = textOffset[Math.min(p[1], blockText.length())];
      if (to > from) {
        placeholders.add(TextRegion.of(from, to));
      }
    }
    pendingPlaceholders.clear();
    pending = new TextBuilder();
    kind = null;
    afterGap = false;
  }

  /** Which characters of a block stay: those of its lines that are not blank or boilerplate. */
  private boolean[] keptCharacters(String blockText) {
    boolean[] kept = new boolean[blockText.length()];
    boolean anyKept = false;
    int lineStart = 0;
    while (lineStart <= blockText.length()) {
      int lineEnd = blockText.indexOf('\n', lineStart);
      lineEnd = lineEnd < 0 ? blockText.length() : lineEnd;
      String line = blockText.substring(lineStart, lineEnd);
      if (!line.isBlank() && !options.isBoilerplate(line)) {
        if (anyKept) {
          kept[lineStart - 1] = true;
        }
        Arrays.fill(kept, lineStart, lineEnd, true);
        anyKept = true;
      }
      lineStart = lineEnd + 1;
    }
    return kept;
  }

  /**
   * The finished article. What {@code metadata} (from front matter or HTML meta) does not say is
   * taken from the text: the publication date from the dateline, the title from the title block.
   */
  Article build(String path, ArticleMetadata metadata) {
    endBlock();
    if (metadata.publicationDate() == null && datelineDate != null) {
      metadata = metadata.withPublicationDate(datelineDate, "dateline");
    }
    if (metadata.title() == null && titleText != null) {
      metadata = metadata.withTitle(titleText);
    }
    String checked = text.build();
    List<Suppression> silenced = new ArrayList<>(suppressions.finish(checked.length()));
    for (TextRegion placeholder : placeholders) {
      silenced.add(new Suppression(Suppression.ALL_RULES, placeholder));
    }
    return new Article(path, source, checked, text.sourceMap(source.length()), new LineIndex(source),
        metadata, blocks, silenced);
  }

  private BlockKind classify(String blockText) {
    BlockKind result = kind;
    if (kind == BlockKind.TITLE && titleText == null) {
      titleText = blockText;
    }
    if (kind == BlockKind.PARAGRAPH && !bodyOrDatelineSeen) {
      Optional<LocalDate> date = Dateline.parse(blockText);
      if (date.isPresent()) {
        datelineDate = date.get();
        result = BlockKind.DATELINE;
      }
    }
    pastTop |= result != BlockKind.DATELINE;
    bodyOrDatelineSeen |= result.isBody() || result == BlockKind.DATELINE;
    return result;
  }

  private void append(TextBuilder builder, char c, int from, int to) {
    if (to == from + 1 && source.charAt(from) == c) {
      builder.appendSource(source, from, to);
    } else {
      builder.appendDecoded(String.valueOf(c), from, to);
    }
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
