package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.SourceSpan;
import dev.copydesk.core.model.TextRegion;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The property every reader must keep: each word of the checked text points at itself in the
 * source, by offset and by line and column (columns in code points, end column exclusive).
 */
final class SourceMappingAssertions {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  private SourceMappingAssertions() {}

  /** Checks every word of {@code article}; returns how many words were checked. */
  static int assertWordsMapToSource(Article article) {
    String[] lines = article.source().split("\r\n|\r|\n", -1);
    Matcher word = WORD.matcher(article.text());
    int count = 0;
    while (word.find()) {
      TextRegion region = TextRegion.of(word.start(), word.end());
      String expected = word.group();
      String where = article.path() + " word '" + expected + "' at " + word.start();
      String sourceText = article.sourceText(region);
      if (copiedVerbatim(article, region)) {
        assertEquals(expected, sourceText, where);
      } else {
        String decoded = Parser.unescapeEntities(BACKSLASH_ESCAPE.matcher(sourceText).replaceAll("$1"), false);
        assertEquals(expected, decoded.replaceAll("\\s+", " ").replace('\u00a0', '\u00a0'), where + " (decoded from '" + sourceText + "')");
      }
      SourceSpan span = article.sourceSpan(region);
      assertEquals(sourceText.length(), span.length(), where);
      if (span.line() == span.endLine()) {
        String line = lines[span.line() - 1];
        int from = line.offsetByCodePoints(0, span.column() - 1);
        int to = line.offsetByCodePoints(0, span.endColumn() - 1);
        assertEquals(sourceText, line.substring(from, to), where + " at line " + span.line() + " column " + span.column());
      } else {
        assertTrue(span.endLine() > span.line(), where);
      }
      count++;
    }
    return count;
  }

  /** Whether every character of the region is its own single source character. */
  private static boolean copiedVerbatim(Article article, TextRegion region) {
    for (int i = region.start(); i < region.end(); i++) {
      int start = article.sourceMap().sourceStart(i);
      int end = article.sourceMap().sourceEnd(i);
      if (end - start != 1 || article.source().charAt(start) != article.text().charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
