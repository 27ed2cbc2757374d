package dev.copydesk.core.analysis;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * Does the expensive shared analysis of an article once: each block is split into sentences,
 * tokenized, tagged and disambiguated by the thread's LanguageTool, and passages that are not
 * English are marked.
 */
public final class Analyzer {

  /** Analyzes {@code article} with the calling thread's LanguageTool worker. */
  public AnalyzedArticle analyze(Article article, Configuration configuration, LanguageToolWorker worker) {
    List<Sentence> sentences = new ArrayList<>();
    for (Block block : article.blocks()) {
      String blockText = block.region().in(article.text());
      List<Sentence> blockSentences = analyzeBlock(block, blockText, worker);
      if (ForeignPassages.isForeign(blockSentences.stream().flatMap(s -> s.tokens().stream()).toList())) {
        blockSentences = blockSentences.stream().map(Sentence::asForeign).toList();
      }
      sentences.addAll(blockSentences);
    }
    return new AnalyzedArticle(article, configuration, sentences, worker);
  }

  private static List<Sentence> analyzeBlock(Block block, String blockText, LanguageToolWorker worker) {
    List<Sentence> result = new ArrayList<>();
    int offset = block.region().start();
    int cursor = 0;
    for (AnalyzedSentence analyzed : worker.analyze(blockText)) {
      String text = analyzed.getText();
      int found = blockText.indexOf(text, cursor);
      int start = found >= 0 ? found : cursor;
      cursor = start + text.length();
      int sentenceStart = offset + start;
      List<Token> tokens = tokens(analyzed, sentenceStart);
      boolean foreign = ForeignPassages.isForeign(tokens) && tokens.size() > 4;
      result.add(new Sentence(new TextRegion(sentenceStart, text.length()), text, tokens, analyzed, block, foreign));
    }
    return result;
  }

  private static List<Token> tokens(AnalyzedSentence analyzed, int sentenceStart) {
    List<Token> tokens = new ArrayList<>();
    boolean first = true;
    for (AnalyzedTokenReadings readings : analyzed.getTokensWithoutWhitespace()) {
      if (readings.isSentenceStart() || readings.getToken().isEmpty()) {
        continue;
      }
      List<String> tags = new ArrayList<>();
      List<String> lemmas = new ArrayList<>();
      for (AnalyzedToken reading : readings.getReadings()) {
        String tag = reading.getPOSTag();
        if (tag != null && !tag.isEmpty() && !tag.startsWith("SENT_") && !"UNKNOWN".equals(tag)) {
          tags.add(tag);
          lemmas.add(reading.getLemma() == null ? readings.getToken() : reading.getLemma());
        }
      }
      TextRegion region = new TextRegion(sentenceStart + readings.getStartPos(), readings.getToken().length());
      tokens.add(new Token(readings.getToken(), region, tags, lemmas, first));
      first = false;
    }
    return tokens;
  }
}
