package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.quotes.Attribution.Kind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a quotation that names a thing from one that reports speech: "the famous phrase 'mission
 * accomplished'", the so-called "war on terror", the song "Blowin' in the Wind", Mohammed "Mo"
 * Salah. Such a quotation needs no source.
 */
final class NamedThings {
  private static final int CUE_REACH = 3;
  private static final Set<String> MINOR_WORDS = Set.of("from", "with", "into", "over", "upon", "onto", "than", "that");
  private static final int MAX_NICKNAME_WORDS = 3;
  private static final int MAX_TITLE_WORDS = 8;
  private final SpeechCues cues;

  NamedThings(SpeechCues cues) {
    this.cues = cues;
  }

  /** Why {@code q} names a thing, from the {@code tokens} of its sentence, or empty. */
  Optional<Attribution> find(Quotation q, List<Token> tokens, String text) {
    int before = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).region().end() <= q.opening().start()) {
        before = i;
      }
    }
    for (int i = before, seen = 0; i >= 0 && seen < CUE_REACH; i--) {
      Token t = tokens.get(i);
      if (t.region().start() < q.opening().start() && isQuoteMark(t)) {
        break;
      }
      if (t.isWord()) {
        seen++;
        boolean adjacent = seen == 1;
        if (cues.isNamingCue(t.text()) && (adjacent || !t.hasTagStartingWith("NN"))) {
          return Optional.of(new Attribution(Kind.NAMED_THING, cueWords(tokens, i, before), "", t.region()));
        }
      }
    }
    String content = q.contentIn(text).strip();
    String[] words = content.split("\\s+");
    if (isNickname(q, tokens, before, words.length)) {
      return Optional.of(new Attribution(Kind.NAMED_THING, "a nickname inside a name", "", q.region()));
    }
    if (isTitle(words)) {
      return Optional.of(new Attribution(Kind.NAMED_THING, "a title in title case", "", q.region()));
    }
    return Optional.empty();
  }

  private static boolean isNickname(Quotation q, List<Token> tokens, int before, int words) {
    if (before < 0 || words > MAX_NICKNAME_WORDS || !q.closed()) {
      return false;
    }
    Token previous = tokens.get(before);
    Token next = tokens.stream().filter(t -> t.region().start() >= q.closing().end()).findFirst().orElse(null);
    return previous.isWord() && previous.isCapitalized() && !previous.sentenceInitial()
        && next != null && next.isWord() && next.isCapitalized();
  }

  private static boolean isTitle(String[] words) {
    if (words.length < 2 || words.length > MAX_TITLE_WORDS) {
      return false;
    }
    String last = words[words.length - 1];
    if (last.endsWith(".") || last.endsWith(",") || last.endsWith("?") || last.endsWith("!")) {
      return false;
    }
    for (String w : words) {
      boolean minor = (w.length() <= 3 || MINOR_WORDS.contains(w)) && w.chars().allMatch(Character::isLowerCase);
      if (!minor && !Character.isUpperCase(w.codePointAt(0)) && Character.isLetter(w.codePointAt(0))) {
        return false;
      }
    }
    return Character.isUpperCase(words[0].codePointAt(0));
  }

  private static boolean isQuoteMark(Token t) {
    return t.text().length() == 1 && "\"“”‘’'".indexOf(t.text().charAt(0)) >= 0;
  }

  private static String cueWords(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (tokens.get(k).isWord()) {
        b.append(b.length() > 0 ? " " : "").append(tokens.get(k).text());
      }
    }
    return b.toString();
  }
}
