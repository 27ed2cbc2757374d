package dev.copydesk.rules.terms;

import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the uses of terms that have more than one accepted form, in body sentences:
 * abbreviations with and without dots ("U.S."/"US"), an acronym and its title-case form
 * ("ISIS"/"Isis"), a hyphenated word and its closed form ("co-operation"/"cooperation"), the
 * listed {@link SpellingVariants} and the house's configured {@code terms:}.
 */
final class TermUseFinder {
  private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}");
  /** Not a currency code: "US$40 billion", "US $199". */
  private static final Pattern UNDOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{Lu}{2,5}(?![\\p{L}\\p{N}]|\\s?\\$)");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{3,}");
  private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");
  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
  private static final String OPENERS = "\"“‘'(–—-";

  private final List<Pattern> listed;
  private final List<Pattern> house;
  private final List<List<String>> listedStarts;
  private final List<List<String>> houseStarts;
  private final Set<String> lowerCaseListed;

  /** A finder for the listed variants and {@code houseTerms} (each group's forms). */
  TermUseFinder(List<List<String>> houseTerms) {
    this.listed = SpellingVariants.groups().stream().map(g -> alternatives(g, Pattern.CASE_INSENSITIVE)).toList();
    this.house = houseTerms.stream().map(g -> alternatives(g, 0)).toList();
    this.listedStarts = SpellingVariants.groups().stream().map(TermUseFinder::starts).toList();
    this.houseStarts = houseTerms.stream().map(TermUseFinder::starts).toList();
    this.lowerCaseListed = SpellingVariants.groups().stream().flatMap(List::stream)
        .filter(f -> f.equals(f.toLowerCase(Locale.ROOT))).collect(Collectors.toUnmodifiableSet());
  }

  /** The uses of variant terms in {@code sentences}, in text order (which decides ties). */
  List<TermUse> find(List<Sentence> sentences) {
    List<TermUse> uses = new ArrayList<>();
    Map<String, List<TermUse>> joinable = new LinkedHashMap<>();
    Map<String, List<TermUse>> closed = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      String folded = asciiLowerCase(s.text());
      for (int g = 0; g < house.size(); g++) {
        if (mayOccur(folded, houseStarts.get(g))) {
          matches(s, house.get(g), "house:" + g, false, uses);
        }
      }
      matches(s, DOTTED, null, false, uses);
      matches(s, UNDOTTED, null, false, uses);
      for (int g = 0; g < listed.size(); g++) {
        if (mayOccur(folded, listedStarts.get(g))) {
          matches(s, listed.get(g), "list:" + g, true, uses);
        }
      }
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!CapsTypography.isTypographic(tokens, i, s)) {
          caseForm(t, uses);
        }
        String lower = t.text().toLowerCase(Locale.ROOT);
        if (HYPHENATED.matcher(t.text()).matches()) {
          String key = lower.replace("-", "");
          joinable.computeIfAbsent(key, k -> new ArrayList<>()).add(new TermUse("join:" + key, lower, t.text(), t.region()));
        } else if (t.isWord()) {
          closed.computeIfAbsent(lower, k -> new ArrayList<>()).add(new TermUse("join:" + lower, lower, t.text(), t.region()));
        }
      }
    }
    joinable.forEach((key, hyphenated) -> {
      if (closed.containsKey(key)) {
        uses.addAll(hyphenated);
        uses.addAll(closed.get(key));
      }
    });
    uses.sort(Comparator.comparing(TermUse::region));
    return uses;
  }

  private void matches(Sentence s, Pattern pattern, String group, boolean ignoreCase, List<TermUse> uses) {
    Matcher m = pattern.matcher(s.text());
    while (m.find()) {
      String written = m.group();
      if (ignoreCase && lowerCaseListed.contains(written.toLowerCase(Locale.ROOT))
          && isCapitalizedInsideSentence(s.text(), m.start(), written)) {
        continue;
      }
      String form = ignoreCase ? written.toLowerCase(Locale.ROOT) : written;
      String g = group != null ? group : "abbr:" + written.replace(".", "");
      uses.add(new TermUse(g, form, written, new TextRegion(s.region().start() + m.start(), written.length())));
    }
  }

  /**
   * "ISIS" and "Isis"; a title-case common word at the start of a sentence ("Who") is not a
   * form of an acronym ("WHO").
   */
  private static void caseForm(Token t, List<TermUse> uses) {
    String text = t.text();
    boolean acronym = ACRONYM.matcher(text).matches();
    boolean commonWord = t.tags().stream().anyMatch(tag -> !tag.startsWith("NNP"));
    if (acronym || TITLE_CASE.matcher(text).matches() && !(t.sentenceInitial() && commonWord)) {
      uses.add(new TermUse("case:" + text.toLowerCase(Locale.ROOT), text, text, t.region()));
    }
  }

  /**
   * A lower-case listed form written with a capital inside a sentence is part of a proper name
   * ("Kennedy Center", "Labor Party"), which keeps its own spelling.
   */
  private static boolean isCapitalizedInsideSentence(String sentence, int start, String written) {
    if (!Character.isUpperCase(written.charAt(0))) {
      return false;
    }
    String before = sentence.substring(0, start).strip();
    return !before.isEmpty() && OPENERS.indexOf(before.charAt(before.length() - 1)) < 0;
  }

  /**
   * The start of each form up to its first space, in ASCII lower case: a group's expression can
   * match a sentence only where one of them occurs, so a sentence holding none is not searched.
   */
  private static List<String> starts(List<String> forms) {
    return forms.stream().map(f -> asciiLowerCase(f.split(" ", 2)[0])).distinct().toList();
  }

  private static boolean mayOccur(String foldedSentence, List<String> starts) {
    for (String start : starts) {
      if (foldedSentence.contains(start)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with A to Z lowered, as a case-insensitive expression without Unicode case folds them. */
  private static String asciiLowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static Pattern alternatives(List<String> forms, int flags) {
    StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}.-])(?:");
    for (int i = 0; i < forms.size(); i++) {
      regex.append(i > 0 ? "|" : "").append(Pattern.quote(forms.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}-])").toString(), flags);
  }
}
