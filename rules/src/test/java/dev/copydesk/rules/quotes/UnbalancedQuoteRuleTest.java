package dev.copydesk.rules.quotes;

import dev.copydesk.core.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnbalancedQuoteRuleTest {
  private final RuleTester tester = RuleTester.of(new UnbalancedQuoteRule());

  @Test
  void openedAndNeverClosed() {
    tester.article("He said <marker>\"</marker>we will stay. Troops left in May.\n\nThe talks ended.")
        .expectMessageContaining("never closed");
  }

  @Test
  void closedAndNeverOpened() {
    tester.article("He said we will stay.<marker>”</marker> Troops left in May.").expectMessageContaining("closes nothing");
  }

  @Test
  void curlyOpeningSingleMarkNeverClosed() {
    tester.article("He called it <marker>‘</marker>a disaster and left.");
  }

  @Test
  void apostrophesAndPrimesAreNotQuoteMarks() {
    tester.article("Don't forget the '90s, when O'Brien, who is 5'10\" tall, rocked 'em all. The players' union agreed on a 13.3\" display.\n\n"
        + "She said: “It’s the users’ rights that matter.”");
  }

  @Test
  void nestedAndMultiParagraphQuotationsAreBalanced() {
    tester.article("\"He told me 'no' twice,\" she said. \"We'd asked for \"research\" funds.\"\n\n"
        + "\"The first paragraph of the statement.\n\n"
        + "\"The second paragraph closes it.\"");
  }

  @Test
  void doubleMarkTypedAsTwoSingleOnesIsOneMark() {
    tester.article("The email read: ''We will sign the lease,\" it said.");
  }

  @Test
  void unclosedQuotationBeforeAParagraphThatDoesNotContinueIt() {
    tester.article("She said <marker>\"</marker>we will win.\n\nThe match is on Sunday.");
  }
}
