package dev.copydesk.rules.typos;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passages of a Markdown or HTML source that are code and addresses, not prose: fenced code
 * blocks, code spans, link and image addresses, link reference definitions, bare and HTML
 * addresses, and the author's own {@code cSpell:ignore} lines.
 *
 * <p>The passages are exactly those {@link #PATTERN}'s {@code find()} gives, found faster: a site's
 * vocabulary ({@link SiteVocabulary}) reads every article of the site, megabytes on a cold start,
 * and the regular expression tried at every character costs most of that. Here it is tried only
 * where one of its alternatives can begin: a line start, a backtick, a {@code ]}, {@code cspell} in any
 * case, or a word that starts {@code href}, {@code src} or a scheme followed by {@code ://}.
 */
final class NonProsePassages {
  /** The passages, as one expression; its leftmost matches, in order, are the passages. */
  static final Pattern PATTERN = Pattern.compile(
      "(?ms)^[ \\t>]*(```|~~~).*?^[ \\t>]*\\1"          // fenced code block
          + "|(`+)[^`].*?\\2"                             // code span
          + "|\\]\\([^)\\s]+"                             // link or image address
          + "|^[ \\t]*\\[[^\\]\\n]+\\]:[ \\t]*\\S+"        // link reference definition
          + "|\\b[a-z][a-z0-9+.-]*://[^\\s)>\"']+"        // bare address
          + "|\\b(?:href|src)\\s*=\\s*\"[^\"]*\""         // HTML address
          + "|(?i:cspell):\\s*(?:ignore|words)\\b[^\\n]*");      // the author's own spell-checker words

  /** Receives one passage, {@code [start, end)} of the source. */
  @FunctionalInterface
  interface Receiver {
    void passage(int start, int end);
  }

  private NonProsePassages() {}

  /** Gives {@code receiver} every passage of {@code source}, in order. */
  static void forEach(String source, Receiver receiver) {
    Matcher matcher = PATTERN.matcher(source).useTransparentBounds(true).useAnchoringBounds(false);
    int length = source.length();
    int at = 0;
    while (at < length) {
      if (mayStartAt(source, at)) {
        matcher.region(at, length);
        if (matcher.lookingAt()) {
          receiver.passage(at, matcher.end());
          at = Math.max(matcher.end(), at + 1);
          continue;
        }
      }
      at++;
    }
  }

  /** Whether an alternative of {@link #PATTERN} can match from {@code at}: never false where one can. */
  private static boolean mayStartAt(String source, int at) {
    char c = source.charAt(at);
    if (c == '`' || c == ']' || at == 0 || isLineTerminator(source.charAt(at - 1))) {
      return true;
    }
    if ((c == 'c' || c == 'C') && source.regionMatches(true, at, "cspell", 0, 6)) {
      return true;
    }
    if (c < 'a' || c > 'z' || isAsciiWordCharacter(source.charAt(at - 1))) {
      return false;
    }
    if (source.startsWith("href", at) || source.startsWith("src", at)) {
      return true;
    }
    int end = at + 1;
    while (end < source.length() && isSchemeCharacter(source.charAt(end))) {
      end++;
    }
    return source.startsWith("://", end);
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isAsciiWordCharacter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static boolean isSchemeCharacter(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
  }
}
