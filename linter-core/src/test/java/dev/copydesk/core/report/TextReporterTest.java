package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReporterTest {

  @Test
  void showsEachFindingWithItsLineUnderlinedTheFixAndWhy() throws Exception {
    String text = StoryFixture.write(new TextReporter(), StoryFixture.storyReport());

    assertEquals("""
        story.txt:2:16: error merged-word: 'toto' is wrong
            The US intends toto continue the talks, said Mustafa al-Kadhimi.
                           ^^^^
            fix: to
            why: 'toto' is not a word; 'to' is
        story.txt:4:22: warning name-variant: 'Kachin' is wrong
            "It is a long road," Kachin told AsiaNews in an interview given on Tuesday.
                                 ^^^^^^
            fix: Kadhimi (or al-Kadhimi)
        broken.txt: error: not valid UTF-8 (malformed bytes near byte 3); save the file as UTF-8
        clean.txt: error: grammar: rule failed with java.lang.IllegalStateException
        2 files checked (66 words): 1 error, 1 warning, 0 infos; 1 file could not be read; 1 rule failure
        """, text);
  }

  @Test
  void cutsALongLineToTheWordsAroundTheSpanWithinEightyColumns() throws Exception {
    String paragraph = "word ".repeat(60) + "thethe " + "more ".repeat(60);

    String[] lines = excerpt(paragraph, "thethe", 80);

    assertEquals("    …word word word word word word thethe more more more more more more…", lines[0]);
    assertEquals("     " + " ".repeat(30) + "^^^^^^", lines[1]);
  }

  @Test
  void fitsTheExcerptToTheTerminalWidthWithTheUnderlineUnderTheSpan() throws Exception {
    String paragraph = "The council said on Monday that the US intends toto continue its support for the "
        + "new school, which opened in the spring after years of delay and several changes of plan.";
    for (int width : new int[] {120, 80, 60, 40, 24}) {
      String[] lines = excerpt(paragraph, "toto", width);
      assertTrue(lines[0].length() <= width, width + ": " + lines[0]);
      int caret = lines[1].indexOf('^');
      assertEquals("toto", lines[0].substring(caret, caret + 4), width + ": " + lines[0] + "\n" + lines[1]);
      assertEquals("^^^^", lines[1].strip(), width + ": " + lines[1]);
    }
    assertEquals("    " + paragraph.substring(0, paragraph.indexOf(" for the")) + "…", excerpt(paragraph, "The", 80)[0]);
    assertEquals("    ^^^", excerpt(paragraph, "The", 80)[1]);
    assertTrue(excerpt(paragraph, "plan", 80)[0].endsWith(" changes of plan."));
  }

  @Test
  void aLineThatFitsIsShownWholeAndWideCharactersCountTwoColumns() throws Exception {
    String cjk = "記者会見で首相は「toto」と述べた。";

    String[] lines = excerpt(cjk, "toto", 80);

    assertEquals("    " + cjk, lines[0]);
    assertEquals("    " + " ".repeat(2 * "記者会見で首相は「".length()) + "^^^^", lines[1]);
    String longCjk = "記者会見".repeat(30) + " toto " + "記者会見".repeat(30);
    String[] cut = excerpt(longCjk, "toto", 80);
    assertTrue(DisplayWidth.of(cut[0]) <= 80, cut[0]);
    assertEquals(DisplayWidth.of(cut[0].substring(0, cut[0].indexOf("toto"))), cut[1].indexOf('^'));
  }

  @Test
  void aSpanWiderThanTheTerminalIsCutToo() throws Exception {
    String quote = "x ".repeat(20) + "\"" + "said ".repeat(40) + "\"" + " y".repeat(20);
    String marked = quote.substring(quote.indexOf('"'), quote.lastIndexOf('"') + 1);

    String[] lines = excerpt(quote, marked, 40);

    assertTrue(lines[0].length() <= 40, lines[0]);
    assertTrue(lines[0].startsWith("    …\"said said"), lines[0]);
    assertEquals("     " + "^".repeat(34), lines[1]);
  }

  /** The excerpt and underline lines of a finding on {@code marked} in one-line {@code text}, {@code width} columns wide. */
  private static String[] excerpt(String text, String marked, int width) throws Exception {
    int start = text.indexOf(marked);
    SourceSpan span = new LineIndex(text).span(start, start + marked.length());
    Finding f = new Finding("merged-word", "typos", Severity.ERROR, "doubled", span, marked, List.of(), null);
    StringWriter out = new StringWriter();
    ReportContext narrow = new ReportContext("0.1.0-test", List.of(), FailLevel.ERROR, path -> Optional.of(text), width);
    new TextReporter().write(new Report(List.of(new FileResult("long.txt", null, List.of(f), 121, List.of()))), narrow, out);
    String[] lines = out.toString().split("\n");
    return new String[] {lines[1], lines[2]};
  }

  @Test
  void withoutTheSourceItStillGivesPositionAndMessage() throws Exception {
    StringWriter out = new StringWriter();
    new TextReporter().write(StoryFixture.storyReport(), StoryFixture.context(Map.of()), out);

    assertEquals("story.txt:2:16: error merged-word: 'toto' is wrong", out.toString().lines().findFirst().orElseThrow());
    assertEquals("    fix: to", out.toString().lines().skip(1).findFirst().orElseThrow());
  }
}
