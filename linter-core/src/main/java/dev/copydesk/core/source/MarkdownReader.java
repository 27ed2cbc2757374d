package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.model.BlockKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown article (CommonMark, with GitHub tables) as site repositories hold it: with
 * YAML, TOML or JSON front matter ({@link FrontMatter}) and template syntax (Hugo shortcodes,
 * Liquid, Go templates; in MDX also JSX, expressions and ESM: {@link TemplateSyntax}).
 *
 * <p>The prose is the text of paragraphs, headings, list items, block quotes and table cells,
 * without the markup: emphasis and link delimiters, link and image URLs (an autolink's text is
 * its URL and is kept), fenced and indented code, HTML and comments, template syntax and the
 * front matter are not checked; the prose inside a paired shortcode or between a component's
 * tags is. Inline code becomes a placeholder word (see {@link ProseBuilder}). Every text
 * character maps to its exact source character; a backslash escape or an entity maps to its
 * whole source range, a soft line break becomes a space that maps to the line break.
 *
 * <p>Template syntax is found after a first CommonMark parse (which tells where code is), then
 * masked with letters, line breaks kept, so that a second parse sees the Markdown structure
 * around it (a shortcode in a link target, a Liquid tag in {@code <img src>}) and none inside
 * it; the masked characters never reach the text. A file without template syntax is parsed once.
 *
 * <p>The front matter's title and date are the article's metadata; a first paragraph that is
 * only a date is the dateline. {@code <!-- copydesk-disable RULE -->} comments suppress findings.
 */
public final class MarkdownReader implements SourceReader {
  /** CommonMark parsers are thread-safe; one serves every article. */
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();
  /** An abbreviated or full Git commit hash. */
  private static final Pattern COMMIT_HASH = Pattern.compile("[0-9a-f]{7,40}");
  /** What masked template syntax becomes: a letter, inert in Markdown. */
  private static final char MASK = 'x';

  private final boolean mdx;

  /** A reader of CommonMark files ({@code .md}, {@code .markdown}, {@code .mdown}). */
  public MarkdownReader() {
    this(false);
  }

  private MarkdownReader(boolean mdx) {
    this.mdx = mdx;
  }

  /** A reader of MDX files ({@code .mdx}): Markdown with JSX components, expressions, imports and exports. */
  public static MarkdownReader mdx() {
    return new MarkdownReader(true);
  }

  @Override
  public Article read(String path, String source, ReadOptions options) {
    FrontMatter frontMatter = FrontMatter.of(source);
    int bodyStart = frontMatter.bodyStart();
    Node document = PARSER.parse(source.substring(bodyStart));
    List<TemplateSyntax.Span> markup = TemplateSyntax.find(source, bodyStart, codeRegions(document, bodyStart), mdx);
    String parsed = source;
    BitSet masked = new BitSet();
    if (!markup.isEmpty()) {
      char[] chars = source.toCharArray();
      for (TemplateSyntax.Span span : markup) {
        for (int i = span.start(); i < span.end(); i++) {
          if (chars[i] != '\n' && chars[i] != '\r') {
            chars[i] = MASK;
            masked.set(i);
          }
        }
      }
      parsed = new String(chars);
      document = PARSER.parse(parsed.substring(bodyStart));
    }
    ProseBuilder prose = new ProseBuilder(source, parsed, masked, options, false);
    new Walker(parsed, bodyStart, prose).blocks(document, BlockKind.PARAGRAPH);
    ArticleMetadata metadata = new ArticleMetadata(frontMatter.title(), frontMatter.date(), frontMatter.date() == null ? null : "front matter",
        frontMatter.warnings());
    return prose.build(path, metadata);
  }

  /** The source ranges of the code blocks and code spans of {@code document}, in order. */
  private static List<TemplateSyntax.Span> codeRegions(Node document, int offset) {
    List<TemplateSyntax.Span> regions = new ArrayList<>();
    collectCode(document, offset, regions);
    return regions;
  }

