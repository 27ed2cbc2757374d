package dev.copydesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.testing.RuleTester;
import dev.copydesk.rules.names.NameVariantRule;
import dev.copydesk.rules.terms.TermVariantRule;
import dev.copydesk.rules.typos.GrammarRule;
import dev.copydesk.rules.typos.MergedWordRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which findings {@code copydesk fix} may apply unasked: the rules mark them ({@code
 * Issue.safeToFix}), and only rules whose {@code RuleInfo.safeFix} says so count.
 */
class SafeFixMarkingTest {

  private static List<Boolean> safe(RuleTester.Case c) {
    return c.findings().stream().map(Finding::safeFix).toList();
  }

  @Test
  void aMergedWordIsAlwaysSafe() {
    assertEquals(List.of(true), safe(RuleTester.of(new MergedWordRule())
        .article("Biden said the army intends <marker>toto</marker> continue to train Iraqi forces.")));
  }

  @Test
  void aLowerCaseRepeatedWordIsSafeButNotANameOrACaseDifference() {
    assertEquals(List.of(true), safe(RuleTester.of(new GrammarRule())
        .article("The minister said <marker>the the</marker> talks would resume on Monday.")));
    assertEquals(List.of(false), safe(RuleTester.of(new GrammarRule())
        .article("The minister said <marker>The the</marker> talks would resume on Monday.")).subList(0, 1));
    assertEquals(List.of(false), safe(RuleTester.of(new GrammarRule())
        .article("Kahumbu explains how <marker>piki piki</marker> riders carry the goods to market.")));
  }

  @Test
  void aTermIsSafeToItsMajorityFormButNotOnATieOrACaseDifference() {
    assertEquals(List.of(true), safe(RuleTester.of(new TermVariantRule()).article(
        "U.S. troops will stay. The U.S. embassy said so. Biden said the <marker>US</marker> intends to continue.")));
    assertEquals(List.of(false), safe(RuleTester.of(new TermVariantRule()).article(
        "The U.S. embassy said so. Biden said the <marker>US</marker> intends to continue.")));
    assertEquals(List.of(false), safe(RuleTester.of(new TermVariantRule()).article(
        "The goal is the defeat of Isis. Isis still holds towns. Troops will deal with <marker>ISIS</marker> as it comes.")));
    assertEquals(List.of(false), safe(RuleTester.of(new TermVariantRule()).article(
        "U.S. troops will stay. The U.S. embassy said so. Officials of the <marker>US</marker> Secret Service agreed.")));
    assertEquals(List.of(false), safe(RuleTester.of(new TermVariantRule()).article(
        "U.S. troops will stay. The U.S. embassy said so. She works for UNIDOS <marker>US</marker>, a charity.")));
    assertEquals(List.of(false), safe(RuleTester.of(new TermVariantRule()).article(
        "The L.A. police came. L.A. residents watched. They met at the East <marker>LA</marker> station at noon.")));
  }

  @Test
  void aNameVariantIsNeverSafeAndPointsAtWhereTheNameWasIntroduced() {
    RuleTester.Case c = RuleTester.of(new NameVariantRule()).article(
        "Iraqi Prime Minister Mustafa al-Kadhimi met Biden. Kadhimi said the talks went well. "
            + "<marker>Kachin</marker> responded by speaking of a \"relationship\" that is now stronger, he said.");
    assertEquals(List.of(false), safe(c));
    assertEquals(1, c.findings().get(0).related().size());
    assertEquals(21, c.findings().get(0).related().get(0).span().offset());
  }
}
