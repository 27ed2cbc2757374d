package dev.copydesk.rules.terms;

import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon;
import java.util.List;
import java.util.Locale;

/**
 * Tells a word set in capitals for typography from an acronym: the capitals of a dateline
 * ("WASHINGTON —"), a heading run into a paragraph ("LOWER COSTS"), a speaker label ("SECRETARY
 * BLINKEN:") or a statement set all in capitals are the same word as its title-case form, not a
 * second spelling of it; "ISIS" beside "Isis" is one. A word in capitals is typography when
 * another word in capitals stands next to it, when a colon or a dash follows it (a label or
 * dateline), when it opens its paragraph, or when it is a common word in WordNet opening a name
 * ("CLOUD Act"): an acronym spelt like a common word is that name's own form.
 */
final class CapsTypography {
  private static final WordNetLexicon LEXICON = WordNetLexicon.shared();
  /** Characters that may stand before a paragraph's first word: emphasis marks, a quotation mark. */
  private static final int OPENING_MARKUP = 3;

  private CapsTypography() {}

  /** Whether token {@code i} of {@code tokens} (of {@code sentence}) is a word in capitals for typography. */
  static boolean isTypographic(List<Token> tokens, int i, Sentence sentence) {
    Token t = tokens.get(i);
    if (!isCaps(t)) {
      return false;
    }
    if (isCaps(neighbour(tokens, i, -1)) || isCaps(neighbour(tokens, i, 1))) {
      return true;
    }
    String next = i + 1 < tokens.size() ? tokens.get(i + 1).text() : "";
    if (next.length() == 1 && ":—–-".contains(next)) {
      return true;
    }
    boolean opensBlock = i == 0 && t.region().start() - sentence.block().region().start() < OPENING_MARKUP;
    Token following = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    boolean namesSomething = following != null && following.isWord() && following.isCapitalized();
    return opensBlock || namesSomething && LEXICON.isCommonWord(t.text().toLowerCase(Locale.ROOT));
  }

  /** The nearest word token {@code step} away, over "&" and commas, or null. */
  private static Token neighbour(List<Token> tokens, int i, int step) {
    for (int j = i + step; j >= 0 && j < tokens.size(); j += step) {
      String text = tokens.get(j).text();
      if (tokens.get(j).isWord()) {
        return tokens.get(j);
      }
      if (!"&".equals(text) && !",".equals(text) && !"'s".equals(text) && !"’s".equals(text)) {
        return null;
      }
    }
    return null;
  }

  /** A word of two or more letters, all capitals. */
  static boolean isCaps(Token t) {
    if (t == null || !t.isWord() || t.text().length() < 2) {
      return false;
    }
    String text = t.text();
    return text.codePoints().filter(Character::isLetter).count() >= 2
        && text.codePoints().noneMatch(Character::isLowerCase);
  }
}
