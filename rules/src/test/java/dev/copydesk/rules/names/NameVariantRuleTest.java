package dev.copydesk.rules.names;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FailLevel;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameVariantRuleTest {
  private static final String KADHIMI = "Iraqi Prime Minister Mustafa al-Kadhimi met U.S. President Joe Biden at the White House.\n\n"
      + "Biden and Kadhimi agreed on a withdrawal of troops.\n\n";
  private final RuleTester tester = RuleTester.of(new NameVariantRule());

  @Test
  void flagsAMisspeltSurname() {
    tester.article(KADHIMI + "The talks, <marker>Kadhmi</marker> said, were cordial.\n")
        .expectSuggestions("Kadhimi")
        .expectSeverities(Severity.ERROR)
        .expectMessageContaining("misspelling of 'Kadhimi'")
        .expectEvidenceContaining("'Kadhimi' is used 2 times, first as 'Mustafa al-Kadhimi' on line 1");
  }

  @Test
  void flagsATranspositionKeepingTheParticle() {
    tester.article(KADHIMI + "Officials close to al-<marker>Kadihmi</marker> were pleased.\n").expectSuggestions("Kadhimi");
  }

  @Test
  void flagsAMisspeltSurnameInAFullNameWithTheSameFirstName() {
    tester.article(KADHIMI + "Mustafa al-<marker>Kadhmi</marker> later left.\n").expectSuggestions("Kadhimi");
  }

  @Test
  void flagsANameNeverIntroducedThatSpeaksInTheEstablishedPersonsPlace() {
    tester.article(KADHIMI + "Speaking at the White House, Biden told his Iraqi counterpart that the work goes on. "
            + "<marker>Kachin</marker> responded by speaking of a stronger relationship.\n")
        .expectSuggestions("Kadhimi")
        .expectMessageContaining("named nowhere else")
        .expectEvidenceContaining("Mustafa al-Kadhimi");
  }

  @Test
  void flagsAMisspeltWordOfALongerNameTheArticleWritesElsewhere() {
    tester.article("The United States and the Air Force agreed. The United States will pay the Air Force.\n\n"
        + "The <marker>Uwited</marker> States said the Air <marker>Fore</marker> would wait.\n").expectSuggestions("United", "Force");
  }

  @Test
  void flagsAMisspeltNameBeforeAPossessive() {
    tester.article("Boeing won the order. Boeing said so.\n\nIt is <marker>Boweing</marker>'s most popular airliner.\n")
        .expectSuggestions("Boeing");
  }

  @Test
  void legitimateVariantsAreNotFlagged() {
    tester.article(KADHIMI + "Kadhimi's aides and al-Kadhimi himself were pleased. The Bidens hosted a dinner. "
        + "Joe thanked his guest.\n");
  }

  @Test
  void twoPeopleWhoseNamesStartAlikeAreNotFlagged() {
    tester.article("Former President George W. Bush met CIA Director William Burns on Monday.\n\n"
        + "Bush said the meeting went well. Burns said little. Bush left early.\n");
  }

  @Test
  void aSecondPersonWithASimilarSurnameIntroducedByFullNameIsNotFlagged() {
    tester.article("Boris Johnson met Tom Johnston in London. Johnson said the talks went well. Johnson left.\n");
  }

  @Test
  void aWordInsideALongerNameIsNotTheSurnameOfAnother() {
    tester.article("Protests in Hong Kong grew. Hong Kong police responded.\n\n"
        + "The pan-democracy camp's Kwong Chun-yu won a seat.\n");
  }

  @Test
  void aSpeakerNotIntroducedWithNoEstablishedNameOfItsShapeIsNotFlagged() {
    tester.article(KADHIMI + "Soleimani said nothing. Maliki responded later.\n");
  }

  @Test
  void commonNounsSpeakingAreNotNames() {
    tester.article("Boeing won the order. Boeing said it was pleased.\n\nPolice said the plant was safe. "
        + "Later the Board said it agreed.\n");
  }

  @Test
  void twoPlacesWithSimilarNamesAreNotFlagged() {
    tester.article("Austria beat Germany. Austria won again.\n\nAustralia lost to Spain.\n");
  }

  @Test
  void monthsWeekdaysAndSentenceStartsAreNotNames() {
    tester.article("Marcia Fudge met reporters on Monday. Fudge said March would be busy. Mondays are quiet.\n");
  }

  @Test
  void aHouseNameIsEstablishedWithoutAnIntroduction() {
    Configuration house = new Configuration(null, "en-US", FailLevel.ERROR, null, List.of(), List.of("Mustafa al-Kadhimi"),
        List.of(), Map.of(), List.of(), List.of());
    tester.config(house).article("The premier, <marker>Kadhmi</marker>, was in Washington.\n")
        .expectSuggestions("Kadhimi")
        .expectEvidenceContaining("house names");
  }

  @Test
  void theHeadlineIsNotHeldToTheBody() {
    tester.article("07/27/2021\n\nBiden and Kadhmi agree on withdrawal\n\n" + KADHIMI);
  }

  private static final String BERGER = "Finance Minister Anna Berger presented the budget on Monday.\n\n"
      + "Berger said the deficit would fall. Critics said Berger had been too cautious.\n\n";

  @Test
  void flagsASwappedSurnameAfterACourtesyTitle() {
    tester.article(BERGER + "Asked about pensions, Ms <marker>Berry</marker> said nothing.\n")
        .expectSuggestions("Berger")
        .expectMessageContaining("never introduced");
  }

  @Test
  void flagsASwappedSurnameOutsideASpeakerPosition() {
    tester.article("Governor Tom Harper vetoed the bill. Harper said it cost too much. Harper later left for the coast.\n\n"
            + "For months, <marker>Harding</marker> has been on the sidelines.\n")
        .expectSuggestions("Harper");
  }

  @Test
  void flagsASwapInsideAMultiWordName() {
    tester.article("Voters in New Hampshire went to the polls. New Hampshire has four electoral votes.\n\n"
            + "The result in New <marker>Hamilton</marker> was close.\n")
        .expectSuggestions("Hampshire");
  }

  @Test
  void flagsSlipsInsideOrganisationsCompoundsAndCourtesyTitles() {
    tester.article("Goldman Sachs hired Priya Patel. Goldman Sachs said Patel would start in May. Barclays lost her.\n\n"
            + "Two ex-<marker>Barlcays</marker> executives joined Goldman <marker>Scahs</marker> with Mr <marker>Patle</marker>. "
            + "Barclays declined to comment.\n")
        .expectSuggestions("Barclays", "Sachs", "Patel");
  }

  @Test
  void flagsARealWordInTheNamesPlaceWhenTheNameIsFirmlyEstablished() {
    tester.article("Mayor Ana Rivera opened the bridge. Rivera thanked the workers. Rivera said the city had waited.\n\n"
            + "Residents praised <marker>Rivers</marker> for finishing early.\n")
        .expectSuggestions("Rivera");
  }

  @Test
  void reportsAccentOnlyVariantsAsInconsistentAccents() {
    tester.article("Medellín hosts the fair. Visitors to Medellín come from afar.\n\nHotels in <marker>Medellin</marker> are full.\n")
        .expectSuggestions("Medellín")
        .expectMessageContaining("accents are inconsistent");
  }

  @Test
  void capitalisedCommonWordsTitlesDemonymsAndForeignNamesAreNotSlips() {
    tester.article("The Senate voted. The Senate adjourned. A Senator from Ohio objected.\n\n"
        + "The Ministry of Defence and the Minister of Finance met. The Northern District and the Northern court agreed; "
        + "the Southern District did not. The Bahamas and Bahamian officials spoke.\n\n"
        + "They met in the Plaza de la Revolución beside the Revolution Museum and the Revolution Square.\n");
  }

  @Test
  void namesInQuotedPostsAreTheirWritersOwn() {
    tester.article("Mayor Taron Margaryan resigned. Margaryan said he was tired. Critics welcomed it.\n\n"
        + "One user wrote: \"@ArmNet I think the latest events call for mayor Margarian's resignation.\"\n");
  }
}
