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
 * source, by offset and by line and column (columns in code points, end column exclusive); the
 * placeholder word of a code span points at the whole code span.
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
      if (contiguousVerbatim(article, region)) {
        assertEquals(expected, sourceText, where);
      } else {
        assertEachCharacterMapsToItsSource(article, region, where);
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

  /** Whether the region was copied from one stretch of the source, character by character. */
  private static boolean contiguousVerbatim(Article article, TextRegion region) {
    int expectedStart = article.sourceMap().sourceStart(region.start());
    for (int i = region.start(); i < region.end(); i++) {
      int start = article.sourceMap().sourceStart(i);
      int end = article.sourceMap().sourceEnd(i);
      if (start != expectedStart || end - start != 1) {
        return false;
      }
      expectedStart = end;
    }
    return true;
  }

  /**
   * For a word with markup inside it or decoded characters: every character maps, in order, to
   * a source range that is the character itself or decodes to it (an entity, a backslash escape).
   */
  private static void assertEachCharacterMapsToItsSource(Article article, TextRegion region, String where) {
    int previousEnd = article.sourceMap().sourceStart(region.start());
    for (int i = region.start(); i < region.end(); i++) {
      int start = article.sourceMap().sourceStart(i);
      int end = article.sourceMap().sourceEnd(i);
      assertTrue(start >= previousEnd || start == article.sourceMap().sourceStart(i - 1), where + ": out of order at " + i);
      String raw = article.source().substring(start, end);
      if (raw.length() >= 2 && raw.startsWith("`") && raw.endsWith("`")) {
        previousEnd = end;
        continue; // a character of the placeholder word that stands for this code span
      }
      String decoded = Parser.unescapeEntities(BACKSLASH_ESCAPE.matcher(raw).replaceAll("$1"), false);
      char c = article.text().charAt(i);
      assertTrue(decoded.indexOf(c) >= 0, where + ": '" + c + "' maps to '" + raw + "'");
      previousEnd = end;
    }
  }
}
