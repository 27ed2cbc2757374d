package dev.copydesk.rules.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.quotes.Quotation;
import java.util.List;

/**
 * What a quotation quotes (capitalized: it starts with a capital in mid-sentence, like a name): a sentence or clause (several words with a verb, or closing
 * punctuation) or a short phrase, and where it stands, for messages.
 */
record QuotedSpan(int words, boolean hasVerb, boolean endsSentence, boolean capitalized, int line) {
  private static final int MIN_CLAUSE_WORDS = 3;
  private static final int LONG_PHRASE_WORDS = 8;

  static QuotedSpan of(AnalyzedArticle article, Quotation q) {
    List<Token> tokens = article.sentences().stream()
        .filter(s -> s.region().overlaps(q.content()))
        .map(Sentence::tokens).flatMap(List::stream)
        .filter(t -> q.content().contains(t.region()))
        .toList();
    long words = tokens.stream().filter(Token::isWord).count();
    boolean verb = tokens.stream().anyMatch(t -> t.hasTagStartingWith("VB") && !t.hasTagStartingWith("VBN")
        && !t.hasTagStartingWith("VBG") || t.hasTagStartingWith("MD"));
    String content = q.contentIn(article.text()).strip();
    boolean ends = content.endsWith(".") || content.endsWith("?") || content.endsWith("!");
    int line = article.article().sourceSpan(q.opening()).line();
    boolean capitalized = !tokens.isEmpty() && tokens.get(0).isCapitalized() && !tokens.get(0).sentenceInitial()
        && !tokens.get(0).hasTagStartingWith("PRP");
    return new QuotedSpan((int) words, verb, ends, capitalized, line);
  }

  /** Whether it quotes a sentence or clause rather than a phrase. */
  boolean isClause() {
    return words >= MIN_CLAUSE_WORDS && (hasVerb || endsSentence) || words >= LONG_PHRASE_WORDS;
  }

  /** Where the rule looked, for evidence. */
  String where() {
    return "around line " + line;
  }
}
