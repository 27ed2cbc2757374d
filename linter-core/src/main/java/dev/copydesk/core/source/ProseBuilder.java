package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.SourceMap;
import dev.copydesk.core.model.TextBuilder;
import dev.copydesk.core.model.TextRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds the checked text of a marked-up article block by block, as the Markdown and HTML readers
 * walk their parse trees. A block is held back until it ends, then trimmed and committed without
 * its boilerplate lines, unless nothing is left; committed blocks are separated by a blank line. The first paragraph
 * that is only a date becomes the {@link BlockKind#DATELINE}. Inline suppression comments are
 * placed at the text offset where they stand.
 */
final class ProseBuilder implements SourceAlignment.Sink {
  private final ReadOptions options;
  private final boolean collapseWhitespace;
  private final TextBuilder text = new TextBuilder();
  private final List<Block> blocks = new ArrayList<>();
  private final InlineSuppressions suppressions = new InlineSuppressions();
  private TextBuilder pending = new TextBuilder();
  private final List<PendingComment> pendingComments = new ArrayList<>();
  private BlockKind kind;
  private LocalDate datelineDate;
  private String titleText;

  private record PendingComment(String body, int index) {}

  /**
   * @param collapseWhitespace whether runs of whitespace become one space, as HTML renders them
   */
  ProseBuilder(ReadOptions options, boolean collapseWhitespace) {
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
    return blocks.stream().allMatch(b -> b.kind() == BlockKind.DATELINE);
  }

  /** Appends text a parser decoded from {@code source[from, to)}, each character mapped to its source. */
  void appendDecoded(String decoded, String source, int from, int to, SourceAlignment.Syntax syntax) {
    SourceAlignment.align(decoded, source, from, to, syntax, this);
  }

  /** Appends a space that stands for {@code source[from, to)} (a line break or a {@code <br>}). */
  void appendSpace(int from, int to) {
    put(' ', from, to);
  }

  /** Appends a line break inside the block that stands for {@code source[from, to)}. */
  void appendLineBreak(int from, int to) {
    if (pending.length() > 0) {
      pending.trimTrailingWhitespace();
      pending.appendDecoded("\n", from, to);
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

  @Override
  public void put(char c, int from, int to) {
    if (kind == null) {
      return;
    }
    CharSequence sofar = pending.text();
    if (isWhitespace(c)) {
      if (sofar.length() == 0 || (collapseWhitespace && isWhitespace(sofar.charAt(sofar.length() - 1)))) {
        return;
      }
      if (collapseWhitespace) {
        c = ' ';
      }
    }
    pending.appendDecoded(String.valueOf(c), from, to);
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
    int[] textOffset = new int[blockText.length() + 1];
    int start = text.length();
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
          text.appendDecoded(blockText.substring(i, i + 1), map.sourceStart(i), map.sourceEnd(i));
        }
      }
      blocks.add(new Block(TextRegion.of(start, text.length()), classify(text.text().subSequence(start, text.length()).toString())));
    }
    textOffset[blockText.length()] = text.length();
    for (PendingComment comment : pendingComments) {
      suppressions.comment(comment.body(), textOffset[Math.min(comment.index(), blockText.length())]);
    }
    pendingComments.clear();
    pending = new TextBuilder();
    kind = null;
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
  Article build(String path, String source, ArticleMetadata metadata) {
    endBlock();
    if (metadata.publicationDate() == null && datelineDate != null) {
      metadata = metadata.withPublicationDate(datelineDate, "dateline");
    }
    if (metadata.title() == null && titleText != null) {
      metadata = metadata.withTitle(titleText);
    }
    String checked = text.build();
    return new Article(path, source, checked, text.sourceMap(source.length()), new LineIndex(source),
        metadata, blocks, suppressions.finish(checked.length()));
  }

  private BlockKind classify(String blockText) {
    if (kind == BlockKind.TITLE && titleText == null) {
      titleText = blockText;
    }
    if (kind == BlockKind.PARAGRAPH && datelineDate == null && blocks.stream().noneMatch(b -> b.kind().isBody() || b.kind() == BlockKind.DATELINE)) {
      Optional<LocalDate> date = Dateline.parse(blockText);
      if (date.isPresent()) {
        datelineDate = date.get();
        return BlockKind.DATELINE;
      }
    }
    return kind;
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
