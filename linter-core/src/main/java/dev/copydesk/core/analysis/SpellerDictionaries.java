package dev.copydesk.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.UserConfig;
import org.languagetool.rules.en.MorfologikAmericanSpellerRule;
import org.languagetool.rules.en.MorfologikAustralianSpellerRule;
import org.languagetool.rules.en.MorfologikBritishSpellerRule;
import org.languagetool.rules.en.MorfologikCanadianSpellerRule;
import org.languagetool.rules.en.MorfologikNewZealandSpellerRule;
import org.languagetool.rules.en.MorfologikSouthAfricanSpellerRule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's spelling dictionaries, built once per JVM, one at a time, and ahead of need.
 *
 * <p>A LanguageTool speller builds its extra word lists ({@code spelling.txt} and the variant's
 * own) into a dictionary the first time it is asked about a word: over half a second per English
 * variant, and in a one-article run about a third of the whole check. LanguageTool keeps the
 * result in a static map that is not safe for threads, so Copydesk makes every speller it uses
 * ready under one lock ({@link #ready}), and {@link #prefetch} builds a variant's dictionaries on a
 * background thread as soon as an engine knows it will need them, while the worker threads load
 * LanguageTool's rules and models.
 */
public final class SpellerDictionaries {
  private static final Object LOCK = new Object();
  private static final Set<String> PREFETCHED = ConcurrentHashMap.newKeySet();
  /** The spellers made ready, so that a worker's speller, asked for on every article, takes the lock once. */
  private static final Set<SpellingCheckRule> READY = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
  private static final Map<String, Factory> SPELLERS = Map.of(
      "en-us", MorfologikAmericanSpellerRule::new,
      "en-gb", MorfologikBritishSpellerRule::new,
      "en-au", MorfologikAustralianSpellerRule::new,
      "en-ca", MorfologikCanadianSpellerRule::new,
      "en-nz", MorfologikNewZealandSpellerRule::new,
      "en-za", MorfologikSouthAfricanSpellerRule::new);

  private SpellerDictionaries() {}

  /**
   * The other main English variant's locale: British ({@code en-GB}) for an American article,
   * American for any other. A word it knows ("colour" in an en-US article) is a variant spelling.
   */
  public static String otherMainVariant(String locale) {
    return locale.toLowerCase(Locale.ROOT).equals("en-us") ? "en-GB" : "en-US";
  }

  /**
   * Starts building, on a daemon thread, the dictionaries of {@code locale}'s speller and of the
   * other main variant's (the two a check of an article in {@code locale} asks), unless that was
   * started before in this JVM. Returns at once.
   */
  public static void prefetch(String locale) {
    List<String> wanted = List.of(locale, otherMainVariant(locale)).stream()
        .filter(l -> SPELLERS.containsKey(l.toLowerCase(Locale.ROOT)))
        .filter(PREFETCHED::add)
        .toList();
    if (wanted.isEmpty()) {
      return;
    }
    Thread builder = new Thread(() -> wanted.forEach(SpellerDictionaries::create), "copydesk-speller-dictionaries");
    builder.setDaemon(true);
    builder.setPriority(Thread.NORM_PRIORITY - 1);
    builder.start();
  }

  /**
   * A new speller for {@code locale} ({@code en-US}, {@code en-GB}, {@code en-AU}, {@code en-CA},
   * {@code en-NZ}, {@code en-ZA}), its dictionaries ready.
   *
   * @throws IllegalArgumentException for a locale LanguageTool has no English speller for
   */
  public static SpellingCheckRule create(String locale) {
    Factory factory = SPELLERS.get(locale.toLowerCase(Locale.ROOT));
    if (factory == null) {
      throw new IllegalArgumentException("LanguageTool has no English speller for locale " + locale);
    }
    Language language = Languages.getLanguageForShortCode(locale);
    try {
      return ready(factory.create(JLanguageTool.getMessageBundle(language), language, new UserConfig(), List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code speller}, its dictionaries built (or taken from LanguageTool's cache) under the lock
   * every Copydesk speller is made ready under, once per speller.
   */
  public static <T extends SpellingCheckRule> T ready(T speller) {
    if (READY.contains(speller)) {
      return speller;
    }
    synchronized (LOCK) {
      try {
        speller.isMisspelled("the");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    READY.add(speller);
    return speller;
  }

  @FunctionalInterface
  private interface Factory {
    SpellingCheckRule create(ResourceBundle messages, Language language, UserConfig config, List<Language> alternatives)
        throws IOException;
  }
}
