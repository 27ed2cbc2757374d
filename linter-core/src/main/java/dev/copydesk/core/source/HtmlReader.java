package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.model.BlockKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML article (jsoup, with source positions).
 *
 * <p>The prose is the text of paragraphs, headings, list items, block quotes, figure captions,
 * table cells, definition lists and text standing directly in the body, an article or a div; when
 * the page has an {@code <article>} or {@code <main>}, only the first of them is read. Scripts,
 * styles, navigation, headers, footers, asides, forms, templates and code are not prose. Inline
 * tags ({@code a}, {@code em}, {@code span}…) do not break the text; block tags do. An entity
 * decodes to one character mapped to the whole entity in the source; a run of whitespace becomes
 * one space. The title is the {@code <title>} (else {@code og:title}); the publication date is
 * {@code article:published_time}, else the first {@code <time datetime>}, else the dateline.
 * {@code <!-- copydesk-disable RULE -->} comments suppress findings.
 */
public final class HtmlReader implements SourceReader {
  private static final Set<String> NOT_PROSE = Set.of(
      "head", "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "template",
      "pre", "code", "textarea", "select", "button", "svg", "math", "iframe", "object", "canvas",
      "audio", "video", "title");
  /** Elements that begin and end a block of text; every other element is inline. */
  private static final Set<String> BLOCK_ELEMENTS = Set.of(
      "html", "body", "article", "main", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6",
      "ul", "ol", "li", "dl", "dd", "dt", "blockquote", "figure", "figcaption", "table", "caption",
      "thead", "tbody", "tfoot", "tr", "td", "th", "hr", "address", "details", "summary", "center",
      "fieldset", "hgroup", "menu", "dialog", "picture", "img");
  /** Block elements whose own text is prose. */
  private static final Set<String> PROSE_ELEMENTS = Set.of(
      "body", "article", "main", "section", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li",
      "blockquote", "figcaption", "td", "th", "dd", "dt", "address", "center", "caption", "summary");

  @Override
  public Article read(String path, String source, ReadOptions options) {
    Document document = Parser.htmlParser().setTrackPosition(true).parseInput(source, "");
    Element root = document.selectFirst("article, main");
    ProseBuilder prose = new ProseBuilder(options, true);
    NodeTraversor.filter(new Walker(source, root == null ? document.body() : root, prose), document);
    return prose.build(path, source, metadata(document));
  }

  private static ArticleMetadata metadata(Document document) {
    String title = document.title().strip();
    if (title.isEmpty()) {
      Element ogTitle = document.selectFirst("meta[property=og:title][content]");
      title = ogTitle == null ? "" : ogTitle.attr("content").strip();
    }
    ArticleMetadata metadata = ArticleMetadata.empty().withTitle(title.isEmpty() ? null : title);
    Element published = document.selectFirst("meta[property=article:published_time][content]");
    Optional<LocalDate> date = published == null ? Optional.empty() : IsoDates.parse(published.attr("content"));
    if (date.isPresent()) {
      return metadata.withPublicationDate(date.get(), "article:published_time");
    }
    Element time = document.selectFirst("time[datetime]");
    date = time == null ? Optional.empty() : IsoDates.parse(time.attr("datetime"));
    return date.map(d -> metadata.withPublicationDate(d, "time element")).orElse(metadata);
  }

  /** Walks the whole document for suppression comments and the prose root for text. */
  private static final class Walker implements NodeFilter {
    private final String source;
    private final Element root;
    private final ProseBuilder prose;
    private boolean inRoot;

    Walker(String source, Element root, ProseBuilder prose) {
      this.source = source;
      this.root = root;
      this.prose = prose;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Comment comment) {
        prose.comment(comment.getData());
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (NOT_PROSE.contains(name)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (element == root) {
          inRoot = true;
        }
        if (BLOCK_ELEMENTS.contains(name)) {
          prose.endBlock();
        } else if (name.equals("br") && prose.inBlock()) {
          int at = element.sourceRange().isTracked() ? element.sourceRange().startPos() : 0;
          prose.appendLineBreak(at, at);
        }
      } else if (node instanceof TextNode text && inRoot) {
        text(text);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element) {
        if (BLOCK_ELEMENTS.contains(element.normalName())) {
          prose.endBlock();
        }
        if (element == root) {
          inRoot = false;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void text(TextNode text) {
      Range range = text.sourceRange();
      if (!range.isTracked() || (text.isBlank() && !prose.inBlock())) {
        return;
      }
      Element container = blockContainer(text);
      if (container == null || !PROSE_ELEMENTS.contains(container.normalName())) {
        return;
      }
      prose.ensureBlock(kind(text));
      prose.appendDecoded(text.getWholeText(), source, range.startPos(), range.endPos(), SourceAlignment.Syntax.HTML);
    }

    /** The nearest block element around {@code node}. */
    private static Element blockContainer(Node node) {
      for (Element e = node.parent() instanceof Element p ? p : null; e != null; e = e.parent()) {
        if (BLOCK_ELEMENTS.contains(e.normalName())) {
          return e;
        }
      }
      return null;
    }

    /** The kind of block the text at {@code node} is in, by its nearest heading, list item or quotation. */
    private BlockKind kind(Node node) {
      for (Element e = node.parent() instanceof Element p ? p : null; e != null && e != root; e = e.parent()) {
        switch (e.normalName()) {
          case "h1":
            return prose.atTop() ? BlockKind.TITLE : BlockKind.HEADING;
          case "h2", "h3", "h4", "h5", "h6":
            return BlockKind.HEADING;
          case "li":
            return BlockKind.LIST_ITEM;
          case "blockquote":
            return BlockKind.BLOCK_QUOTE;
          default:
            break;
        }
      }
      return BlockKind.PARAGRAPH;
    }
  }
}
