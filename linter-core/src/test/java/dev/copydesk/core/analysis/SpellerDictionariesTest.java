package dev.copydesk.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpellerDictionariesTest {

  @Test
  void theOtherMainVariantOfAmericanIsBritishAndOfEveryOtherAmerican() {
    assertEquals("en-GB", SpellerDictionaries.otherMainVariant("en-US"));
    assertEquals("en-GB", SpellerDictionaries.otherMainVariant("EN-us"));
    assertEquals("en-US", SpellerDictionaries.otherMainVariant("en-GB"));
    assertEquals("en-US", SpellerDictionaries.otherMainVariant("en-AU"));
  }

  @Test
  void aSpellerMadeAfterAPrefetchKnowsItsVariantsWordsAndTheirWordListsWords() throws Exception {
    SpellerDictionaries.prefetch("en-GB");
    SpellerDictionaries.prefetch("en-GB"); // started once per JVM; a second call returns at once
    var british = SpellerDictionaries.create("en-GB");
    assertFalse(british.isMisspelled("colour"));
    assertTrue(british.isMisspelled("colr"));
    var american = SpellerDictionaries.create("en-US");
    assertTrue(american.isMisspelled("colour"));
    assertFalse(american.isMisspelled("color"));
  }

  @Test
  void aLocaleWithNoEnglishSpellerIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpellerDictionaries.create("de-DE"));
    assertEquals("LanguageTool has no English speller for locale de-DE", e.getMessage());
  }
}
