package dev.copydesk.rules.typos;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrammarRuleTest {
  private final RuleTester tester = RuleTester.of(new GrammarRule());

  @Test
  void aWordTypedTwice() {
    tester.article("Officials said <marker>the the</marker> report was late.")
        .expectSuggestions("the")
        .expectSeverities(Severity.ERROR);
  }

  @Test
  void deliberateRepetitionsAreNotReported() {
    tester.article("""
        It was very very cold, and many many people stayed home.

        There are bookkeeping and things like that that you have to do. She had had enough.

        The first FIRST Global robotics competition was held this week.
        """);
  }

  @Test
  void confusedWords() {
    tester.article("""
        Forecasters said the cyclone will <marker>loose</marker> strength over land.

        Sometimes I make them more pretty <marker>then</marker> they were.

        The plan failed because <marker>it's</marker> budget was cut.
        """)
        .expectSuggestions("lose", "than", "its");
  }

  @Test
  void articlesAndAgreement() {
    tester.article("""
        Apple launched <marker>a</marker> online music store in 2003.

        The plant is old, the product is old, it <marker>make</marker> sense it is on that list.
        """)
        .expectSuggestions("an", "makes");
  }

  @Test
  void styleTypographyAndWhitespaceAdviceStaysOff() {
    tester.article("""
        In order to win, the team was given a "new" plan by the coach.  It was utilized at the end of the day.

        The report, which was written by staff , is very unique and it is currently being reviewed.
        """);
  }

  @Test
  void messagesAreCleanOfMarkup() {
    for (Finding f : tester.article("He will <marker>loose</marker> the race.").findings()) {
      assertFalse(f.message().contains("<"), f.message());
      assertTrue(f.evidence().contains("LOOSE_LOSE"), f.evidence());
    }
  }

  @Test
  void aWordMarkedSicIsQuotedAsWritten() {
    tester.article("The letter said \"we will loose [sic] the war\" in capitals.");
  }

  @Test
  void everyChosenLanguageToolRuleExistsAndHasAReason() {
    Map<String, org.languagetool.rules.Rule> available = LanguageToolPool.forLocale("en-US").worker().rules();
    for (Map.Entry<String, String> chosen : GrammarRule.languageToolRules().entrySet()) {
      assertTrue(available.containsKey(chosen.getKey()), "LanguageTool has no rule " + chosen.getKey());
      assertFalse(chosen.getValue().isBlank(), "no reason for " + chosen.getKey());
    }
  }

  @Test
  void anArticleBeforeInlineCodeIsNotJudgedAgainstTheCodeOrTheWordAfterIt() {
    RuleTester markdown = RuleTester.of(new GrammarRule()).as("post.md");
    markdown.article("""
        We added an `ExportQueue` object to the scheduler.

        It returns a `Result` and an `Option` value, or an `i32` integer.

        The parser keeps a `HashMap` of an `IndexSet` each.
        """);
    markdown.article("We added an `ExportQueue` object, which took <marker>a</marker> hour.")
        .expectSuggestions("an");
  }

  @Test
  void noFindingLiesInTemplateSyntax() {
    RuleTester.of(new GrammarRule()).as("post.md").article("""
        Read {{< relref "the the guide" >}} first, then {% include a an.html %} and {{ "the the" | url }}.

        {{% alert title="a apple" %}}
        The tool is <marker>a</marker> excellent choice.
        {{% /alert %}}
        """).expectSuggestions("an");
  }

  @Test
  void articlesThatFitTheSoundAndRepeatedNamesAreRight() {
    tester.article("The city won an $8m grant for a European-made tram. "
        + "Germany will launch a Ukraine Resilience Package. They flew to Walla Walla and then Bora Bora.\n");
  }

  @Test
  void aWrongArticleBeforeAFigureIsStillFlagged() {
    tester.article("The council approved <marker>a</marker> 8% rise in fees for the year.\n");
  }

  @Test
  void quotedPostsAreTheirWritersGrammar() {
    tester.article("She tweeted: \"@Ahmad: I dream of the day when we form a EU style federation.\"\n\n"
        + "He said <marker>the the</marker> mayor replied.\n").expectSuggestions("the");
  }

  @Test
  void aOrAnBeforeAnIdentifierWhoseSoundNoDictionaryGivesIsNotJudged() {
    tester.article("""
        The release includes an npm update and an x509 parser, and returns a uint64 from a userspace generator.

        Create <marker>a</marker> unpublished page, and ship <marker>a</marker> MVP by July.
        """);
  }

  @Test
  void aRepetitionAcrossMarkupIsNotATypo() {
    tester.as("post.md").article("""
        The interviews we did *did* give us information. WHEN AND and OR are combined, order matters.

        ![Image](https://example.org/a.png)
        ![Image](https://example.org/b.png)

        It was found in <marker>the the</marker> top crate.
        """);
  }
}