  private static void collectCode(Node parent, int offset, List<TemplateSyntax.Span> regions) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Code) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
          SourceSpan last = spans.get(spans.size() - 1);
          regions.add(new TemplateSyntax.Span(offset + spans.get(0).getInputIndex(), offset + last.getInputIndex() + last.getLength()));
        }
      } else {
        collectCode(node, offset, regions);
      }
    }
  }

  /** Walks the CommonMark tree in document order, feeding the prose to the builder. */
  private static final class Walker {
    private final String source;
    private final int offset;
    private final ProseBuilder prose;
    /** The source offset just past the last inline node seen. */
    private int lastEnd;

    Walker(String source, int offset, ProseBuilder prose) {
      this.source = source;
      this.offset = offset;
      this.prose = prose;
      this.lastEnd = offset;
    }

    void blocks(Node parent, BlockKind context) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Paragraph) {
          textBlock(node, context);
        } else if (node instanceof Heading heading) {
          boolean title = heading.getLevel() == 1 && parent instanceof Document && prose.atTop();
          textBlock(node, title ? BlockKind.TITLE : BlockKind.HEADING);
        } else if (node instanceof ListItem) {
          if (!isCommitEntry(node)) {
            blocks(node, BlockKind.LIST_ITEM);
          }
        } else if (node instanceof BlockQuote) {
          blocks(node, BlockKind.BLOCK_QUOTE);
        } else if (node instanceof TableCell) {
          textBlock(node, BlockKind.PARAGRAPH);
        } else if (node instanceof ListBlock || node instanceof CustomBlock || node instanceof CustomNode) {
          blocks(node, context);
        } else if (node instanceof HtmlBlock html) {
          prose.markup(html.getLiteral());
        }
        // code blocks, thematic breaks and link reference definitions are not prose
      }
    }

    /**
     * Whether a list item is an entry of a changelog generated from commits: it opens with a
     * link whose text is a commit hash (hex digits, at least one a digit; all digits only when the
     * link goes to a commit) ({@code - [[`d339497688`](…/commit/d339497688)] - **deps**:
     * update …}), as release tools write them. Such entries are commit messages, not copy.
     */
    private static boolean isCommitEntry(Node item) {
      Node first = item.getFirstChild();
      if (!(first instanceof Paragraph)) {
        return false;
      }
      Node inline = first.getFirstChild();
      while (inline instanceof Text text && text.getLiteral().matches("[\\s\\[]*")) {
        inline = inline.getNext();
      }
      if (!(inline instanceof Link link) || link.getFirstChild() == null || link.getFirstChild().getNext() != null) {
        return false;
      }
      Node label = link.getFirstChild();
      String literal = label instanceof Code code ? code.getLiteral() : label instanceof Text text ? text.getLiteral() : "";
      return COMMIT_HASH.matcher(literal).matches() && literal.chars().anyMatch(Character::isDigit)
          && (link.getDestination().contains("/commit") || literal.chars().anyMatch(Character::isLetter));
    }

    private void textBlock(Node node, BlockKind kind) {
      prose.startBlock(kind);
      List<SourceSpan> spans = node.getSourceSpans();
      lastEnd = spans.isEmpty() ? lastEnd : start(spans.get(0));
      inlines(node);
      prose.endBlock();
    }

    private void inlines(Node parent) {
      for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
        if (node instanceof Text text) {
          List<SourceSpan> spans = text.getSourceSpans();
          if (!spans.isEmpty()) {
            prose.appendDecoded(text.getLiteral(), start(spans.get(0)), end(spans.get(spans.size() - 1)), SourceAlignment.Syntax.MARKDOWN);
          }
        } else if (node instanceof SoftLineBreak) {
          int[] lineBreak = nextLineBreak();
          prose.appendSpace(lineBreak[0], lineBreak[1]);
        } else if (node instanceof HardLineBreak) {
          int[] lineBreak = nextLineBreak();
          prose.appendLineBreak(lineBreak[0], lineBreak[1]);
        } else if (node instanceof HtmlInline html) {
          prose.inlineMarkup(html.getLiteral());
        } else if (node instanceof Code code) {
          apostrophes(code);
        } else {
          inlines(node);
        }
        List<SourceSpan> spans = node.getSourceSpans();
        if (!spans.isEmpty()) {
          lastEnd = Math.max(lastEnd, end(spans.get(spans.size() - 1)));
        }
      }
    }

    /**
     * A code span is not prose: it becomes a placeholder word. Unless its backticks stand inside
     * words: writers who type "don`t … can`t" mean apostrophes, and CommonMark pairs them into a
     * code span. Such a span is prose, copied verbatim with its backticks.
     */
    private void apostrophes(Code code) {
      List<SourceSpan> spans = code.getSourceSpans();
      if (spans.isEmpty()) {
        return;
      }
      int start = start(spans.get(0));
      int end = end(spans.get(spans.size() - 1));
      boolean opensInWord = start > 0 && Character.isLetterOrDigit(source.charAt(start - 1));
      boolean closesInWord = end < source.length() && Character.isLetterOrDigit(source.charAt(end));
      if (opensInWord || closesInWord) {
        prose.appendDecoded(source.substring(start, end), start, end, SourceAlignment.Syntax.VERBATIM);
      } else {
        prose.appendPlaceholder(start, end);
      }
    }

    /** The line terminator after the last inline node, as {@code [start, end)}. */
    private int[] nextLineBreak() {
      int i = lastEnd;
      while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
        i++;
      }
      int end = i >= source.length() ? i : source.startsWith("\r\n", i) ? i + 2 : i + 1;
      lastEnd = end;
      return new int[] {i, end};
    }

    private int start(SourceSpan span) {
      return offset + span.getInputIndex();
    }

    private int end(SourceSpan span) {
      return offset + span.getInputIndex() + span.getLength();
    }
  }
}
