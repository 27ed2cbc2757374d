package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.quotes.Attribution.Kind;
import dev.copydesk.core.analysis.quotes.SpeechCueFinder.Cue;
import dev.copydesk.core.model.Block;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Finds the source of each quotation in the narrative: a speech cue with a speaker in its own
 * sentence; a speaker and a colon before it; an introducing sentence before it ("He said:") or an
 * attributed quotation right after it; the speaker of the paragraph before, which a quotation
 * paragraph continues; or the same words quoted with a source elsewhere. Quotations that name a
 * thing ({@link NamedThings}) need no source.
 */
final class AttributionFinder {
  private static final int MAX_NARRATIVE_WORDS_OF_STANDALONE_QUOTE = 1;

  private final AnalyzedArticle article;
  private final String text;
  private final List<Quotation> quotations;
  private final SpeechCueFinder cueFinder = new SpeechCueFinder(SpeechCues.ENGLISH);
  private final NamedThings namedThings = new NamedThings(SpeechCues.ENGLISH);
  private final Predicate<Token> quoted;
  private final Map<Quotation, Attribution> found = new HashMap<>();

  private AttributionFinder(AnalyzedArticle article, List<Quotation> topLevel) {
    this.article = article;
    this.text = article.text();
    this.quotations = topLevel;
    this.quoted = t -> topLevel.stream().anyMatch(q -> q.region().overlaps(t.region()));
  }

  /** The attribution of each top-level quotation that has one. */
  static Map<Quotation, Attribution> attribute(AnalyzedArticle article, List<Quotation> topLevel) {
    AttributionFinder finder = new AttributionFinder(article, topLevel);
    finder.inOwnSentence();
    finder.fromNeighbours();
    finder.fromEchoes();
    return finder.found;
  }

  private void inOwnSentence() {
    for (Quotation q : quotations) {
      List<Sentence> sentences = sentencesOf(q);
      List<Token> tokens = sentences.stream().flatMap(s -> s.tokens().stream()).toList();
      Optional<Attribution> a = namedThings.find(q, tokens, text).or(() -> colonBefore(q, tokens)).or(() -> dashAfter(q, tokens))
          .or(() -> cueFinder.find(tokens, quoted, q.closed() ? q.closing().end() : -1)
              .map(c -> attribution(Kind.SAME_SENTENCE, c)));
      a.ifPresent(x -> found.put(q, x));
    }
  }

  private void fromNeighbours() {
    for (Quotation q : quotations) {
      if (found.containsKey(q)) {
        continue;
      }
      sameGroup(q).or(() -> standalone(q) ? neighbour(q) : Optional.empty()).ifPresent(a -> found.put(q, a));
    }
  }

  private void fromEchoes() {
    List<Quotation> sourced = quotations.stream().filter(found::containsKey).toList();
    for (Quotation q : quotations) {
      if (found.containsKey(q)) {
        continue;
      }
      String words = normalized(q.contentIn(text));
      for (Quotation other : sourced) {
        if (!words.isBlank() && (" " + normalized(other.contentIn(text)) + " ").contains(" " + words + " ")) {
          Attribution source = found.get(other);
          String cue = "\"" + other.contentIn(text).strip() + "\", " + source.describe();
          found.put(q, new Attribution(Kind.ECHO, cue, source.speaker(), other.region()));
          break;
        }
      }
    }
  }

