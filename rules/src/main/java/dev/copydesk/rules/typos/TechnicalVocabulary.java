package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Speller;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides from the article's own evidence that a word the speller does not know is technical
 * vocabulary rather than a slip: the word is written as an identifier in the prose (a file or
 * dotted name "Cargo.toml", "process.chdir", a snake_case or path-like "std::arch", a command-line
 * flag "--allow-fs-read", a kebab-case name of three or more parts "crypto-rsa-pss-update"), or the
 * article itself uses it outside its prose: in its code (code blocks and code spans), its link
 * addresses and link definitions, or the addresses of its images and HTML ("[etcd](https://github.com/etcd-io/etcd)",
 * "`cgo`" elsewhere in the post) or in a {@code cSpell:ignore} line of its own, or other articles of its site do ({@link SiteVocabulary}). Technical posts name tools, packages and keywords that no
 * dictionary holds, and the author shows they mean them by putting them in code or links; a typo
 * is not repeated in an address or a code sample.
 */
final class TechnicalVocabulary {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** Letters joined by a dot, an underscore or a double colon: a file, module or member name. */
  private static final Pattern JOINED = Pattern.compile("\\p{L}(?:[._]|::)\\p{L}");
  private static final Pattern KEBAB = Pattern.compile("\\p{L}+(?:-\\p{L}+){2,}");
  private static final String EDGE_PUNCTUATION = "\"'“”‘’()[]{}<>,;:!?*";

  /** Longer vowel-less strings are slips more often than abbreviations ("flght"). */
  private static final int MAX_ABBREVIATION = 4;

  private final Set<String> outsideProse;
  private final SiteVocabulary site;

  private TechnicalVocabulary(Set<String> outsideProse, SiteVocabulary site) {
    this.outsideProse = outsideProse;
    this.site = site;
  }

  /** The technical vocabulary of {@code article}, derived once. */
  static TechnicalVocabulary of(AnalyzedArticle article) {
    return article.derived(TechnicalVocabulary.class, a -> new TechnicalVocabulary(
        wordsOutsideProse(a.article().source()), SiteVocabulary.of(a.article().path())));
  }

  /**
   * Whether the flagged {@code word} at {@code [start, end)} of {@code text} is technical
   * vocabulary: written as an identifier, or every part of it the speller does not know is a word
   * the article uses in its code or addresses.
   */
  boolean explains(String text, int start, int end, Speller speller) {
    if (writtenAsIdentifier(text, start, end) || saidLetterByLetter(text.substring(start, end))) {
      return true;
    }
    boolean anyEvidence = false;
    for (String part : text.substring(start, end).split("[-‐]+")) {
      if (part.isEmpty() || speller.knows(part)) {
        continue;
      }
      if (!usedOutsideProse(part)) {
        return false;
      }
      anyEvidence = true;
    }
    return anyEvidence;
  }

  /** Whether the article, or its site ({@link SiteVocabulary}), uses {@code word} in code or addresses. */
  boolean usedOutsideProse(String word) {
    return outsideProse.contains(word.toLowerCase(Locale.ROOT)) || site.knows(word);
  }

  /**
   * Whether {@code word} is a lower-case abbreviation said letter by letter: it has no vowel
   * letter at all and at most four letters ("npm", "std", "dns", "dgst"); a slip in a longer word rarely
   * takes its every vowel ("flght" is one).
   */
  static boolean saidLetterByLetter(String word) {
    return word.length() >= 3 && word.length() <= MAX_ABBREVIATION && word.chars().allMatch(c -> Character.isLetter(c) && Character.isLowerCase(c))
        && word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
  }

  /**
   * Whether the run of non-space characters holding {@code [start, end)} is an identifier: a
   * dotted, snake_case or {@code ::} name, a flag ("--no-addons"), or kebab-case of three parts or more.
   */
  static boolean writtenAsIdentifier(String text, int start, int end) {
    String chunk = trim(WordShape.runAround(text, start, end));
    return JOINED.matcher(chunk).find() || chunk.startsWith("-") && chunk.length() > 1 && Character.isLetter(chunk.charAt(chunk.length() - 1))
        || KEBAB.matcher(chunk).matches();
  }

  private static String trim(String chunk) {
    int from = 0;
    int to = chunk.length();
    while (from < to && EDGE_PUNCTUATION.indexOf(chunk.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && (EDGE_PUNCTUATION.indexOf(chunk.charAt(to - 1)) >= 0 || chunk.charAt(to - 1) == '.')) {
      to--;
    }
    return chunk.substring(from, to);
  }

  /** The words, in lower case, of the code and addresses of a Markdown or HTML source. */
  static Set<String> wordsOutsideProse(String source) {
    Set<String> words = new HashSet<>();
    NonProsePassages.forEach(source, (start, end) -> {
      Matcher word = WORD.matcher(source).region(start, end);
      while (word.find()) {
        words.add(word.group().toLowerCase(Locale.ROOT));
      }
    });
    return words;
  }
}
