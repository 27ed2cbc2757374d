package dev.copydesk.core.analysis.names;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The small vocabulary name analysis needs: titles, name particles, calendar words. */
final class NameWords {
  /** Words that stand before a name as (part of) a title. Compared lower-case, without a dot. */
  private static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sen", "senator",
      "rep", "representative", "gov", "governor", "president", "vice", "premier", "minister", "prime",
      "chancellor", "secretary", "mayor", "king", "queen", "prince", "princess", "emperor", "pope", "cardinal",
      "bishop", "archbishop", "rev", "reverend", "father", "sister", "rabbi", "imam", "sheikh", "ayatollah",
      "judge", "justice", "general", "gen", "lt", "col", "colonel", "capt", "captain", "major", "maj", "sgt",
      "sergeant", "admiral", "adm", "commander", "officer", "detective", "inspector", "chief", "chairman",
      "chairwoman", "director", "ambassador", "commissioner", "speaker", "deputy", "attorney", "coach", "manager",
      "striker", "midfielder", "defender", "goalkeeper", "skipper", "ceo", "founder", "spokesman",
      "spokeswoman", "spokesperson", "agent", "dean", "saint", "former");

  /** Lower-case words inside a name: "Osama bin Laden", "Ludwig van Beethoven". */
  private static final Set<String> PARTICLES = Set.of(
      "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "del", "della", "di", "da",
      "du", "dos", "das", "la", "le", "ter", "ten", "zu", "af", "y");

  /**
   * "al-Kadhimi", "el-Sisi", "ad-Din": an Arabic article joined by a hyphen; and a lower-case
   * prefix on a name, "ex-Barclays", "pro-Kremlin", "anti-Trump": the name is the part after it.
   */
  private static final Pattern JOINED_PARTICLE = Pattern.compile("^\\p{Ll}{2,5}[-‐](?=\\p{Lu})");

  /** Titles that stand before a surname alone: "Ms Berger", "Dr. Patel", "Lady Gaga". */
  private static final Set<String> COURTESY_TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady");

  private static final Set<String> CALENDAR = Stream.concat(
          Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
          Stream.of(DayOfWeek.values()).map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)))
      .collect(Collectors.toUnmodifiableSet());

  private NameWords() {}

  static boolean isTitle(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    int hyphen = w.indexOf('-');
    if (hyphen > 0 && (w.startsWith("then-") || w.startsWith("ex-") || w.startsWith("vice-"))) {
      w = w.substring(hyphen + 1);
    }
    return TITLES.contains(w);
  }

  /** Whether {@code title} (as a mention's title, perhaps after other title words) ends in a courtesy title. */
  static boolean endsInCourtesyTitle(String title) {
    String[] words = title.strip().split("\\s+");
    String last = words[words.length - 1].toLowerCase(Locale.ROOT);
    return COURTESY_TITLES.contains(last.endsWith(".") ? last.substring(0, last.length() - 1) : last);
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word);
  }

  /** Month and weekday names: capitalised, but dates, not names. */
  static boolean isCalendarWord(String word) {
    return CALENDAR.contains(word);
  }

  /** A single capital, written as an initial: "W" in "George W. Bush". */
  static boolean isInitial(String word) {
    String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    return w.length() == 1 && Character.isUpperCase(w.charAt(0));
  }

  /**
   * The word by which a name part is compared and counted: a joined particle ("al-") and a
   * possessive ending are dropped, so that "al-Kadhimi", "Kadhimi" and "Kadhimi's" are one name.
   */
  static String key(String part) {
    String k = part;
    if (k.endsWith("'s") || k.endsWith("’s")) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith("'") || k.endsWith("’")) {
      k = k.substring(0, k.length() - 1);
    }
    return JOINED_PARTICLE.matcher(k).replaceFirst("");
  }
}
