package dev.copydesk.rules.terms;

import dev.copydesk.core.analysis.AnalyzedArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How often each form of one term is used in an article, and where each is first used. */
final class TermTally {
  private final Map<String, List<TermUse>> byForm;
  private final String preferred;

  TermTally(List<TermUse> uses, String preferred) {
    this.byForm = uses.stream().collect(Collectors.groupingBy(TermUse::form, LinkedHashMap::new, Collectors.toList()));
    this.preferred = preferred;
  }

  /** The first use of each form other than the preferred one, in order of first use. */
  List<TermUse> firstUsesOfOtherForms() {
    return byForm.entrySet().stream().filter(e -> !e.getKey().equals(preferred)).map(e -> e.getValue().get(0)).toList();
  }

  /** The first use of the preferred form, or null when the article does not use it (a house form). */
  TermUse firstUseOfPreferred() {
    List<TermUse> preferredUses = byForm.get(preferred);
    return preferredUses == null ? null : preferredUses.get(0);
  }

  /** Whether the preferred form is used more often than {@code form} (not a tie decided by which came first). */
  boolean preferredOutnumbers(String form) {
    return usesOf(preferred) > usesOf(form);
  }

  /** How many times the article uses {@code form}. */
  int usesOf(String form) {
    return byForm.getOrDefault(form, List.of()).size();
  }

  /**
   * The preferred form as it should replace {@code use}: as the article writes it, capitalised
   * only where {@code use} is (a sentence start).
   */
  String preferredAsWritten(TermUse use) {
    List<TermUse> preferredUses = byForm.get(preferred);
    String form = preferredUses == null ? preferred : preferredUses.get(0).written();
    if (form.toLowerCase(Locale.ROOT).equals(preferred)) {
      form = preferred;
    }
    if (Character.isUpperCase(use.written().charAt(0)) && Character.isLowerCase(form.charAt(0))) {
      form = Character.toUpperCase(form.charAt(0)) + form.substring(1);
    }
    return form;
  }

  /** "'U.S.' 8 times, first on line 11; 'US' once". */
  String describe(AnalyzedArticle article) {
    return byForm.entrySet().stream()
        .map(e -> {
          TermUse first = e.getValue().get(0);
          int n = e.getValue().size();
          int line = article.article().sourceSpan(first.region()).line();
          return n == 1 ? String.format("'%s' once, on line %d", first.written(), line)
              : String.format("'%s' %d times, first on line %d", first.written(), n, line);
        })
        .collect(Collectors.joining("; "));
  }
}
