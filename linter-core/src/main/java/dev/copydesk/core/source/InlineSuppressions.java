package dev.copydesk.core.source;

import dev.copydesk.core.model.Suppression;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the inline suppressions of a Markdown or HTML article: {@code <!-- copydesk-disable
 * spelling, grammar -->} opens a region in which those rules are silent (every rule when no id is
 * given), {@code <!-- copydesk-enable spelling -->} closes it ({@code copydesk-enable} alone closes
 * every open region). A region left open runs to the end of the article.
 */
final class InlineSuppressions {
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
  private static final Pattern DIRECTIVE =
      Pattern.compile("\\s*copydesk-(disable|enable)(?![\\w-])([^>]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATOR = Pattern.compile("[\\s,]+");

  private final Map<String, Integer> open = new LinkedHashMap<>();
  private final List<Suppression> closed = new ArrayList<>();

  /** The text of every HTML comment in {@code html} (raw markup), between its delimiters. */
  static List<String> commentBodies(String html) {
    List<String> bodies = new ArrayList<>();
    Matcher comment = COMMENT.matcher(html);
    while (comment.find()) {
      bodies.add(comment.group(1));
    }
    return bodies;
  }

  /** Applies the directive {@code commentBody} (the text between {@code <!--} and {@code -->}) holds, if any. */
  void comment(String commentBody, int offset) {
    Matcher directive = DIRECTIVE.matcher(commentBody);
    if (!directive.matches()) {
      return;
    }
    List<String> rules = new ArrayList<>();
    for (String id : SEPARATOR.split(directive.group(2).strip())) {
      if (!id.isEmpty()) {
        rules.add(id.toLowerCase(Locale.ROOT));
      }
    }
    boolean disable = directive.group(1).equalsIgnoreCase("disable");
    if (rules.isEmpty()) {
      rules.add(Suppression.ALL_RULES);
    }
    for (String rule : rules) {
      if (disable) {
        open.putIfAbsent(rule, offset);
      } else if (Suppression.ALL_RULES.equals(rule)) {
        closeAll(offset);
      } else {
        close(rule, offset);
      }
    }
  }

  /** The suppressions, with regions still open closed at {@code textEnd}. */
  List<Suppression> finish(int textEnd) {
    closeAll(textEnd);
    return List.copyOf(closed);
  }

  private void closeAll(int offset) {
    for (String rule : List.copyOf(open.keySet())) {
      close(rule, offset);
    }
  }

  private void close(String rule, int offset) {
    Integer start = open.remove(rule);
    if (start != null) {
      closed.add(new Suppression(rule, TextRegion.of(start, Math.max(start, offset))));
    }
  }
}
