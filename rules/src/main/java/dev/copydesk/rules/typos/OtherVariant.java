package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.SpellerDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The speller of the other main English variant: British for an American article, American for
 * any other. A word it knows ("colour", "analysed", "programme" in an en-US article) is a variant
 * spelling, a matter of house style, not a typo.
 *
 * <p>One speller per variant serves every thread, made on first use and used under its lock:
 * making one builds LanguageTool's extra word lists into a dictionary, which costs far more than
 * the few words the spelling rule asks about, and a LanguageTool speller is not thread-safe.
 */
final class OtherVariant {
  private static final SharedSpeller BRITISH = new SharedSpeller("en-GB");
  private static final SharedSpeller AMERICAN = new SharedSpeller("en-US");

  private OtherVariant() {}

  /** Whether the other variant's speller knows {@code word}, for an article in {@code locale}. */
  static boolean knows(String locale, String word) {
    return (britishIsOther(locale) ? BRITISH : AMERICAN).knows(word);
  }

  /** The name of the variant checked for an article in {@code locale}. */
  static String name(String locale) {
    return britishIsOther(locale) ? "British" : "American";
  }

  private static boolean britishIsOther(String locale) {
    return SpellerDictionaries.otherMainVariant(locale).equals("en-GB");
  }

  /** A speller made on first use and shared by all threads, one word at a time. */
  private static final class SharedSpeller {
    private final String code;
    private SpellingCheckRule speller;

    SharedSpeller(String code) {
      this.code = code;
    }

    synchronized boolean knows(String word) {
      if (speller == null) {
        speller = SpellerDictionaries.create(code);
      }
      try {
        return !speller.isMisspelled(word);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