  private Optional<Attribution> sameGroup(Quotation q) {
    for (Quotation other : quotations) {
      Attribution a = found.get(other);
      if (other != q && other.group() == q.group() && a != null && a.kind() != Kind.NAMED_THING) {
        return Optional.of(new Attribution(Kind.CONTINUATION, a.cue(), a.speaker(), a.where()));
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> neighbour(Quotation q) {
    List<Sentence> all = article.sentences();
    List<Sentence> own = sentencesOf(q);
    int first = all.indexOf(own.get(0));
    int last = all.indexOf(own.get(own.size() - 1));
    int previous = first - 1;
    while (previous >= 0 && isCaption(all.get(previous)) && previous > 0 && first - previous < 2) {
      previous--;
    }
    if (previous >= 0) {
      Sentence before = all.get(previous);
      if (before.text().strip().endsWith(":")) {
        return Optional.of(new Attribution(Kind.NEIGHBOUR_SENTENCE, before.text().strip(), "", before.region()));
      }
      Optional<Attribution> speakerBefore = lastAttributedQuotationIn(before);
      if (speakerBefore.isPresent()) {
        return speakerBefore;
      }
      Optional<Cue> cue = cueFinder.findIntroducing(before.tokens(), quoted);
      if (cue.isEmpty() && before.block() != q.block() && isQuotationParagraph(q.block())) {
        cue = article.sentencesOf(before.block()).stream()
            .map(s -> cueFinder.findListed(s.tokens(), quoted)).flatMap(Optional::stream).reduce((a, b) -> b);
      }
      if (cue.isPresent()) {
        return cue.map(c -> attribution(Kind.NEIGHBOUR_SENTENCE, c));
      }
    }
    if (last + 1 < all.size() && all.get(last + 1).block() != q.block()) {
      Optional<Cue> broken = saidOpeningTheNextParagraph(all.get(last + 1));
      if (broken.isPresent()) {
        return broken.map(c -> attribution(Kind.NEIGHBOUR_SENTENCE, c));
      }
    }
    if (last + 1 < all.size() && all.get(last + 1).block() == q.block()) {
      Sentence after = all.get(last + 1);
      return quotations.stream()
          .filter(o -> o.region().start() >= after.region().start() && o.region().start() < after.region().start() + 3)
          .map(found::get).filter(a -> a != null && a.kind() == Kind.SAME_SENTENCE).findFirst()
          .map(a -> new Attribution(Kind.NEIGHBOUR_SENTENCE, a.cue(), a.speaker(), a.where()));
    }
    return Optional.empty();
  }

  /**
   * What near an unsourced quotation may still be its source, so that the quotation is only
   * doubtful: a listed speech verb with a person or body as speaker, or a speech noun after a
   * preposition ("in a statement"), in the paragraph before or another sentence of its own (there
   * also a verb mainly of communication in WordNet, "vowed"); a quotation in the paragraph before
   * (someone's speech, not a mention: the same speaker may go on); or a paragraph before that ends
   * with a colon. A photo caption (no verb) in between is passed over. WordNet's main
   * senses are too wide across paragraphs ("faced", "ensured", "directed" are filed under
   * communication). Empty when nothing near it speaks.
   */
  static Optional<String> doubt(AnalyzedArticle article, List<Quotation> topLevel, Map<Quotation, QuoteClass> classes,
      Quotation q) {
    AttributionFinder f = new AttributionFinder(article, topLevel);
    List<Block> blocks = article.article().blocks();
    int at = blocks.indexOf(q.block());
    List<Sentence> own = f.sentencesOf(q);
    for (Sentence s : article.sentencesOf(q.block())) {
      if (!own.contains(s)) {
        Optional<Token> cue = f.cueFinder.strongCue(s.tokens(), f.quoted, true);
        if (cue.isPresent()) {
          return Optional.of("'" + cue.get().text() + "' in the same paragraph");
        }
      }
    }
    int back = at - 1;
    if (back > 0 && article.sentencesOf(blocks.get(back)).stream().allMatch(f::isCaption)) {
      back--; // a photo caption between a quotation and the paragraph it goes on from
    }
    if (back >= 0) {
      Block before = blocks.get(back);
      String words = before.region().in(article.text()).strip();
      if (words.endsWith(":")) {
        return Optional.of("the paragraph before ends with a colon");
      }
      if (topLevel.stream().anyMatch(o -> o.block() == before && classes.get(o).use() == QuoteUse.SPEECH)) {
        return Optional.of("a quotation in the paragraph before, whose speaker may go on");
      }
      List<Sentence> previous = article.sentencesOf(before);
      for (int i = 0; i < previous.size(); i++) {
        Optional<Token> cue = f.cueFinder.strongCue(previous.get(i).tokens(), f.quoted, false);
        if (cue.isPresent()) {
          return Optional.of("'" + cue.get().text() + "' in the paragraph before");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "said Bill Strazzullo." set as a paragraph of its own after the quotation: the attribution is
   * there, only the paragraph break is misplaced.
   */
  private Optional<Cue> saidOpeningTheNextParagraph(Sentence next) {
    List<Token> tokens = next.tokens();
    if (tokens.isEmpty() || !tokens.get(0).isWord() || !Character.isLowerCase(tokens.get(0).text().codePointAt(0))) {
      return Optional.empty();
    }
    return cueFinder.find(tokens.subList(0, Math.min(tokens.size(), 2)), t -> false, -1)
        .or(() -> cueFinder.find(tokens, t -> false, -1).filter(c -> c.where().start() == tokens.get(0).region().start()));
  }

  /**
   * Whether a paragraph is nothing but quotation (a pull quote, or a quote paragraph after the one
   * that names its speaker): any speech cue with a speaker in the paragraph before then sources it.
   */
  private boolean isQuotationParagraph(Block block) {
    return article.sentencesOf(block).stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.isWord() && !quoted.test(t)).count() <= MAX_NARRATIVE_WORDS_OF_STANDALONE_QUOTE;
  }

  /** A sentence with no verb, such as a photo caption or a dateline: it neither introduces nor ends a quotation. */
  private boolean isCaption(Sentence s) {
    return s.tokens().stream().noneMatch(t -> t.hasTagStartingWith("VB") || t.hasTagStartingWith("MD"))
        && quotations.stream().noneMatch(q -> s.region().overlaps(q.region()));
  }

  /** The source of the last sourced quotation of {@code sentence}: the same speaker goes on. */
  private Optional<Attribution> lastAttributedQuotationIn(Sentence sentence) {
    Attribution last = null;
    for (Quotation o : quotations) {
      Attribution a = found.get(o);
      if (sentence.region().overlaps(o.region()) && a != null && a.kind() != Kind.NAMED_THING) {
        last = a;
      }
    }
    return Optional.ofNullable(last).map(a -> new Attribution(Kind.CONTINUATION, a.cue(), a.speaker(), a.where()));
  }

  /** Whether the quotation stands alone: its sentence has (almost) no words outside quotations. */
  private boolean standalone(Quotation q) {
    long narrative = sentencesOf(q).stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.isWord() && !quoted.test(t)).count();
    return narrative <= MAX_NARRATIVE_WORDS_OF_STANDALONE_QUOTE;
  }

  private Optional<Attribution> colonBefore(Quotation q, List<Token> tokens) {
    int colon = q.opening().start() - 1;
    while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
      colon--;
    }
    if (colon < 0 || text.charAt(colon) != ':') {
      return Optional.empty();
    }
    Token speaker = null;
    Token cue = null;
    for (Token t : tokens) {
      if (t.region().end() <= colon && !quoted.test(t)) {
        if (t.hasTagStartingWith("VB") && cue == null && speaker != null && t.region().end() == lastWordEnd(tokens, colon)) {
          cue = t;
        } else if (cue == null && t.isWord()) {
          speaker = t;
        }
      }
    }
    boolean named = speaker != null && speaker.isWord()
        && (speaker.isCapitalized() || speaker.hasTagStartingWith("PRP") || speaker.hasTagStartingWith("NN"));
    if (!named) {
      return Optional.empty();
    }
    String words = (cue == null ? speaker.text() : speaker.text() + " " + cue.text()) + ":";
    return Optional.of(new Attribution(Kind.COLON, words, speaker.text(), speaker.region()));
  }

  /** "… brains." — Peres: a dash and a capitalized name right after the closing mark. */
  private Optional<Attribution> dashAfter(Quotation q, List<Token> tokens) {
    if (!q.closed()) {
      return Optional.empty();
    }
    int at = q.closing().end();
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at >= text.length() || "—–".indexOf(text.charAt(at)) < 0 && !text.startsWith("--", at)) {
      return Optional.empty();
    }
    int dash = at;
    return article.sentences().stream().flatMap(s -> s.tokens().stream())
        .filter(t -> t.region().start() > dash && t.isWord()).findFirst()
        .filter(t -> t.isCapitalized() && t.region().start() - dash <= 3)
        .map(t -> new Attribution(Kind.DASH, "— " + t.text(), t.text(), t.region()));
  }

  private static int lastWordEnd(List<Token> tokens, int colon) {
    int end = -1;
    for (Token t : tokens) {
      if (t.region().end() <= colon && t.isWord()) {
        end = t.region().end();
      }
    }
    return end;
  }

  /** The sentences a quotation lies in, and the next one when it goes on in lower case ("he asked"). */
  private List<Sentence> sentencesOf(Quotation q) {
    List<Sentence> own = new ArrayList<>();
    List<Sentence> all = article.sentences();
    for (int i = 0; i < all.size(); i++) {
      Sentence s = all.get(i);
      if (s.region().overlaps(q.region())) {
        own.add(s);
        boolean lastOne = i + 1 == all.size() || !all.get(i + 1).region().overlaps(q.region());
        if (lastOne && i + 1 < all.size() && continuesInLowerCase(all.get(i + 1), s.block())) {
          own.add(all.get(i + 1));
        }
      }
    }
    if (own.isEmpty()) {
      Block block = q.block();
      own.addAll(article.sentencesOf(block));
    }
    return own;
  }

  private static boolean continuesInLowerCase(Sentence next, Block block) {
    return next.block() == block && !next.tokens().isEmpty() && next.tokens().get(0).isWord()
        && Character.isLowerCase(next.tokens().get(0).text().codePointAt(0));
  }

  private static Attribution attribution(Kind kind, Cue cue) {
    return new Attribution(kind, cue.words(), cue.speaker(), cue.where());
  }

  static String normalized(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
