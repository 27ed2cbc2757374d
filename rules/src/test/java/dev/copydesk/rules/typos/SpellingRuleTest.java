package dev.copydesk.rules.typos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingRuleTest {
  private final RuleTester tester = RuleTester.of(new SpellingRule());

  @Test
  void lowerCaseMisspellingsAreErrorsWithTheClosestCorrectionFirst() {
    tester.article("Thousands of <marker>pilgrams</marker> gathered in Mecca to <marker>recieve</marker> the blessing.")
        .expectSuggestions("pilgrims", "receive")
        .expectSeverities(Severity.ERROR, Severity.ERROR)
        .expectMessageContaining("is not in the en-US dictionary; did you mean")
        .expectEvidenceContaining("one slip");
  }

  @Test
  void aMisspeltPartOfAHyphenatedWordIsReported() {
    tester.article("The company released several <marker>mini-applicatios</marker> for its phones on Monday.")
        .expectSuggestions("mini-application");
  }

  @Test
  void namesTheSeedArticleEstablishesAreNotTypos() throws IOException {
    String seed = Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8);
    // "toto" is merged-word's (which supersedes spelling); "Kachin" starts its sentence and is
    // not a name the article establishes, so it is info here and name-variant's to explain.
    List<Finding> findings = tester.article(seed.replace("toto", "<marker>toto</marker>")
        .replace("Kachin", "<marker>Kachin</marker>")).findings();
    assertEquals(List.of(Severity.ERROR, Severity.INFO), findings.stream().map(Finding::severity).toList());
  }

  @Test
  void aNameIntroducedByATitleOrAFirstNameIsNotATypo() {
    tester.article("""
        Iraqi Prime Minister Mustafa al-Kadhimi met the Iranian General Qasem Soleimani in 2019.

        Kadhimi said the talks went well. Guterres and Ruak are in the runoff.
        """);
  }

  @Test
  void aCapitalisedWordThatOnlyStartsASentenceIsInfoAtMost() {
    tester.article("Officials counted the crowd. <marker>Pilgrams</marker> came from forty countries.")
        .expectSeverities(Severity.INFO)
        .expectSuggestions("Pilgrims");
  }

  @Test
  void houseDictionaryWordsAreAccepted() {
    Configuration house = new Configuration(null, "en-US", Configuration.defaults().failOn(), null,
        List.of("recieve"), List.of("Mustafa al-Kadhimi"), List.of(), Map.of(), List.of(), List.of());
    tester.config(house).article("The clerks recieve the copy before noon, as the style sheet allows.");
  }

  @Test
  void britishSpellingsAreAVariantNotATypo() {
    tester.article("The colour of the programme was analysed by the defence ministry's centre.");
  }

  @Test
  void addressesHandlesHashtagsAcronymsAndWordsWithDigitsAreNotChecked() {
    tester.article("Write to desk@recieve.com, see www.pilgrams.org/recieve, follow @recieve and #pilgrams "
        + "about the NSWPF report and the A380s and the 3rd memo of 2021.");
  }

  @Test
  void aWordMarkedSicIsQuotedAsWritten() {
    tester.article("The sign read \"We will recieve [sic] all visitors\" in large letters.");
  }

  @Test
  void aLowerCaseWordTheArticleUsesMoreThanOnceIsItsOwnTerm() {
    tester.article("The ants ate fusca honeydew. Each fusca colony has a queen.");
  }

  @Test
  void wordsFarFromAnyCorrectionAndClosedCompoundsAreLeftAlone() {
    tester.article("Researchers measured the metabolome of the samples. A gumball machine stood in the hall.");
  }

  @Test
  void typosInQuotedPostsAreTheirWritersOwn() {
    tester.article("Kenya Police tweeted: \"@KenyaPolice: Kenya Police does not support the exploiation of workers.\"\n\n"
        + "Thousands of <marker>pilgrams</marker> gathered.\n");
  }

  @Test
  void technicalVocabularyTheArticleShowsInCodeOrLinksOrWritesAsAnIdentifierIsNotATypo() {
    tester.as("post.md").article("""
        Projects like [etcd](https://github.com/etcd-io/etcd) use it. These packages involve no cgo at all.

        The version pinned in Cargo.toml wins, as process.chdir does, and the --allow-fs-read flag
        reads the crypto-rsa-pss-update directory. The npm registry answers dns queries.

        Build with `cgo` off. The new helper <marker>recieves</marker> the <marker>mutex</marker>, a word no code or link here shows.
        """).expectSuggestions("receives", "mute");
  }

  @Test
  void prefixesAndInflectionsOfKnownWordsAreTradeWordsButMisspeltInflectionsAreTypos() {
    tester.article("""
        The data was deallocated, uncached and rebaselined; the decodings are decodable and seekable by the embedder.

        Outages were <marker>occuring</marker> daily, and the page was <marker>stoped</marker> until noon.
        """).expectSuggestions("occurring", "stopped");
  }

  @Test
  void wordsOfTheAuthorsOwnSpellCheckerDirectiveAreNotTypos() {
    tester.as("post.md").article("""
        ---
        title: Load balancing
        spelling: cSpell:ignore lookaside makdharma
        ---

        The lookaside balancer reads the <marker>configuraton</marker> first.
        """).expectSuggestions("configuration");
  }
}
