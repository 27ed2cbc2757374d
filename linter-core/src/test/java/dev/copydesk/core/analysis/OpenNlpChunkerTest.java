package dev.copydesk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;

class OpenNlpChunkerTest {
  private static final Language ENGLISH = Languages.getLanguageForShortCode("en-US");
  private static final List<String> AWKWARD = List.of(
      "The ten books are on the old table.",
      "I'll say it: we’ve been told the Prime Minister's plan won't work.",
      "He paid US$ 3.5 million\u00a0for the house\u2003on 5th Avenue.",
      "Some (brackets) — dashes… “quotes” and 'single quotes'.",
      "Officials said: \"We are not going to comment,\" the ministry said.");

  @Test
  void nounPhrasesAreMarkedSingularOrPlural() {
    List<AnalyzedTokenReadings> tokens = chunked(new OpenNlpChunker(OpenNlpChunker.DEFAULT_CHUNKER_BEAM), AWKWARD.get(0));
    assertEquals("[B-NP-plural]", chunks(tokens, "The"));
    assertEquals("[I-NP-plural]", chunks(tokens, "ten"));
    assertEquals("[E-NP-plural]", chunks(tokens, "books"));
    assertEquals("[B-VP]", chunks(tokens, "are"));
    assertEquals("[E-NP-singular]", chunks(tokens, "table"));
  }

  @Test
  void aZeroWidthNoBreakSpaceSplitsWordsAndLeavesTheRestOfTheSentenceChunked() {
    List<AnalyzedTokenReadings> tokens = chunked(new OpenNlpChunker(OpenNlpChunker.DEFAULT_CHUNKER_BEAM),
        "The zero\uFEFFwidth space stays in the old house.");
    assertEquals("[I-NP-singular]", chunks(tokens, "zero"));
    assertEquals("[E-NP-singular]", chunks(tokens, "house"));
  }

  @Test
  void withLanguageToolsBeamItChunksAwkwardTextExactlyAsLanguageTool() {
    assertEquals(0, differingWords(AWKWARD, new OpenNlpChunker(10)));
  }

  @Test
  void withLanguageToolsBeamItChunksTheCorpusExactlyAsLanguageTool() {
    assertEquals(0, differingWords(corpusSentences(), new OpenNlpChunker(10)));
  }

  @Test
  void itsNarrowerBeamChangesTheChunksOfVeryFewWords() {
    List<String> sentences = corpusSentences();
    int words = sentences.stream().mapToInt(s -> tagged(s).size()).sum();
    int differing = differingWords(sentences, new OpenNlpChunker(OpenNlpChunker.DEFAULT_CHUNKER_BEAM));
    assertTrue(differing > 0 && differing < words / 1000, differing + " of " + words + " tokens chunked differently");
  }

  private static int differingWords(List<String> sentences, Chunker chunker) {
    EnglishChunker languageTools = new EnglishChunker();
    int differing = 0;
    for (String sentence : sentences) {
      List<AnalyzedTokenReadings> expected = chunked(languageTools, sentence);
      List<AnalyzedTokenReadings> actual = chunked(chunker, sentence);
      for (int i = 0; i < expected.size(); i++) {
        if (!expected.get(i).getChunkTags().equals(actual.get(i).getChunkTags())) {
          differing++;
        }
      }
    }
    return differing;
  }

  static List<AnalyzedTokenReadings> chunked(Chunker chunker, String sentence) {
    List<AnalyzedTokenReadings> tokens = tagged(sentence);
    chunker.addChunkTags(tokens);
    return tokens;
  }

  static String chunks(List<AnalyzedTokenReadings> tokens, String word) {
    return tokens.stream().filter(t -> t.getToken().equals(word)).findFirst().orElseThrow().getChunkTags().toString();
  }

  private static List<AnalyzedTokenReadings> tagged(String sentence) {
    try {
      return ENGLISH.getTagger().tag(ENGLISH.getWordTokenizer().tokenize(sentence));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> corpusSentences() {
    JLanguageTool splitter = new JLanguageTool(ENGLISH);
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("copydesk.corpus"), "wikinews"))) {
      for (Path file : files.sorted().toList()) {
        sentences.addAll(splitter.sentenceTokenize(Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sentences;
  }
}
