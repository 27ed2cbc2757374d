package dev.copydesk.core.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The source-map property over every fixture: each word of the checked text is the source
 * substring at its span, by offset and by line and column.
 */
class SourceMappingPropertyTest {

  @ParameterizedTest
  @ValueSource(strings = {"article.md", "article.html", "article.txt"})
  void everyWordPointsAtItselfInTheSource(String fixture) throws InputException {
    Article article = Fixtures.fixture(fixture);
    int words = SourceMappingAssertions.assertWordsMapToSource(article);
    assertTrue(words >= 30, fixture + ": only " + words + " words read");
  }
}
