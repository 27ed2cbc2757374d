package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.quotes.Attribution.Kind;
import dev.copydesk.core.model.BlockKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tells what each quotation is doing before anyone asks for its source ({@link QuoteUse}):
 * <ul>
 *   <li>material: it is in a block quotation (a quoted post, a letter, a statute set off from the
 *       text) or a table, or its words look like code, a path, a log line or a UI string;</li>
 *   <li>mention: it names a thing ({@link NamedThings}: a cue such as so-called or titled, title
 *       case, a nickname), is a single word, is a list item's whole text (a survey option), or is a
 *       short phrase without a verb (a term) — unless the same paragraph quotes a piece of a longer
 *       quotation the article sources elsewhere, where a short phrase is one more piece of that speech;</li>
 *   <li>rhetorical: a question put to the reader ("Ask yourself: "…?"") or speech introduced as
 *       hypothetical ("critics might say "…"");</li>
 *   <li>speech: everything else.</li>
 * </ul>
 */
final class QuoteUseClassifier {
  private static final int MAX_TERM_WORDS = 5;
  private static final int MIN_SENTENCE_WORDS = 4;
  /** A quoted passage this long, with a capital and closing punctuation, is a sentence even with no verb tagged. */
  private static final int MIN_VERBLESS_SENTENCE_WORDS = 6;
  private static final Pattern CODE = Pattern.compile("[{}<>=_\\\\|$#@]|\\w/\\w|\\w\\(|\\.\\w+\\(|^\\W*$|https?:|\\w\\.\\w{2,4}$");
  private static final Set<String> READER = Set.of("you", "your", "yourself", "yourselves", "imagine", "suppose");
  private static final Set<String> EXAMPLE_LEADS = Set.of("like", "e.g.", "eg", "example");
  private static final String SENTENCE_END = ".?!…";

  private final AnalyzedArticle article;
  private final String text;
  private final Predicate<Token> quoted;
  private final Map<Quotation, Attribution> attributions;
  private final List<Quotation> quotations;

  QuoteUseClassifier(AnalyzedArticle article, List<Quotation> topLevel, Map<Quotation, Attribution> attributions) {
    this.article = article;
    this.text = article.text();
    this.quotations = topLevel;
    this.attributions = attributions;
    this.quoted = t -> topLevel.stream().anyMatch(q -> q.region().overlaps(t.region()));
  }

  QuoteClass classify(Quotation q) {
    QuoteClass c = use(q);
    boolean standalone = narrativeOf(q).stream().filter(Token::isWord).count() <= 1;
    return new QuoteClass(c.use(), c.why(), c.sentence(), standalone, besideSourcedSpeech(q));
  }

  private QuoteClass use(Quotation q) {
    String content = q.contentIn(text).strip();
    List<Token> inside = tokensIn(q);
    long words = inside.stream().filter(Token::isWord).count();
    boolean sentence = isSentence(q, content, inside, words);
    Attribution a = attributions.get(q);
    if (q.block().kind() == BlockKind.BLOCK_QUOTE) {
      return new QuoteClass(QuoteUse.MATERIAL, "in a block quotation", sentence, false, false);
    }
    if (inTableRow(q)) {
      return new QuoteClass(QuoteUse.MATERIAL, "in a table", sentence, false, false);
    }
    if (CODE.matcher(content).find()) {
      return new QuoteClass(QuoteUse.MATERIAL, "looks like code, a path or an interface string", sentence, false, false);
    }
    if (a != null && a.kind() == Kind.NAMED_THING) {
      return new QuoteClass(QuoteUse.MENTION, a.describe(), sentence, false, false);
    }
    if (q.kind() == MarkKind.SINGLE && !sentence) {
      return new QuoteClass(QuoteUse.MENTION, "a phrase in single marks (a term or a headline-style mention)", sentence, false, false);
    }
    if (words <= 1) {
      return new QuoteClass(QuoteUse.MENTION, "a single word", sentence, false, false);
    }
    List<Token> narrative = narrativeOf(q);
    if (isRhetorical(content, narrative)) {
      return new QuoteClass(QuoteUse.RHETORICAL, "a question to the reader or hypothetical speech", sentence, false, false);
    }
    if (q.block().kind() == BlockKind.LIST_ITEM && narrative.stream().filter(Token::isWord).count() <= 2) {
      return new QuoteClass(QuoteUse.MENTION, "a list item's own text (an option or an example)", sentence, false, false);
    }
    if (!sentence && words <= MAX_TERM_WORDS && !hasFiniteVerb(inside) && !besideSourcedSpeech(q)) {
      return new QuoteClass(QuoteUse.MENTION, "a short phrase without a verb (a term)", sentence, false, false);
    }
    if (precededBy(narrative, q, EXAMPLE_LEADS)) {
      return new QuoteClass(QuoteUse.MENTION, "an example", sentence, false, false);
    }
    return new QuoteClass(QuoteUse.SPEECH, sentence ? "a quoted sentence" : "quoted words", sentence, false, false);
  }

