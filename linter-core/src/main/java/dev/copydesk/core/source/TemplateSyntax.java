package dev.copydesk.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the template and component syntax in the body of a Markdown article, as site generators
 * read it before (or instead of) Markdown: spans of the source that are markup, not prose.
 *
 * <ul>
 *   <li>Hugo shortcodes {@code {{< name … >}}} and {@code {{% name … %}}}, opening, closing
 *       ({@code {{< /name >}}}, {@code {{%/name%}}}) and self-closing ({@code />}}}), with any
 *       spacing and {@code /* … *}{@code /} comments. The tags are markup and the prose between a
 *       paired shortcode's tags stays prose, except for the shortcodes whose content is code or
 *       data ({@link #VERBATIM_SHORTCODES}: {@code highlight}, {@code code-toggle}, {@code qr}…),
 *       which are markup from the opening tag to the closing one.</li>
 *   <li>Liquid (Jekyll, Eleventy) tags {@code {% … %}} and output {@code {{ … | filter }}},
 *       also inside link targets and HTML attributes; {@code {% raw %}}, {@code {% comment %}}
 *       and {@code {% highlight %}} are markup through their {@code end} tag.</li>
 *   <li>Go {@code text/template} actions ({@code {{raw `…`}}}, {@code {{image "…"}}},
 *       {@code {{range}}} … {@code {{end}}}), whose raw strings may span lines.</li>
 *   <li>Markdown attribute lists ending a line ({@code {class="!mt-0"}}, {@code {: .note}}),
 *       GitHub alert markers ({@code > [!NOTE]}), emoji shortcodes ({@code :tada:}, as GitHub,
 *       Jekyll's jemoji and Hugo render them) and TeX math passed through to MathJax or
 *       KaTeX ({@code \[ … \]} opening a line, {@code \( … \)}, {@code $$ … $$}).</li>
 *   <li>In MDX only: top-level {@code import}/{@code export} statements, JSX tags
 *       ({@code <AlertBox level="info" title="!">}, {@code <div className={x}>}, fragments) whose
 *       children stay prose, elements whose content is never prose ({@code <math>},
 *       {@code <svg>}, {@code <pre>}, {@code <code>}, {@code <script>}, {@code <style>}), and
 *       {@code {expressions}}.</li>
 * </ul>
 *
 * <p>No Java library parses these dialects (Hugo's and Go's parsers are in Go, MDX's in
 * JavaScript), so this is a small tokenizer: it scans the source once, skipping the code regions
 * the CommonMark parser found (fenced, indented and inline code keep their {@code {{ }}} as code),
 * and inside a template it honours quoted and backquoted strings, so a {@code >}}} or a
 * {@code }}} inside a string does not end it. A delimiter that is never closed (before a blank
 * line, outside a string) is not a template: it stays text.
 */
final class TemplateSyntax {
  /** Hugo shortcodes whose content is code or data, never prose. */
  static final Set<String> VERBATIM_SHORTCODES =
      Set.of("highlight", "hl", "code", "code-toggle", "codeblock", "code-block", "qr", "math", "katex", "mermaid", "chart", "diagram");
  /** Liquid block tags whose content is shown as written or not at all. */
  private static final Set<String> VERBATIM_LIQUID = Set.of("raw", "comment", "highlight");
  /** MDX/HTML elements whose content is never prose. */
  private static final Set<String> OPAQUE_ELEMENTS = Set.of("math", "svg", "pre", "code", "script", "style");
  private static final Pattern SHORTCODE_NAME = Pattern.compile("\\{\\{[<%]\\s*(?:/\\*\\s*)?(/?)\\s*([\\w.-]+)");
  private static final Pattern LIQUID_NAME = Pattern.compile("\\{%-?\\s*([\\w]+)");
  private static final Pattern ESM = Pattern.compile("(?:import|export)[\\s{*]");
  /** A Markdown attribute list ending its line: Goldmark's {@code {class="x" #id}}, kramdown's {@code {: .note}}. */
  private static final Pattern ATTRIBUTES = Pattern.compile(
      "\\{:?[ \\t]*(?:[.#][\\w.:-]+|[\\w-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]+))(?:[ \\t]+(?:[.#][\\w.:-]+|[\\w-]+=(?:\"[^\"\\n]*\"|'[^'\\n]*'|[^\\s}]+)))*[ \\t]*}(?=[ \\t]*(?:\\R|$))");
  /** An emoji shortcode standing alone: {@code :tada:}, {@code :+1:}, {@code :broken_heart:}. */
  private static final Pattern EMOJI = Pattern.compile(":(?:[+-]1|[a-z0-9][a-z0-9_+-]*[a-z0-9]):(?![\\p{L}\\p{N}:])");
  /** A GitHub alert marker opening a block quote: {@code > [!NOTE]}. */
  private static final Pattern ALERT = Pattern.compile("\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)]");

  /** A span {@code [start, end)} of the source that is markup. */
  record Span(int start, int end) {}

  private final String source;
  private final int end;
  private final List<Span> code;
  private final boolean mdx;
  private final List<Span> spans = new ArrayList<>();
  private int nextCode;

  private TemplateSyntax(String source, int end, List<Span> code, boolean mdx) {
    this.source = source;
    this.end = end;
    this.code = code;
    this.mdx = mdx;
  }

  /**
   * The markup spans of {@code source[from, length)}, in order and disjoint.
   *
   * @param code the code regions of the source, in order (their content is code, not template)
   * @param mdx whether the file is MDX (JSX, expressions and ESM are markup)
   */
  static List<Span> find(String source, int from, List<Span> code, boolean mdx) {
    TemplateSyntax scanner = new TemplateSyntax(source, source.length(), code, mdx);
    scanner.scan(from);
    return scanner.spans;
  }

  private void scan(int from) {
    int i = from;
    while (i < end) {
      int codeEnd = codeEndAt(i);
      if (codeEnd > i) {
        i = codeEnd;
        continue;
      }
      int close = markupEnd(i, from);
      if (close > i) {
        spans.add(new Span(i, close));
        i = close;
      } else {
        i++;
      }
    }
  }

  /** The end of the code region holding {@code i}, or -1. */
  private int codeEndAt(int i) {
    while (nextCode < code.size() && code.get(nextCode).end() <= i) {
      nextCode++;
    }
    return nextCode < code.size() && code.get(nextCode).start() <= i ? code.get(nextCode).end() : -1;
  }

  /** The end of the markup starting at {@code i}, or -1 if none starts there. */
  private int markupEnd(int i, int bodyStart) {
    char c = source.charAt(i);
    if (c == '{' && i + 1 < end) {
      char d = source.charAt(i + 1);
      if (d == '{') {
        return action(i);
      }
      if (d == '%') {
        return liquidTag(i);
      }
      Matcher attributes = ATTRIBUTES.matcher(source).region(i, end);
      if (attributes.lookingAt()) {
        return attributes.end();
      }
      return mdx ? expression(i) : -1;
    }
    if (c == '\\' && source.startsWith("\\(", i)) {
      return math(i, "\\)");
    }
    if (c == '\\' && source.startsWith("\\[", i) && startsLine(i)) {
      return math(i, "\\]");
    }
    if (c == '$' && source.startsWith("$$", i)) {
      return math(i, "$$");
    }
    if (c == ':' && (i == 0 || !(Character.isLetterOrDigit(source.charAt(i - 1)) || source.charAt(i - 1) == ':'))) {
      Matcher emoji = EMOJI.matcher(source).region(i, end);
      return emoji.lookingAt() && (emoji.group().length() == 4 || emoji.group().chars().anyMatch(Character::isLetter)) ? emoji.end() : -1;
    }
    if (c == '[' && afterQuoteMarker(i)) {
      Matcher alert = ALERT.matcher(source).region(i, end);
      return alert.lookingAt() ? alert.end() : -1;
    }
    if (mdx && c == '<') {
      return jsxElement(i);
    }
    if (mdx && (c == 'i' || c == 'e') && startsParagraph(i, bodyStart) && ESM.matcher(source).region(i, end).lookingAt()) {
      return esm(i);
    }
    return -1;
  }

  /** A {@code {{ … }}}: a Hugo shortcode (with its content if that is verbatim), a Liquid output or a Go action. */
  private int action(int i) {
    char kind = i + 2 < end ? source.charAt(i + 2) : ' ';
    if (kind == '<' || kind == '%') {
      String closer = (kind == '<' ? ">" : "%") + "}}";
      int close = delimited(i + 3, closer);
      if (close < 0) {
        return -1;
      }
      Matcher name = SHORTCODE_NAME.matcher(source).region(i, close);
      boolean selfClosing = source.startsWith("/" + closer, close - closer.length() - 1);
      if (name.lookingAt() && name.group(1).isEmpty() && !selfClosing
          && VERBATIM_SHORTCODES.contains(name.group(2).toLowerCase(Locale.ROOT))) {
        int closing = closingShortcode(close, name.group(2));
        return closing > 0 ? closing : close;
      }
      return close;
    }
    return delimited(i + 2, "}}");
  }

  /** A Liquid tag {@code {% … %}}, through its end tag if its content is verbatim. */
  private int liquidTag(int i) {
    int close = delimited(i + 2, "%}");
    if (close < 0) {
      return -1;
    }
    Matcher name = LIQUID_NAME.matcher(source).region(i, close);
    if (name.lookingAt() && VERBATIM_LIQUID.contains(name.group(1))) {
      Matcher endTag = Pattern.compile("\\{%-?\\s*end" + name.group(1) + "\\s*-?%}").matcher(source).region(close, end);
      return endTag.find() ? endTag.end() : close;
    }
    return close;
  }

  /** The end of {@code {{< /name >}}} or {@code {{% /name %}}} after {@code from}, or -1. */
  private int closingShortcode(int from, String name) {
    Matcher m = Pattern.compile("\\{\\{[<%]\\s*/\\s*" + Pattern.quote(name) + "\\s*[>%]}}").matcher(source).region(from, end);
    return m.find() ? m.end() : -1;
  }

  /**
   * The end of the template whose content starts at {@code from} and which {@code closer} ends:
   * quoted strings end at their quote or at the end of the line, backquoted ones may span lines;
   * outside strings, a blank line means the delimiter was never closed (-1).
   */
  private int delimited(int from, String closer) {
    int i = from;
    while (i < end) {
      char c = source.charAt(i);
      if (source.startsWith(closer, i)) {
        return i + closer.length();
      }
      if (c == '"' || c == '\'') {
        i = quoted(i, c);
      } else if (c == '`') {
        int close = source.indexOf('`', i + 1);
        if (close < 0) {
          return -1;
        }
        i = close + 1;
      } else if (c == '\n' && blankLineAfter(i)) {
        return -1;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** Past the string opened by {@code quote} at {@code i}, or just past the quote if it does not close on its line. */
  private int quoted(int i, char quote) {
    for (int j = i + 1; j < end; j++) {
      char c = source.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j + 1;
      } else if (c == '\n') {
        break;
      }
    }
    return i + 1;
  }

  /** TeX math passed through to MathJax or KaTeX: {@code \[ … \]} opening a line, {@code \( … \)}, {@code $$ … $$}; -1 if not closed before a blank line. */
  private int math(int i, String closer) {
    for (int j = i + 2; j < end; j++) {
      if (source.startsWith(closer, j)) {
        return j + closer.length();
      }
      if (source.charAt(j) == '\n' && blankLineAfter(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether only spaces stand before {@code i} on its line. */
  private boolean startsLine(int i) {
    for (int j = i - 1; j >= 0 && source.charAt(j) != '\n'; j--) {
      if (source.charAt(j) != ' ' && source.charAt(j) != '\t') {
        return false;
      }
    }
    return true;
  }

  /** Whether only block quote markers stand before {@code i} on its line. */
  private boolean afterQuoteMarker(int i) {
    boolean marker = false;
    for (int j = i - 1; j >= 0 && source.charAt(j) != '\n'; j--) {
      char c = source.charAt(j);
      if (c == '>') {
        marker = true;
      } else if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return marker;
  }

  /** An MDX {@code {expression}}: balanced braces, strings honoured; -1 if unbalanced. */
  private int expression(int i) {
    int depth = 0;
    int j = i;
    while (j < end) {
      char c = source.charAt(j);
      if (c == '"' || c == '\'') {
        j = quoted(j, c);
        continue;
      }
      if (c == '`') {
        int close = source.indexOf('`', j + 1);
        if (close < 0) {
          return -1;
        }
        j = close + 1;
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return j + 1;
      }
      j++;
    }
    return -1;
  }

  /**
   * A JSX tag at {@code i} ({@code <Name …>}, {@code </Name>}, {@code <>}, {@code </>}), or for an
   * element that is never prose, the whole element through its closing tag; -1 if none.
   */
  private int jsxElement(int i) {
    int j = i + 1;
    boolean closing = j < end && source.charAt(j) == '/';
    if (closing) {
      j++;
    }
    int nameStart = j;
    while (j < end && (Character.isLetterOrDigit(source.charAt(j)) || source.charAt(j) == '.' || source.charAt(j) == '-' || source.charAt(j) == '_')) {
      j++;
    }
    boolean fragment = j == nameStart;
    if (fragment ? j >= end || source.charAt(j) != '>' : !Character.isLetter(source.charAt(nameStart))) {
      return -1;
    }
    if (j < end && !(Character.isWhitespace(source.charAt(j)) || source.charAt(j) == '/' || source.charAt(j) == '>')) {
      return -1;
    }
    int close = tagEnd(j);
    if (close < 0) {
      return -1;
    }
    String name = source.substring(nameStart, j).toLowerCase(Locale.ROOT);
    boolean selfClosing = source.charAt(close - 2) == '/';
    if (!closing && !selfClosing && OPAQUE_ELEMENTS.contains(name)) {
      int elementEnd = source.indexOf("</" + name + ">", close);
      return elementEnd < 0 ? close : elementEnd + name.length() + 3;
    }
    return close;
  }

  /** Past the {@code >} that ends a tag whose attributes start at {@code from}, or -1. */
  private int tagEnd(int from) {
    int j = from;
    while (j < end) {
      char c = source.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (c == '<' || (c == '\n' && blankLineAfter(j))) {
        return -1;
      }
      if (c == '"' || c == '\'') {
        j = quoted(j, c);
      } else if (c == '{') {
        int close = expression(j);
        if (close < 0) {
          return -1;
        }
        j = close;
      } else {
        j++;
      }
    }
    return -1;
  }

  /** An MDX {@code import}/{@code export} statement: through the end of its paragraph. */
  private int esm(int i) {
    int j = i;
    while (j < end) {
      if (source.charAt(j) == '\n' && blankLineAfter(j)) {
        return j;
      }
      j++;
    }
    return end;
  }

  /** Whether {@code i} starts a line at the top level that follows a blank line (or the body's start). */
  private boolean startsParagraph(int i, int bodyStart) {
    if (i == bodyStart) {
      return true;
    }
    if (source.charAt(i - 1) != '\n') {
      return false;
    }
    int j = i - 2;
    while (j >= bodyStart && (source.charAt(j) == ' ' || source.charAt(j) == '\t' || source.charAt(j) == '\r')) {
      j--;
    }
    return j < bodyStart || source.charAt(j) == '\n';
  }

  /** Whether the line after the line break at {@code i} is blank. */
  private boolean blankLineAfter(int i) {
    for (int j = i + 1; j < end; j++) {
      char c = source.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }
}
