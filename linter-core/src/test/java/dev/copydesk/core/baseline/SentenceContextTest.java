package dev.copydesk.core.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.copydesk.core.model.SourceSpan;
import org.junit.jupiter.api.Test;

class SentenceContextTest {

  private static String contextOf(String source, String flagged) {
    int at = source.indexOf(flagged);
    return SentenceContext.of(source, new SourceSpan(at, flagged.length(), 1, 1, 1, 1));
  }

  @Test
  void theSentenceAroundTheFindingIsTheKey() {
    String one = "First sentence here. The minister wants toto go. Last one!";
    String other = "A different opening. The minister wants toto go. Another end?";
    assertEquals(contextOf(one, "toto"), contextOf(other, "toto"));
  }

  @Test
  void wrappingAndSpacingDoNotMatter() {
    assertEquals(contextOf("The minister wants toto go.", "toto"), contextOf("The minister\n  wants   toto\ngo.", "toto"));
  }

  @Test
  void aParagraphBreakEndsTheSentence() {
    assertEquals(contextOf("A headline without a stop\n\nThe minister wants toto go.", "toto"),
        contextOf("Another headline\n\nThe minister wants toto go.", "toto"));
  }

  @Test
  void anEditToTheSentenceItselfChangesTheKey() {
    assertNotEquals(contextOf("The minister wants toto go.", "toto"), contextOf("The prime minister wants toto go.", "toto"));
  }

  @Test
  void spansAtTheEdgesOfTheTextAreFine() {
    assertEquals(16, SentenceContext.of("toto", new SourceSpan(0, 4, 1, 1, 1, 5)).length());
    assertEquals(16, SentenceContext.of("", new SourceSpan(3, 9, 1, 1, 1, 5)).length());
  }
}
