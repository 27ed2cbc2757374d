package dev.copydesk.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.LineIndex;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceSpan;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
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
  void cutsALongLineToTheWordsAroundTheSpan() throws Exception {
    String paragraph = "word ".repeat(60) + "thethe " + "more ".repeat(60);
    int start = paragraph.indexOf("thethe");
    SourceSpan span = new LineIndex(paragraph).span(start, start + 6);
    Finding f = new Finding("merged-word", "typos", Severity.ERROR, "doubled", span, "thethe", List.of(), null);
    StringWriter out = new StringWriter();
    new TextReporter().write(new Report(List.of(new FileResult("long.txt", null, List.of(f), 121, List.of()))),
        StoryFixture.context(Map.of("long.txt", paragraph)), out);

    String[] lines = out.toString().split("\n");
    assertEquals("    …word word word word word word word word thethe more more more more more more more more…", lines[1]);
    assertEquals("     " + " ".repeat(40) + "^^^^^^", lines[2]);
  }

  @Test
  void withoutTheSourceItStillGivesPositionAndMessage() throws Exception {
    StringWriter out = new StringWriter();
    new TextReporter().write(StoryFixture.storyReport(), StoryFixture.context(Map.of()), out);

    assertEquals("story.txt:2:16: error merged-word: 'toto' is wrong", out.toString().lines().findFirst().orElseThrow());
    assertEquals("    fix: to", out.toString().lines().skip(1).findFirst().orElseThrow());
  }
}
