package dev.copydesk.rules.typos;

import dev.copydesk.core.testing.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MergedWordRuleTest {
  private final RuleTester tester = RuleTester.of(new MergedWordRule());

  @Test
  void theSeedArticlesToto() throws IOException {
    String seed = Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8);
    tester.article(seed.replace("toto", "<marker>toto</marker>"))
        .expectSuggestions("to")
        .expectMessageContaining("typed twice")
        .expectEvidenceContaining("is not in the dictionary, and it is");
  }

  @Test
  void shortWordsDoubledAndMerged() {
    tester.article("He went <marker>toto</marker> the office of <marker>thethe</marker> mayor "
        + "<marker>andand</marker> spoke <marker>inin</marker> front <marker>ofof</marker> reporters.")
        .expectSuggestions("to", "the", "and", "in", "of");
  }

  @Test
  void aMergedWordStartingASentenceKeepsItsCapital() {
    tester.article("The council met. <marker>Thethe</marker> mayor spoke first.")
        .expectSuggestions("The");
  }

  @Test
  void doubledFormsThatAreWordsOrNamesAreNotReported() {
    tester.article("""
        The dancer wore a tutu and ate a bonbon; her mama saw a dodo and a tom-tom.

        Fighters of Isis attacked, and the band Toto played while the goddess Isis was honoured.
        """);
  }
}
