package dev.copydesk.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes unattributed quotations in copies of corpus articles, deterministically: a sentence from
 * another article planted as a quotation of its own, a phrase of a narrative sentence put in quote
 * marks, and a real quotation stripped of its "…," he said. Each goes where nothing around it
 * could attribute it: the sentence before and the host sentence quote nothing and use no
 * reporting word, and the sentence after does not open with a quotation.
 */
final class QuotePlanter {
  /** Reporting words a planted quotation must not stand next to (a rough filter, not the rule's list). */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "according", "stated",
      "announced", "added", "wrote", "asked", "statement", "interview", "reported", "explained", "called", "described",
      "spokesman", "spokeswoman", "spokesperson", "claimed", "noted", "commented", "claims", "confirmed", "denied",
      "argued", "warned", "insisted", "spoke", "describes", "reads", "praised", "responded", "replied", "declared",
      "tweeted", "urged", "suggested", "recommended", "quoted", "dubbed", "named", "known", "so", "titled");
  private static final Pattern SENTENCE = Pattern.compile("[^\\n]*?[.!?](?=\\s+[A-Z\"“]|\\s*$|\\s*\\n)", Pattern.MULTILINE);
  private static final Pattern PHRASE = Pattern.compile("\\b(?:the|a|an) ([a-z]{4,} [a-z]{4,})\\b");
  private static final Set<String> FUNCTION_WORDS = Set.of("that", "with", "from", "have", "been", "were", "which",
      "their", "this", "will", "would", "when", "they", "there", "these", "those", "than", "into", "also", "about",
      "after", "before", "only", "such", "some", "more", "most", "other", "over", "under", "while", "where", "what");
  private static final Pattern SAID_AFTER = Pattern.compile(
      "([.,!?])([\"”])\\s+(?:(?:he|she|they|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|says|added|explained|continued|noted|stated)"
          + "|(?:said|says|added|explained) (?:[A-Z][a-z]+(?: [A-Z][a-z]+)?))\\.");
  private static final Pattern SAID_BEFORE = Pattern.compile(
      "^(?:[A-Z][a-z]+ ){0,3}(?:[A-Z][a-z]+|He|She|They) (?:said|says|added|explained|wrote|stated|told [a-z]+)[,:]? (?=[\"“])");
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 30;
  private static final int MIN_DISTANCE = 3;

  private QuotePlanter() {}

  /** A planted quotation: the copy it is in and where it is. */
  record Plant(String kind, CorpusArticle copy, int start, int end) {}

  /** A sentence of an article's body: where it is in the source. */
  record Span(int start, int end) {
    String in(CorpusArticle a) {
      return a.source().substring(start, end);
    }
  }

  static List<Span> sentences(CorpusArticle a) {
    List<Span> spans = new ArrayList<>();
    Matcher m = SENTENCE.matcher(a.source());
    m.region(a.bodyStart(), a.source().length());
    while (m.find()) {
      int start = m.start();
      while (start < m.end() && Character.isWhitespace(a.source().charAt(start))) {
        start++;
      }
      if (m.end() > start) {
        spans.add(new Span(start, m.end()));
      }
    }
    return spans;
  }

  /**
   * One copy of {@code host} with a donor sentence planted as a quotation after one clean sentence
   * and a phrase put in quote marks in another, at least three sentences away; empty when the
   * article has no room for both.
   */
  static List<Plant> plantQuotationAndScareQuote(CorpusArticle host, String donorSentence) {
    List<Span> sentences = sentences(host);
    int quoteAt = -1;
    for (int i = sentences.size() / 3; i + 1 < sentences.size() && quoteAt < 0; i++) {
      String next = sentences.get(i + 1).in(host);
      if (clean(sentences.get(i).in(host)) && !next.startsWith("\"") && !next.startsWith("“")) {
        quoteAt = i;
      }
    }
    if (quoteAt < 0) {
      return List.of();
    }
    for (int j = 0; j < sentences.size(); j++) {
      Span s = sentences.get(j);
      Matcher phrase = PHRASE.matcher(s.in(host));
      if (Math.abs(j - quoteAt) >= MIN_DISTANCE && clean(s.in(host)) && findPhrase(phrase)) {
        int phraseStart = s.start() + phrase.start(1);
        int phraseEnd = s.start() + phrase.end(1);
        String planted = " \"" + donorSentence + "\"";
        int insertAt = sentences.get(quoteAt).end();
        CorpusArticle copy;
        Plant first;
        Plant second;
        if (phraseStart > insertAt) {
          copy = host.edit(phraseStart, phraseEnd, "\"" + host.source().substring(phraseStart, phraseEnd) + "\"")
              .edit(insertAt, insertAt, planted);
          first = new Plant("quotation", copy, insertAt + 1, insertAt + planted.length());
          second = new Plant("scare quote", copy, phraseStart + planted.length(), phraseEnd + planted.length() + 2);
        } else {
          copy = host.edit(insertAt, insertAt, planted)
              .edit(phraseStart, phraseEnd, "\"" + host.source().substring(phraseStart, phraseEnd) + "\"");
          first = new Plant("quotation", copy, insertAt + 3, insertAt + planted.length() + 2);
          second = new Plant("scare quote", copy, phraseStart, phraseEnd + 2);
        }
        return List.of(first, second);
      }
    }
    return List.of();
  }

  /** A sentence fit to be planted as a quotation: clean, 8–30 words, from {@code donor}. */
  static Optional<String> donorSentence(CorpusArticle donor) {
    return sentences(donor).stream().map(s -> s.in(donor))
        .filter(s -> clean(s) && !s.contains("\n") && words(s) >= MIN_WORDS && words(s) <= MAX_WORDS)
        .skip(1).findFirst();
  }

  /**
   * A copy of {@code host} with the first cleanly removable attribution taken off its quotation:
   * "…," X said. or X said, "…".
   */
  static Optional<Plant> removeAttribution(CorpusArticle host) {
    List<Span> sentences = sentences(host);
    for (int i = 1; i + 1 < sentences.size(); i++) {
      Span s = sentences.get(i);
      Matcher said = SAID_AFTER.matcher(s.in(host));
      String text = s.in(host);
      boolean opensWithQuote = text.startsWith("\"") || text.startsWith("“");
      String next = sentences.get(i + 1).in(host);
      boolean isolated = clean(sentences.get(i - 1).in(host)) && !next.startsWith("\"") && !next.startsWith("“")
          && countQuoteMarks(text) == 2;
      if (isolated && opensWithQuote && said.find() && said.end() == text.length()) {
        String stripped = text.substring(0, said.start()) + (said.group(1).equals(",") ? "." : said.group(1)) + said.group(2);
        CorpusArticle copy = host.edit(s.start(), s.end(), stripped);
        return Optional.of(new Plant("attribution removed", copy, s.start(), s.start() + stripped.length()));
      }
      Matcher before = SAID_BEFORE.matcher(text);
      if (isolated && before.find() && (text.endsWith("\"") || text.endsWith("”"))) {
        String stripped = text.substring(before.end());
        CorpusArticle copy = host.edit(s.start(), s.end(), stripped);
        return Optional.of(new Plant("attribution removed", copy, s.start(), s.start() + stripped.length()));
      }
    }
    return Optional.empty();
  }

  private static boolean findPhrase(Matcher phrase) {
    while (phrase.find()) {
      String[] words = phrase.group(1).split(" ");
      if (!FUNCTION_WORDS.contains(words[0]) && !FUNCTION_WORDS.contains(words[1])) {
        return true;
      }
    }
    return false;
  }

  private static boolean clean(String sentence) {
    if (countQuoteMarks(sentence) > 0 || sentence.strip().endsWith(":")) {
      return false;
    }
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (REPORTING.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static long countQuoteMarks(String s) {
    return s.chars().filter(c -> c == '"' || c == '“' || c == '”').count();
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
