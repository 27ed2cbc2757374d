package dev.copydesk.rules.eval;

import dev.copydesk.core.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The real errors GUM's annotators found in the corpus articles 0001–0043 ({@code
 * gum-real-errors.tsv}: document, genre, the words as written, the correction, the sentence as
 * space-separated tokens), located in the articles' text. A sentence is found by its characters
 * with all spacing removed (the file's tokens are space-separated, the article's are not); the
 * error is each place in that sentence where its as-written tokens occur. Spans are offsets in
 * the article's source, as findings' are.
 */
final class GumErrors {
  private GumErrors() {}

  /** One annotated error and where its words are in one article's text ({@code [start, end)} pairs). */
  record Located(String asWritten, String correction, String article, List<int[]> spans) {
    boolean foundBy(List<Finding> findings) {
      return findings.stream().anyMatch(f -> spans.stream().anyMatch(
          s -> f.span().offset() < s[1] && s[0] < f.span().offset() + f.span().length()));
    }
  }

  /** Every error of the file, located in the first of {@code articles} whose source holds its sentence. */
  static List<Located> locate(Path tsv, List<CorpusArticles.Entry> articles) {
    List<String> lines;
    try {
      lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Squeezed> texts = articles.stream().map(a -> new Squeezed(a.name(), a.source())).toList();
    List<Located> located = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 5) {
        continue;
      }
      located.add(locateOne(f[2], f[3], f[4], texts));
    }
    return located;
  }

  private static Located locateOne(String asWritten, String correction, String sentence, List<Squeezed> texts) {
    List<String> tokens = Arrays.asList(sentence.strip().split(" +"));
    List<String> wanted = Arrays.asList(asWritten.strip().split(" +"));
    String squeezedSentence = String.join("", tokens);
    for (Squeezed text : texts) {
      int at = text.squeezed.indexOf(squeezedSentence);
      if (at < 0) {
        continue;
      }
      List<int[]> spans = new ArrayList<>();
      int charsBefore = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (!asWritten.isBlank() && i + wanted.size() <= tokens.size() && tokens.subList(i, i + wanted.size()).equals(wanted)) {
          int from = at + charsBefore;
          int to = from + String.join("", wanted).length() - 1;
          spans.add(new int[] {text.offsets[from], text.offsets[to] + 1});
        }
        charsBefore += tokens.get(i).length();
      }
      return new Located(asWritten, correction, text.name, spans);
    }
    return new Located(asWritten, correction, null, List.of());
  }

  /** An article's text without whitespace, with the offset of each remaining character in the text. */
  private static final class Squeezed {
    final String name;
    final String squeezed;
    final int[] offsets;

    Squeezed(String name, String text) {
      this.name = name;
      StringBuilder b = new StringBuilder();
      int[] at = new int[text.length()];
      for (int i = 0; i < text.length(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          at[b.length()] = i;
          b.append(text.charAt(i));
        }
      }
      this.squeezed = b.toString();
      this.offsets = Arrays.copyOf(at, b.length());
    }
  }
}
