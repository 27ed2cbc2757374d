package dev.copydesk.rules.quotes;

import dev.copydesk.core.model.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UnattributedQuoteRuleTest {
  private final RuleTester tester = RuleTester.of(new UnattributedQuoteRule());

  @Test
  void seedFlagsOnlyTheStrategicPartnership() throws IOException {
    String seed = Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8);
    String marked = seed.replace("The \"strategic partnership\"", "The <marker>\"strategic partnership\"</marker>");
    tester.article(marked).expectSeverities(Severity.WARNING).expectMessageContaining("Who said \"strategic partnership\"");
  }

  @Test
  void quotedSentenceWithoutSourceIsAnError() {
    tester.article("Troops will leave by December.\n\n"
            + "Officials met on Monday. <marker>\"We are not going to be in a combat mission.\"</marker> The talks ended.")
        .expectSeverities(Severity.ERROR)
        .expectEvidenceContaining("speaker with a speech verb");
  }

  @Test
  void aParagraphWhoseMarksDoNotPairIsLeftToUnbalancedQuote() {
    tester.article("Officials met on Monday. \"We are not going to be in a combat mission.\" The \"talks ended.\n\n"
        + "Officials met again. <marker>\"We are staying in the country for now.\"</marker> The talks went on.");
  }

  @Test
  void aTermInQuotesIsAMentionNotAScareQuote() {
    tester.article("The \"tax reform\" passed on Monday, and carriers add \"peak season\" surcharges.");
  }

  @Test
  void aPhraseBesideSourcedSpeechIsAWarning() {
    tester.article("The goal remains the \"permanent defeat\" of the group. The <marker>\"strategic partnership\"</marker> remains.\n\n"
            + "A spokesman said the aim was \"the permanent defeat of the group\" in the region.")
        .expectSeverities(Severity.WARNING).expectMessageContaining("Who said");
  }

  @Test
  void aQuoteParagraphAfterFactsIsAnErrorThatSaysWhatItSearched() {
    tester.article("The bridge opened in 1932. It carries 40,000 cars a day across the river.\n\n"
            + "<marker>“We will finish the repairs before the winter.”</marker>\n\n"
            + "The river froze twice in the last decade.")
        .expectSeverities(Severity.ERROR)
        .expectMessageContaining("she said")
        .expectEvidenceContaining("paragraph before");
  }

  @Test
  void texAndMixedMarksAreQuoteMarks() {
    tester.article("The bridge opened in 1932. It carries 40,000 cars a day.\n\n"
            + "<marker>``We will finish the repairs before the winter.''</marker>\n\n"
            + "The river froze twice. Trucks crossed it.\n\n"
            + "<marker>“The county cannot pay for a second bridge.''</marker>\n\n"
            + "Ice closed the road in 2019.")
        .expectSeverities(Severity.ERROR, Severity.ERROR);
  }

  @Test
  void speechNearbyMakesAnUnsourcedQuoteOnlyInfo() {
    tester.article("The bridge opened in 1932.\n\n"
            + "<marker>\"We will finish the repairs before the winter.\"</marker> The mayor later thanked the crews.")
        .expectSeverities(Severity.INFO);
  }

  @Test
  void aParagraphAfterOneThatIntroducesItIsSourced() {
    tester.article("The mayor announced the plan on Monday.\n\n\"We will finish the repairs before the winter.\"");
  }

  @Test
  void speechVerbsFromWordNetAttribute() {
    tester.article("\"We will finish the bridge,\" the mayor vowed.\n\n"
        + "\"Nobody will lose a job,\" the director assured staff.\n\n"
        + "\"I took the money,\" the treasurer confessed on Tuesday.\n\n"
        + "As James put it, \"the river decides when we work.\"\n\n"
        + "\"What a coincidence, poverty rises with police costs!\" the crowd was chanting.");
  }

  @Test
  void titlesTermsMaterialAndRhetoricalQuotesNeedNoSource() {
    tester.as("story.md").article("The agency released \"Roads to Nowhere: Rural Transit in 2030.\"\n\n"
        + "Teams hold \"sprint grooming\" weekly, and 40% were \"somewhat satisfied\" with it.\n\n"
        + "Ask yourself: \"Is this a bad idea for my readers?\"\n\n"
        + "The log then shows \"error: connection_reset at /api/v2\" twice.\n\n"
        + "> \"We stand with the workers of the port today.\"\n\n"
        + "Critics might say \"the program costs too much for what it does.\"");
  }

  @Test
  void singleQuotedWordsAreTermsNotScareQuotes() {
    tester.article("The cells are \"clones\", and the 'legacy backlog' grew.");
  }

  @Test
  void dashAfterTheQuotationNamesTheSpeaker() {
    tester.article("\"We have brains.\" — Peres, on the oil wealth of the region.");
  }

  @Test
  void speakerAfterBeforeAndInterrupting() {
    tester.article("\"We will stay,\" the minister said on Monday.\n\n"
        + "Smith told reporters that \"the plan is working.\"\n\n"
        + "\"Stronger than ever. Our cooperation,\" he concluded, \"encompasses economics.\"\n\n"
        + "\"Why now?\" asked one senator.\n\n"
        + "The deal is \"historic\", according to the ministry.\n\n"
        + "In a statement, the ministry called the deal \"a milestone for the region.\"");
  }

  @Test
  void colonAndIntroducingSentence() {
    tester.article("Communications chief Bill Bodie: \"We don't have to turn the other cheek.\"\n\n"
        + "The president spoke on Monday. He said:\n\n"
        + "\"We are not going anywhere.\"");
  }

  @Test
  void multiParagraphQuotationAndSpeakerContinuing() {
    tester.article("\"The first paragraph of a long statement goes on,\" the mayor said.\n\n"
        + "\"And the mayor goes on in a second paragraph.\n\n"
        + "\"Only the last paragraph closes the quotation.\"\n\n"
        + "The council met later.");
  }

  @Test
  void namedThingsNeedNoSource() {
    tester.article("Nobody intends to declare the famous phrase \"mission accomplished\" yet.\n\n"
        + "The so-called \"war on terror\" began in 2001.\n\n"
        + "The film \"Apocalypse Now\" was shown, and Mohammed \"Mo\" Salah scored twice.\n\n"
        + "Protesters carried signs reading \"Go home\" through the city.");
  }

  @Test
  void phraseQuotedWithSourceElsewhereIsSourced() {
    tester.article("The goal remains the \"permanent defeat\" of the group.\n\n"
        + "A spokesman said the aim was \"the permanent defeat of the group\" in the region.");
  }

  @Test
  void headlinesAreExempt() {
    tester.as("story.txt").article("Biologist tells reporters about 'self-medicating' ants\n\n"
        + "Ants appear to self-medicate, a biologist said on Tuesday.");
  }
}
