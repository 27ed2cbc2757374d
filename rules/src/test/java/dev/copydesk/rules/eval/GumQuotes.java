package dev.copydesk.rules.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The quotations GUM's annotators marked ({@code gum-quotes.tsv}, tokenized), found in the
 * corpus articles by comparing letters and digits only, so that tokenization spacing and quote
 * mark styles do not matter.
 */
final class GumQuotes {
  private GumQuotes() {}

  /** A marked quotation located in an article's source. */
  record Located(CorpusArticle article, int start, int end, String tokens) {}

  /** The quotations of the TSV file; {@code unmatched} receives the ones no article holds. */
  static List<Located> locate(List<CorpusArticle> articles, List<String> unmatched) {
    List<Indexed> indexed = articles.stream().map(Indexed::of).toList();
    List<Located> located = new ArrayList<>();
    for (String row : rows()) {
      String tokens = row.split("\t", 3)[2];
      String key = Indexed.normalize(tokens, null);
      Optional<Located> hit = indexed.stream().map(i -> i.find(key, tokens)).flatMap(Optional::stream).findFirst();
      hit.ifPresentOrElse(located::add, () -> unmatched.add(tokens));
    }
    return located;
  }

  private static List<String> rows() {
    Path file = Path.of(System.getProperty("copydesk.corpus")).resolve("gum-quotes.tsv");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An article's letters and digits, lower-cased, with each one's offset in the source. */
  private record Indexed(CorpusArticle article, String letters, int[] offsets) {
    static Indexed of(CorpusArticle article) {
      List<Integer> offsets = new ArrayList<>();
      String letters = normalize(article.source().substring(article.bodyStart()), offsets);
      return new Indexed(article, letters, offsets.stream().mapToInt(i -> i + article.bodyStart()).toArray());
    }

    static String normalize(String s, List<Integer> offsets) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          b.append(Character.toLowerCase(c));
          if (offsets != null) {
            offsets.add(i);
          }
        }
      }
      return b.toString();
    }

    Optional<Located> find(String key, String tokens) {
      int at = key.isEmpty() ? -1 : letters.indexOf(key);
      if (at < 0) {
        return Optional.empty();
      }
      return Optional.of(new Located(article, offsets[at], offsets[at + key.length() - 1] + 1, tokens));
    }
  }
}
