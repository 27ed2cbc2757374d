package dev.copydesk.rules.terms;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermVariantRuleTest {
  private final RuleTester tester = RuleTester.of(new TermVariantRule());

  @Test
  void flagsTheUndottedAbbreviationBesideTheDottedMajority() {
    tester.article("U.S. troops will stay. The U.S. role is to train.\n\nBiden said the <marker>US</marker> intends to stay.\n")
        .expectSuggestions("U.S.")
        .expectSeverities(Severity.WARNING)
        .expectEvidenceContaining("'U.S.' 2 times, first on line 1");
  }

  @Test
  void flagsTheDottedAbbreviationBesideTheUndottedMajority() {
    tester.article("The UN met. The UN voted.\n\nThe <marker>U.N.</marker> envoy left.\n").expectSuggestions("UN");
  }

  @Test
  void aTieGoesToTheFormUsedFirst() {
    tester.article("The goal is the defeat of Isis in Iraq.\n\nThey will deal with <marker>ISIS</marker> as it arrives.\n")
        .expectSuggestions("Isis");
  }

  @Test
  void aTieInOneSentenceGoesToTheFormWrittenFirst() {
    tester.article("A report by the US Labor Department said that the <marker>U.S.</marker> economy shed jobs.\n")
        .expectSuggestions("US");
  }

  @Test
  void flagsTheTitleCaseFormOfAnAcronymButNotAtTheStartOfASentence() {
    tester.article("The NATO summit opened. NATO leaders met.\n\nThe <marker>Nato</marker> chief spoke.\n").expectSuggestions("NATO");
    tester.article("The CEO said so. Then the <marker>Ceo</marker> left. The CEO returned.\n").expectSuggestions("CEO");
  }

  @Test
  void flagsHyphenatedAndClosedFormsOfOneWord() {
    tester.article("Send an e-mail. Another e-mail came.\n\nThe <marker>email</marker> was lost.\n").expectSuggestions("e-mail");
    tester.article("Their co-operation grew. Co-operation is key.\n\nThe <marker>cooperation</marker> ended.\n").expectSuggestions("co-operation");
  }

  @Test
  void flagsListedSpellingVariantsKeepingASentenceCapital() {
    tester.article("Prices rose 5 per cent. Wages rose 2 per cent.\n\n<marker>Percent</marker> changes vary.\n").expectSuggestions("Per cent");
    tester.article("The adviser spoke. The adviser left.\n\nAn <marker>advisor</marker> stayed.\n").expectSuggestions("adviser");
    tester.article("Troops left Kyiv. Kyiv was calm.\n\nIn <marker>Kiev</marker>, shops opened.\n").expectSuggestions("Kyiv");
  }

  @Test
  void aCapitalisedListedFormInsideASentenceIsAProperNameAndKeepsItsSpelling() {
    tester.article("The centre opened. The centre closed.\n\nHe works at the Kennedy Center in Washington.\n");
  }

  @Test
  void theHouseStyleDecidesWhenConfigured() {
    Configuration house = new Configuration(null, "en-US", FailLevel.ERROR, null, List.of(), List.of(),
        List.of(List.of("U.S.", "US")), Map.of(), List.of(), List.of());
    tester.config(house).article("The <marker>US</marker> army and the US navy met.\n")
        .expectSuggestions("U.S.")
        .expectMessageContaining("house style (terms: in copydesk.yml) (2 uses of 'US', first here)");
  }

  @Test
  void headlinesAndStandfirstsFollowHeadlineStyle() {
    tester.article("07/27/2021\n\nBiden and Kadhimi agree on withdrawal of US troops\n\n"
        + "US military will remain on the ground. The withdrawal ends the mission.\n\n"
        + "Washington (AsiaNews/Agencies) - The U.S. and Iraq agreed. U.S. troops will stay.\n");
  }

  @Test
  void currencyCodesAreNotTheCountry() {
    tester.article("The U.S. economy grew. U.S. banks lent US$40 billion and US $5 more.\n");
  }

  @Test
  void oneFormUsedThroughoutIsNotFlagged() {
    tester.article("The US army and the US navy met. The UN watched.\n\nProfits rose 5 percent.\n");
  }

  @Test
  void capitalsForTypographyAreNotASecondForm() {
    RuleTester.of(new TermVariantRule()).article("WASHINGTON — The Secretary of Health met Secretary Blinken in Washington.\n\n"
        + "SECRETARY BLINKEN: Thank you. The Department of Health and Human Services agreed.\n\n"
        + "LOWER COSTS for families are the aim, Blinken said, and lower costs will follow.\n");
  }

  @Test
  void anAcronymBesideItsTitleCaseFormIsStillAVariant() {
    RuleTester.of(new TermVariantRule()).article("ISIS fighters retreated. Isis remains a threat, and Isis cells regroup.\n\n"
        + "Officials said <marker>ISIS</marker> would return.\n").expectSuggestions("Isis");
  }
}
