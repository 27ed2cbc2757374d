package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.model.BlockKind;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
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
 * Reads a Markdown article (CommonMark, with GitHub tables) with optional YAML front matter.
 *
 * <p>The prose is the text of paragraphs, headings, list items, block quotes and table cells,
 * without the markup: emphasis and link delimiters, link and image URLs (an autolink's text is
 * its URL and is kept), code (fenced, indented and inline), HTML and comments and the front
 * matter are not checked. Every text character maps to its exact source character; a backslash
 * escape or an entity maps to its whole source range, a soft line break becomes a space that maps
 * to the line break. The front matter's {@code title} and {@code date} are the article's
 * metadata; a first paragraph that is only a date is the dateline. {@code <!-- copydesk-disable
 * RULE -->} comments suppress findings.
 */
public final class MarkdownReader implements SourceReader {
  /** CommonMark parsers are thread-safe; one serves every article. */
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();

  @Override
  public Article read(String path, String source, ReadOptions options) {
    FrontMatter frontMatter = FrontMatter.of(source);
    Node document = PARSER.parse(source.substring(frontMatter.bodyStart()));
    ProseBuilder prose = new ProseBuilder(source, options, false);
    new Walker(source, frontMatter.bodyStart(), prose).blocks(document, BlockKind.PARAGRAPH);
    ArticleMetadata metadata = new ArticleMetadata(frontMatter.title(), frontMatter.date(), frontMatter.date() == null ? null : "front matter",
        frontMatter.warnings());
    return prose.build(path, metadata);
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
          blocks(node, BlockKind.LIST_ITEM);
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
          prose.markup(html.getLiteral());
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
     * A code span is not prose, unless its backticks stand inside words: writers who type
     * "don`t … can`t" mean apostrophes, and CommonMark pairs them into a code span. Such a span is
     * prose, copied verbatim with its backticks.
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
        prose.gap();
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
