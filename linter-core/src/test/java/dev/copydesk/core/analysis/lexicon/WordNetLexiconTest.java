package dev.copydesk.core.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.lexicon.WordNetLexicon.WordClass;
import org.junit.jupiter.api.Test;

class WordNetLexiconTest {

  private final WordNetLexicon lexicon = WordNetLexicon.shared();

  @Test
  void speechVerbsAreVerbsOfCommunicationInAnyInflection() {
    for (String verb : new String[] {"said", "vowed", "assured", "confessed", "advises", "chanting", "underlined"}) {
      assertTrue(lexicon.isCommunicationVerb(verb), verb);
    }
    for (String verb : new String[] {"ran", "built", "ate", "Kadhimi"}) {
      assertFalse(lexicon.isCommunicationVerb(verb), verb);
    }
  }

  @Test
  void lemmasAreWordNetsBaseForms() {
    assertEquals("vow", lexicon.lemma(WordClass.VERB, "vowed"));
    assertEquals("river", lexicon.lemma(WordClass.NOUN, "Rivers"));
    assertNull(lexicon.lemma(WordClass.NOUN, "Kadhimi"));
  }

  @Test
  void commonWordsHaveALowerCaseSenseAndNamesDoNot() {
    assertTrue(lexicon.isCommonWord("Senate"));
    assertTrue(lexicon.isCommonWord("Southern"));
    assertTrue(lexicon.isCommonWord("Berry"));
    assertFalse(lexicon.isCommonWord("Harding"), "WordNet knows Harding only as a president's name");
    assertFalse(lexicon.isCommonWord("Kadhimi"));
    assertTrue(lexicon.knows("Harding"));
  }

  @Test
  void demonymsArePlaceAdjectivesWrittenWithACapital() {
    assertTrue(lexicon.isDemonym("Bahamian"));
    assertTrue(lexicon.isDemonym("Iraqi"));
    assertFalse(lexicon.isDemonym("southern"));
    assertFalse(lexicon.isDemonym("Berger"));
  }
}
