package dev.copydesk.rules.typos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.UserConfig;
import org.languagetool.rules.en.MorfologikAmericanSpellerRule;
import org.languagetool.rules.en.MorfologikBritishSpellerRule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The speller of the other main English variant: British for an American article, American for
 * any other. A word it knows ("colour", "analysed", "programme" in an en-US article) is a variant
 * spelling, a matter of house style, not a typo. One speller per thread, made on first use.
 */
final class OtherVariant {
  private static final ThreadLocal<SpellingCheckRule> BRITISH = ThreadLocal.withInitial(() -> speller("en-GB"));
  private static final ThreadLocal<SpellingCheckRule> AMERICAN = ThreadLocal.withInitial(() -> speller("en-US"));

  private OtherVariant() {}

  /** Whether the other variant's speller knows {@code word}, for an article in {@code locale}. */
  static boolean knows(String locale, String word) {
    SpellingCheckRule speller = isAmerican(locale) ? BRITISH.get() : AMERICAN.get();
    try {
      return !speller.isMisspelled(word);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name of the variant checked for an article in {@code locale}. */
  static String name(String locale) {
    return isAmerican(locale) ? "British" : "American";
  }

  private static boolean isAmerican(String locale) {
    return locale.toLowerCase(Locale.ROOT).equals("en-us");
  }

  private static SpellingCheckRule speller(String code) {
    Language language = Languages.getLanguageForShortCode(code);
    try {
      return code.equals("en-GB")
          ? new MorfologikBritishSpellerRule(JLanguageTool.getMessageBundle(language), language, new UserConfig(), List.of())
          : new MorfologikAmericanSpellerRule(JLanguageTool.getMessageBundle(language), language, new UserConfig(), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
