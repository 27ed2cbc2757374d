package dev.copydesk.core.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Lines up a parser's decoded text with the source range it came from, so that every decoded
 * character is mapped to exactly the source characters that produced it: a verbatim character to
 * itself, a decoded entity ({@code &amp;amp;}, {@code &amp;#8217;}) to the whole entity, a Markdown
 * backslash escape ({@code \*}) to both characters. Source characters the parser dropped are
 * skipped; decoded characters with no source left map to an empty range at the end.
 */
final class SourceAlignment {
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});?");

  /** Receives each decoded character with the source range {@code [from, to)} it stands for. */
  interface Sink {
    void put(char c, int from, int to);
  }

  /** How the source encodes characters it does not hold verbatim. */
  enum Syntax {
    /** CommonMark: backslash escapes, entities only with their closing semicolon. */
    MARKDOWN,
    /** HTML: entities, legacy named entities also without a semicolon ({@code &amp;amp c}). */
    HTML,
    /** Text copied as it stands. */
    VERBATIM
  }

  private SourceAlignment() {}

  /** Sends every character of {@code decoded}, which was decoded from {@code source[from, to)}, to {@code sink}. */
  static void align(String decoded, String source, int from, int to, Syntax syntax, Sink sink) {
    int i = 0;
    int j = from;
    Matcher entity = ENTITY.matcher(source);
    while (i < decoded.length()) {
      if (j >= to) {
        sink.put(decoded.charAt(i++), to, to);
        continue;
      }
      char s = source.charAt(j);
      char c = decoded.charAt(i);
      if (syntax == Syntax.MARKDOWN && s == '\\' && j + 1 < to && isAsciiPunctuation(source.charAt(j + 1)) && c == source.charAt(j + 1)) {
        sink.put(c, j, j + 2);
        i++;
        j += 2;
        continue;
      }
      if (s == '&' && syntax != Syntax.VERBATIM) {
        int end = entityEnd(entity.region(j, to), source, decoded, i, syntax);
        if (end > 0) {
          String value = Parser.unescapeEntities(source.substring(j, end), false);
          for (int k = 0; k < value.length(); k++) {
            sink.put(decoded.charAt(i + k), j, end);
          }
          i += value.length();
          j = end;
          continue;
        }
      }
      if (s == c) {
        sink.put(c, j, j + 1);
        i++;
      }
      j++;
    }
  }

  /**
   * The end of the entity at the start of the matcher's region when it decodes to what
   * {@code decoded} holds at {@code i}, else -1.
   */
  private static int entityEnd(Matcher entity, String source, String decoded, int i, Syntax syntax) {
    if (!entity.lookingAt()) {
      return -1;
    }
    int start = entity.start();
    int end = entity.end();
    boolean terminated = source.charAt(end - 1) == ';';
    if (terminated) {
      return decodesTo(source.substring(start, end), decoded, i) ? end : -1;
    }
    if (syntax == Syntax.MARKDOWN) {
      return -1;
    }
    for (int e = end; e > start + 2; e--) {
      String raw = source.substring(start, e);
      String value = Parser.unescapeEntities(raw, false);
      if (value.codePointCount(0, value.length()) == 1 && decodesTo(raw, decoded, i)) {
        return e;
      }
    }
    return -1;
  }

  private static boolean decodesTo(String raw, String decoded, int i) {
    String value = Parser.unescapeEntities(raw, false);
    return !value.equals(raw) && decoded.startsWith(value, i);
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }
}
