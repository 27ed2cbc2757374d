package dev.copydesk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.Languages;

class ScopedChunkerTest {
  /** A sentence LanguageTool's beam of 10 and Copydesk's beam of 3 chunk differently at "up". */
  private static final String SENTENCE = "I liked it so much there I ended up doing a PhD and I've been working on social insects ever since.";

  @Test
  void copydeskAnalysisUsesItsOwnChunkerAndEveryoneElseLanguageTools() {
    Language english = Languages.getLanguageForShortCode("en-US");
    ScopedChunker.install(english);
    ScopedChunker.install(english);
    assertSame(ScopedChunker.class, english.getChunker().getClass());

    List<AnalyzedTokenReadings> elsewhere = OpenNlpChunkerTest.chunked(english.getChunker(), SENTENCE);
    List<AnalyzedTokenReadings> inCopydesk = ScopedChunker.during(() -> OpenNlpChunkerTest.chunked(english.getChunker(), SENTENCE));

    assertEquals("[I-VP]", OpenNlpChunkerTest.chunks(elsewhere, "up"));
    assertEquals("[B-PRT]", OpenNlpChunkerTest.chunks(inCopydesk, "up"));
  }
}
