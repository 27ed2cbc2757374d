package dev.copydesk.rules.typos;

import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon;
import dev.copydesk.core.analysis.lexicon.WordNetLexicon.WordClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;

/**
 * Trade words made from a known word by English's own morphology, which the speller's word list
 * does not carry: a prefix before a known word of five letters or more ("de" + "allocated",
 * "un" + "cached", "re" + "baselined"), or an inflection of a known word (
 * "decoding" → "decodings", "decode" → "decodable", "embed" → "embedder", "seek" →
 * "seekable"), one level of each ("de" + "mangle" + "r").
 *
 * <p>The classic misspellings are inflections too ("occuring", "stoped", "begining"), so an
 * inflection is accepted only of a stem of the class the ending inflects (a verb for "-ing"),
 * and not when the speller offers, one slip away, another spelling of the same
 * stem with the same ending ("occurring"): that is the word meant. A prefix needs a stem of five
 * letters so that "untill" (un + till) stays a typo.
 */
final class Inflection {
  private static final List<String> PREFIXES = List.of("un", "de", "re", "pre", "non", "co", "sub", "multi", "inter",
      "over", "under", "auto", "micro", "mis", "dis", "post", "cross", "pseudo", "hyper", "super");
  private static final List<String> SUFFIXES = List.of("ings", "ing", "ables", "able", "ed", "d", "ers", "er", "ier", "s");
  private static final int MIN_PREFIXED_STEM = 5;
  private static final int MIN_INFLECTED_STEM = 4;

  private Inflection() {}

  /**
   * Whether {@code word} is a known word with a prefix or an inflection (one level each) and none
   * of {@code corrections} one slip away spells the same stem with the same ending.
   */
  static boolean isDerived(String word, Speller speller, Tagger tagger, List<String> corrections) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.chars().anyMatch(c -> !Character.isLetter(c))) {
      return false;
    }
    for (String prefix : PREFIXES) {
      String rest = lower.substring(Math.min(prefix.length(), lower.length()));
      if (lower.startsWith(prefix) && rest.length() >= MIN_PREFIXED_STEM
          && (speller.knows(rest) || inflected(rest, speller, tagger, corrections))) {
        return true;
      }
    }
    return inflected(lower, speller, tagger, corrections);
  }

  private static boolean inflected(String lower, Speller speller, Tagger tagger, List<String> corrections) {
    for (String suffix : SUFFIXES) {
      if (!lower.endsWith(suffix)) {
        continue;
      }
      String base = lower.substring(0, lower.length() - suffix.length());
      for (String stem : stems(base, suffix)) {
        if (stem.length() >= MIN_INFLECTED_STEM && speller.knows(stem) && takes(stem, suffix, tagger)
            && !misspeltForm(lower, stem, suffix, corrections)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code stem} is of the word class {@code suffix} inflects, by WordNet or
   * LanguageTool's tagger: a verb for "-ing", "-ed", "-able", "-er" ("conined" is no form of the
   * noun "conine"), an adjective for "-ier"; a plural "-s" of any
   * word not already ending in "s" ("challengess").
   */
  private static boolean takes(String stem, String suffix, Tagger tagger) {
    WordNetLexicon lexicon = WordNetLexicon.shared();
    return switch (suffix) {
      case "s" -> !stem.endsWith("s");
      case "ier" -> !lexicon.senses(WordClass.ADJECTIVE, stem).isEmpty() || tagged(tagger, stem, "JJ");
      default -> !lexicon.senses(WordClass.VERB, stem).isEmpty() || tagged(tagger, stem, "VB");
    };
  }

  private static boolean tagged(Tagger tagger, String word, String tagPrefix) {
    try {
      for (AnalyzedTokenReadings readings : tagger.tag(List.of(word))) {
        for (AnalyzedToken reading : readings) {
          if (reading.getPOSTag() != null && reading.getPOSTag().startsWith(tagPrefix)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stems {@code base} + {@code suffix} can come from: as is, with a dropped "e", a "y" made "i", a doubled consonant. */
  private static List<String> stems(String base, String suffix) {
    if (base.isEmpty()) {
      return List.of();
    }
    if (suffix.equals("d")) {
      return base.endsWith("e") ? List.of(base) : List.of();
    }
    if (suffix.equals("ier")) {
      return List.of(base + "y");
    }
    char last = base.charAt(base.length() - 1);
    boolean doubled = "aeiou".indexOf(suffix.charAt(0)) >= 0 && base.length() > 2 && last == base.charAt(base.length() - 2) && "aeiou".indexOf(last) < 0;
    return doubled ? List.of(base, base + "e", base.substring(0, base.length() - 1)) : List.of(base, base + "e");
  }

  /** Whether a close correction spells the same stem with the same ending ("occurring" for "occuring"). */
  private static boolean misspeltForm(String lower, String stem, String suffix, List<String> corrections) {
    String root = stem.endsWith("e") || stem.endsWith("y") ? stem.substring(0, stem.length() - 1) : stem;
    for (String c : corrections) {
      String candidate = c.toLowerCase(Locale.ROOT);
      if (!candidate.equals(lower) && !candidate.equals(stem) && candidate.chars().allMatch(Character::isLetter)
          && candidate.startsWith(root) && candidate.endsWith(suffix) && Corrections.slips(lower, candidate) <= Corrections.MAX_SLIPS) {
        return true;
      }
    }
    return false;
  }
}
