package dev.copydesk.core.analysis;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An article with the analysis every rule shares, done once: sentences, tokens with
 * part-of-speech tags, and which passages are not English. Further analyses (names, quotations,
 * dates) are derived on first use and then kept, so that every rule sees the same result and no
 * rule re-tokenizes.
 *
 * <p>Confined to the thread that checks the article.
 */
public final class AnalyzedArticle {
  private final Article article;
  private final Configuration configuration;
  private final List<Sentence> sentences;
  private final LanguageToolWorker languageTool;
  private final Map<Class<?>, Object> derived = new HashMap<>();

  AnalyzedArticle(Article article, Configuration configuration, List<Sentence> sentences, LanguageToolWorker languageTool) {
    this.article = article;
    this.configuration = configuration;
    this.sentences = List.copyOf(sentences);
    this.languageTool = languageTool;
  }

  /** The article as read. */
  public Article article() {
    return article;
  }

  /** The checked text. */
  public String text() {
    return article.text();
  }

  /** The configuration the article is checked under. */
  public Configuration configuration() {
    return configuration;
  }

  /** Every sentence, in order, English or not. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** The sentences in English, in order: the ones to check as English prose. */
  public List<Sentence> englishSentences() {
    return sentences.stream().filter(s -> !s.foreign()).toList();
  }

  /** The sentences of {@code block}, in order. */
  public List<Sentence> sentencesOf(Block block) {
    return sentences.stream().filter(s -> s.block() == block).toList();
  }

  /** The regions of the text that are not in English. */
  public List<TextRegion> foreignRegions() {
    List<TextRegion> regions = new ArrayList<>();
    for (Sentence s : sentences) {
      if (s.foreign()) {
        regions.add(s.region());
      }
    }
    return regions;
  }

  /** The calling thread's LanguageTool, for rules that run LanguageTool's own rules. */
  public LanguageToolWorker languageTool() {
    return languageTool;
  }

  /**
   * A further analysis of this article, computed by {@code analysis} on first request and kept:
   * later requests for the same {@code type} return the same object.
   */
  public <T> T derived(Class<T> type, Function<AnalyzedArticle, T> analysis) {
    Object known = derived.get(type);
    if (known == null) {
      known = analysis.apply(this);
      derived.put(type, known);
    }
    return type.cast(known);
  }
}