  /** Whether the paragraph quotes other words that have a source (in their sentence or elsewhere). */
  boolean besideSourcedSpeech(Quotation q) {
    for (Quotation other : quotations) {
      Attribution a = attributions.get(other);
      if (other != q && other.block() == q.block() && a != null && a.kind() == Kind.ECHO) {
        int piece = wordCount(other.contentIn(text));
        int whole = wordCount(a.where().in(text));
        if (whole >= MIN_SENTENCE_WORDS && whole > piece) {
          return true; // a piece of a longer quotation sourced elsewhere, not a term quoted twice
        }
      }
    }
    return false;
  }

  private static int wordCount(String s) {
    String stripped = s.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }

  /** Whether the quotation is in a Markdown table row: a cell's text, quoted with its source in another cell. */
  private boolean inTableRow(Quotation q) {
    String source = article.article().source();
    int at = article.article().sourceSpan(q.opening()).offset();
    int lineStart = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    return source.substring(lineStart, Math.min(source.length(), at)).stripLeading().startsWith("|");
  }

  private boolean isRhetorical(String content, List<Token> narrative) {
    boolean question = content.endsWith("?");
    for (int i = 0; i < narrative.size(); i++) {
      Token t = narrative.get(i);
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (question && READER.contains(lower)) {
        return true;
      }
      boolean hypothetical = t.hasTagStartingWith("MD") && !lower.equals("will") && !lower.equals("'ll")
          && i + 1 < narrative.size() && narrative.get(i + 1).hasTagStartingWith("VB")
          && (i == 0 || !narrative.get(i - 1).hasTagStartingWith("NNP"));
      if (hypothetical && (lower.equals("might") || lower.equals("would") || lower.equals("could"))) {
        return true;
      }
    }
    return false;
  }

  private boolean precededBy(List<Token> narrative, Quotation q, Set<String> words) {
    Token last = null;
    for (Token t : narrative) {
      if (t.isWord() && t.region().end() <= q.opening().start()) {
        last = t;
      }
    }
    return last != null && words.contains(last.text().toLowerCase(Locale.ROOT))
        && q.opening().start() - last.region().end() <= 2;
  }

  private boolean isSentence(Quotation q, String content, List<Token> inside, long words) {
    if (words < MIN_SENTENCE_WORDS || content.isEmpty() || !Character.isUpperCase(content.codePointAt(firstLetter(content)))) {
      return false;
    }
    char last = content.charAt(content.length() - 1);
    boolean ends = SENTENCE_END.indexOf(last) >= 0
        || q.closed() && q.closing().end() < text.length() && SENTENCE_END.indexOf(text.charAt(q.closing().end())) >= 0;
    boolean verb = inside.stream().anyMatch(t -> t.hasTagStartingWith("VBD") || t.hasTagStartingWith("VBP")
        || t.hasTagStartingWith("VBZ") || t.hasTagStartingWith("MD"));
    return ends && (verb || words >= MIN_VERBLESS_SENTENCE_WORDS);
  }

  private static int firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  private static boolean hasFiniteVerb(List<Token> tokens) {
    return tokens.stream().anyMatch(QuoteUseClassifier::isVerb);
  }

  /** A finite verb or modal that cannot be read as a noun or adjective ("are", "will", not "backlog"). */
  static boolean isVerb(Token t) {
    boolean verb = t.hasTagStartingWith("VBD") || t.hasTagStartingWith("VBP") || t.hasTagStartingWith("VBZ")
        || t.hasTagStartingWith("MD") || t.hasTagStartingWith("VB") && !t.hasTagStartingWith("VBN") && !t.hasTagStartingWith("VBG");
    return verb && !t.hasTagStartingWith("NN") && !t.hasTagStartingWith("JJ");
  }

  private List<Token> tokensIn(Quotation q) {
    return article.sentences().stream().filter(s -> s.region().overlaps(q.content()))
        .flatMap(s -> s.tokens().stream()).filter(t -> q.content().contains(t.region())).toList();
  }

  /** The narrative words of the quotation's sentences (outside every quotation). */
  private List<Token> narrativeOf(Quotation q) {
    return article.sentences().stream().filter(s -> s.region().overlaps(q.region()))
        .map(Sentence::tokens).flatMap(List::stream).filter(t -> !quoted.test(t)).toList();
  }
}
