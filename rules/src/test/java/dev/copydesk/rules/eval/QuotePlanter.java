package dev.copydesk.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes unsourced quotations in copies of corpus articles, deterministically, the two kinds a copy
 * editor most often meets: a paragraph that is nothing but a quotation (sentences of another
 * article in quote marks) after a paragraph of facts, and a real quotation paragraph with its
 * "…," X said. cut. Each goes after a paragraph that quotes nothing and uses no reporting word
 * (a rough filter of its own, not the rule's lexicon).
 */
final class QuotePlanter {
  /**
   * Reporting words a planted quotation must not stand next to: a paragraph with one of them names a
   * speaker ("activists argue …"), after which a quote paragraph is sourced. A rough filter of
   * word forms, not the rule's lexicon.
   */
  private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "according", "stated",
      "announced", "added", "wrote", "asked", "statement", "interview", "reported", "explained", "called", "described",
      "spokesman", "spokeswoman", "spokesperson", "claimed", "noted", "commented", "claims", "confirmed", "denied",
      "argued", "warned", "insisted", "spoke", "describes", "reads", "praised", "responded", "replied", "declared",
      "tweeted", "urged", "suggested", "recommended", "quoted", "dubbed", "named", "known", "so", "titled",
      "argue", "argues", "arguing", "emphasized", "emphasised", "stressed", "explain", "explains", "announce", "announces",
      "acknowledged", "acknowledges", "conceded", "claim", "claiming", "asserted", "assert", "mentioned", "suggests",
      "urge", "urges", "urging", "note", "notes", "answered", "describe", "written", "writing", "writes", "states",
      "stating", "telling", "speaking", "speaks", "demanded", "wrote:", "mention");
  private static final Pattern SENTENCE = Pattern.compile("[^\\n]*?[.!?](?=\\s+[A-Z\"“]|\\s*$|\\s*\\n)", Pattern.MULTILINE);
  private static final int MIN_WORDS = 8;
  private static final int MAX_WORDS = 30;

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

  private static final Pattern PARAGRAPH = Pattern.compile("(?s)(?<=\\A|\\n\\n)(?!\\s)(.+?)(?=\\n\\s*\\n|\\s*\\z)");
  private static final Pattern NOT_PROSE = Pattern.compile("^(?:[#>|<!\\[*+-]|\\d+[.)] |Image:|\\s)");
  /** The marks a planted quote paragraph is set in, in turn: straight, curly, TeX, mixed. */
  private static final String[][] MARKS = {{"\"", "\""}, {"“", "”"}, {"``", "''"}, {"“", "''"}};

  /**
   * A copy of {@code host} with a paragraph that is nothing but a quotation of {@code donor}'s
   * sentences (one or two, by {@code variant}) set after a paragraph of facts (no quote marks, no
   * reporting word) and before a paragraph that does not go on with it (no quote mark at its start,
   * no reporting word in its first sentence). Which such gap, which marks and how many sentences
   * vary with {@code variant}; empty when the article has no such gap.
   */
  static Optional<Plant> plantQuoteParagraph(CorpusArticle host, List<String> donor, int variant) {
    List<Span> paragraphs = paragraphs(host);
    List<Integer> gaps = new ArrayList<>();
    for (int i = 0; i + 1 < paragraphs.size(); i++) {
      String before = paragraphs.get(i).in(host);
      String after = paragraphs.get(i + 1).in(host);
      List<Span> afterSentences = sentencesIn(after);
      if (prose(before) && clean(before) && prose(after) && !after.startsWith("\"") && !after.startsWith("“")
          && !afterSentences.isEmpty() && clean(after.substring(afterSentences.get(0).start(), afterSentences.get(0).end()))) {
        gaps.add(i);
      }
    }
    if (gaps.isEmpty() || donor.isEmpty()) {
      return Optional.empty();
    }
    int gap = gaps.get(Math.floorMod(variant * 7, gaps.size()));
    String[] marks = MARKS[Math.floorMod(variant, MARKS.length)];
    String words = variant % 2 == 1 && donor.size() > 1 ? donor.get(0) + " " + donor.get(1) : donor.get(0);
    String quote = marks[0] + words + marks[1];
    int at = paragraphs.get(gap).end();
    CorpusArticle copy = host.edit(at, at, "\n\n" + quote);
    return Optional.of(new Plant("quote paragraph", copy, at + 2, at + 2 + quote.length()));
  }

  /** Up to {@code n} consecutive clean sentences of 8–30 words from {@code donor}. */
  static List<String> donorSentences(CorpusArticle donor, int n) {
    List<String> all = sentences(donor).stream().map(s -> s.in(donor)).toList();
    for (int i = 1; i < all.size(); i++) {
      if (fit(all.get(i))) {
        return i + 1 < all.size() && fit(all.get(i + 1)) && n > 1 ? List.of(all.get(i), all.get(i + 1)) : List.of(all.get(i));
      }
    }
    return List.of();
  }

  private static boolean fit(String s) {
    return clean(s) && !s.contains("\n") && words(s) >= MIN_WORDS && words(s) <= MAX_WORDS && !NOT_PROSE.matcher(s).find();
  }

  private static boolean prose(String paragraph) {
    return !NOT_PROSE.matcher(paragraph).find() && !paragraph.contains("\n") && paragraph.strip().endsWith(".")
        && words(paragraph) >= MIN_WORDS;
  }

  private static List<Span> sentencesIn(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      spans.add(new Span(m.start(), m.end()));
    }
    return spans;
  }

  private static final Pattern CUT_AFTER = Pattern.compile(
      "([,.!?])([\"”])\\s+(?:(?:[A-Z][\\w.’'-]*\\s){0,4}(?:he|she|they|[A-Z][\\w’'-]+)\\s+(?:[a-z]+ly\\s+)?"
          + "(?:said|says|added|explained|continued|noted|stated|wrote|argued|warned|insisted|recalled|declared|concluded|told [a-z]+)"
          + "|(?:said|says|added|explained|noted|wrote)\\s+[^.\"“”]{1,80}?)\\s*\\.(?=\\s|$)");
  private static final Pattern CUT_BEFORE = Pattern.compile(
      "^(?:[A-Z][\\w.’'-]*\\s){0,4}(?:He|She|They|[A-Z][\\w’'-]+)\\s+(?:said|says|added|explained|wrote|stated|told [a-z]+)[,:]?\\s+(?=[\"“])");

  /**
   * A copy of {@code host} with the attribution cut from a quotation paragraph ("…," X said. left
   * as "…."), after a paragraph with no quote marks and no reporting word. Which such paragraph
   * varies with {@code variant}; empty when there is none.
   */
  static Optional<Plant> removeAttribution(CorpusArticle host, int variant) {
    List<Span> paragraphs = paragraphs(host);
    List<Plant> candidates = new ArrayList<>();
    for (int i = 1; i < paragraphs.size(); i++) {
      Span p = paragraphs.get(i);
      String text = p.in(host);
      String before = paragraphs.get(i - 1).in(host);
      boolean opensWithQuote = text.startsWith("\"") || text.startsWith("“");
      Matcher said = CUT_AFTER.matcher(text);
      Matcher saidBefore = CUT_BEFORE.matcher(text);
      boolean fit = countQuoteMarks(text) == 2 && !text.contains("\n") && prose(before) && clean(before);
      if (fit && opensWithQuote && said.find()) {
        String quote = text.substring(0, said.start()) + (said.group(1).equals(",") ? "." : said.group(1)) + said.group(2);
        CorpusArticle copy = host.edit(p.start(), p.start() + said.end(), quote);
        candidates.add(new Plant("attribution removed", copy, p.start(), p.start() + quote.length()));
      } else if (fit && saidBefore.find() && (text.endsWith("\"") || text.endsWith("”"))) {
        String quote = text.substring(saidBefore.end());
        CorpusArticle copy = host.edit(p.start(), p.end(), quote);
        candidates.add(new Plant("attribution removed", copy, p.start(), p.start() + quote.length()));
      }
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(Math.floorMod(variant, candidates.size())));
  }

  private static List<Span> paragraphs(CorpusArticle host) {
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = PARAGRAPH.matcher(host.source());
    m.region(host.bodyStart(), host.source().length());
    while (m.find()) {
      paragraphs.add(new Span(m.start(), m.end()));
    }
    return paragraphs;
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
