package dev.copydesk.core.source;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.ArticleMetadata;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.TextBuilder;
import dev.copydesk.core.model.TextRegion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a plain-text article. Each non-blank line is a block, unless the text is hard-wrapped
 * (then a run of non-blank lines is one paragraph). A date alone on one of the first lines is the
 * dateline and gives the publication date; the first short line without closing punctuation near
 * the top is the headline. Boilerplate lines are not prose.
 */
public final class PlainTextReader implements SourceReader {
  /** How many non-blank lines at the top may hold the dateline and the headline. */
  private static final int HEADER_LINES = 5;
  private static final int MAX_HEADLINE_WORDS = 25;

  @Override
  public Article read(String path, String source, ReadOptions options) {
    List<int[]> lines = contentLines(source, options);
    boolean hardWrapped = HardWrap.detect(lines);
    TextBuilder text = new TextBuilder();
    List<Block> blocks = new ArrayList<>();
    ArticleMetadata metadata = ArticleMetadata.empty();
    boolean titleSeen = false;
    int index = 0;
    while (index < lines.size()) {
      int first = index;
      int last = index;
      if (hardWrapped) {
        while (last + 1 < lines.size() && lines.get(last + 1)[2] == lines.get(last)[2] + 1) {
          last++;
        }
      }
      String firstLine = source.substring(lines.get(first)[0], lines.get(first)[1]);
      BlockKind kind = BlockKind.PARAGRAPH;
      if (first < HEADER_LINES && first == last) {
        Optional<LocalDate> date = Dateline.parse(firstLine);
        if (date.isPresent() && metadata.publicationDate() == null) {
          kind = BlockKind.DATELINE;
          metadata = metadata.withPublicationDate(date.get(), "dateline");
        } else if (!titleSeen && looksLikeHeadline(firstLine)) {
          kind = BlockKind.TITLE;
          metadata = metadata.withTitle(firstLine.strip());
          titleSeen = true;
        }
      }
      if (text.length() > 0) {
        text.appendSeparator("\n\n");
      }
      int start = text.length();
      for (int i = first; i <= last; i++) {
        if (i > first) {
          text.appendSource(source, lines.get(i - 1)[1], lines.get(i)[0]);
        }
        text.appendSource(source, lines.get(i)[0], lines.get(i)[1]);
      }
      blocks.add(new Block(TextRegion.of(start, text.length()), kind));
      index = last + 1;
    }
    String checked = text.build();
    return new Article(path, source, checked, text.sourceMap(source.length()), new LineIndex(source), metadata, blocks, List.of());
  }

  /**
   * The non-blank, non-boilerplate lines as {@code [start, end, lineNumber]}, trimmed of leading
   * and trailing whitespace.
   */
  private static List<int[]> contentLines(String source, ReadOptions options) {
    List<int[]> lines = new ArrayList<>();
    int lineNumber = 0;
    int pos = 0;
    while (pos <= source.length()) {
      int end = pos;
      while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
        end++;
      }
      String line = source.substring(pos, end);
      if (!line.isBlank() && !options.isBoilerplate(line)) {
        int s = pos;
        int e = end;
        while (s < e && Character.isWhitespace(source.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(source.charAt(e - 1))) {
          e--;
        }
        lines.add(new int[] {s, e, lineNumber});
      }
      lineNumber++;
      if (end < source.length() && source.charAt(end) == '\r' && end + 1 < source.length() && source.charAt(end + 1) == '\n') {
        end++;
      }
      pos = end + 1;
    }
    return lines;
  }

  private static boolean looksLikeHeadline(String line) {
    String s = line.strip();
    if (s.isEmpty() || ".!?:;,".indexOf(s.charAt(s.length() - 1)) >= 0) {
      return false;
    }
    int words = s.split("\\s+").length;
    return words >= 3 && words <= MAX_HEADLINE_WORDS && Character.isUpperCase(s.codePointAt(0));
  }

  /** Tells hard-wrapped text (prose broken into lines of similar length) from one line per paragraph. */
  private static final class HardWrap {
    private HardWrap() {}

    static boolean detect(List<int[]> lines) {
      int continued = 0;
      int longLines = 0;
      for (int i = 0; i + 1 < lines.size(); i++) {
        int[] line = lines.get(i);
        if (lines.get(i + 1)[2] == line[2] + 1) {
          continued++;
          int length = line[1] - line[0];
          if (length >= 50 && length <= 100) {
            longLines++;
          }
        }
      }
      return continued >= 3 && longLines * 10 >= continued * 8 && maxLength(lines) <= 120;
    }

    private static int maxLength(List<int[]> lines) {
      int max = 0;
      for (int[] line : lines) {
        max = Math.max(max, line[1] - line[0]);
      }
      return max;
    }
  }
}
