package dev.copydesk.rules.terms;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.DisplayCopy;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Catches one term written two ways in the body of one article: "U.S." and "US", "Isis" and
 * "ISIS", "e-mail" and "email", "per cent" and "percent", "Kiev" and "Kyiv".
 *
 * <p>An editor cares because inconsistency reads as carelessness, and house style exists to
 * prevent it. The form the article uses most is taken as right (the first used, on a tie), unless
 * the house names its preferred form in {@code terms:}; every other form is flagged with it as
 * the suggestion, once per form, at its first use (the message counts its uses): one term
 * written two ways is one inconsistency, not one per sentence. Display copy (the headline, headings and a wire story's standfirst) follows
 * headline style, where AP writes "US", so it is neither flagged nor counted; nor is quoted material
 * (a quoted post keeps its writer's forms), nor capitals that are typography ({@link CapsTypography}:
 * a "WASHINGTON —" dateline, a "SECRETARY BLINKEN:" label, a heading in capitals). Spelling variants
 * come from a data file that states its sources.
 *
 * <p>Example: "U.S. troops will stay. … Biden said the US intends to continue" flags "US",
 * suggesting "U.S.".
 */
public final class TermVariantRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "term-variant",
      Category.TERMS,
      Severity.WARNING,
      "one term written two ways in one article (\"U.S.\" and \"US\" in body text, \"Isis\" and \"ISIS\")",
      "U.S. troops will stay in Iraq to train soldiers. Biden said the US intends to continue.",
      "U.S. troops will stay in Iraq to train soldiers. Biden said the U.S. intends to continue.")
      .withSafeFix("to the house form (terms: in copydesk.yml), or to a form the article uses more often: "
          + "abbreviations not before a name, lower-case spelling and hyphenation variants; never a change of case alone");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    List<List<String>> houseTerms = context.configuration().terms();
    List<TermUse> uses = new TermUseFinder(houseTerms).find(DisplayCopy.of(article).bodySentences(article));
    Map<String, List<TermUse>> groups = new LinkedHashMap<>();
    List<TextRegion> houseRegions = uses.stream().filter(u -> u.group().startsWith("house:")).map(TermUse::region).toList();
    QuotedMaterial quoted = QuotedMaterial.of(article);
    for (TermUse use : uses) {
      if (quoted.contains(use.region())) {
        continue;
      }
      boolean coveredByHouse = !use.group().startsWith("house:") && houseRegions.stream().anyMatch(r -> r.overlaps(use.region()));
      if (!coveredByHouse) {
        groups.computeIfAbsent(use.group(), g -> new ArrayList<>()).add(use);
      }
    }
    Set<TextRegion> reported = new HashSet<>();
    for (Map.Entry<String, List<TermUse>> group : groups.entrySet()) {
      String preferred = preferredForm(group.getKey(), group.getValue(), houseTerms);
      if (preferred == null) {
        continue;
      }
      TermTally tally = new TermTally(group.getValue(), preferred);
      for (TermUse first : tally.firstUsesOfOtherForms()) {
        if (reported.add(first.region())) {
          context.report(issue(article, first, tally, group.getKey()));
        }
      }
    }
  }

  /** The right form of a group, or null when the group has only one form (nothing to flag). */
  private static String preferredForm(String group, List<TermUse> uses, List<List<String>> houseTerms) {
    if (group.startsWith("house:")) {
      return houseTerms.get(Integer.parseInt(group.substring("house:".length()))).get(0);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TermUse use : uses) {
      counts.merge(use.form(), 1, Integer::sum);
    }
    if (counts.size() < 2) {
      return null;
    }
    String best = null;
    for (Map.Entry<String, Integer> form : counts.entrySet()) {
      if (best == null || form.getValue() > counts.get(best)) {
        best = form.getKey();
      }
    }
    return best;
  }

  private static Issue issue(AnalyzedArticle article, TermUse use, TermTally tally, String group) {
    boolean house = group.startsWith("house:");
    String suggestion = tally.preferredAsWritten(use);
    int uses = tally.usesOf(use.form());
    String more = uses == 1 ? "" : String.format(" (%d uses of '%s', first here)", uses, use.written());
    String message = house
        ? String.format("'%s' is written '%s' in house style (terms: in copydesk.yml)%s", use.written(), suggestion, more)
        : String.format("'%s' is written '%s' elsewhere in this article; use one form%s", use.written(), suggestion, more);
    Issue issue = Issue.at(use.region(), message).suggest(suggestion).because(tally.describe(article));
    TermUse preferredUse = tally.firstUseOfPreferred();
    if (preferredUse != null) {
      issue = issue.relatedAt(preferredUse.region(), "'" + preferredUse.written() + "' first used here");
    }
    return house || (tally.preferredOutnumbers(use.form()) && safeOutsideHouseStyle(article, group, use, suggestion))
        ? issue.safeToFix() : issue;
  }

  /**
   * Whether the majority form may replace {@code use} unasked: never for a difference of case alone
   * ("SECRETARY"/"Secretary", "ISIS"/"Isis": capitals follow the context, a caps-lock line, a
   * name); for a spelling or hyphenation variant only in lower case ("licence", not the
   * "Licence" of a title); for an abbreviation only when no capitalised word stands right before or
   * after it, which would make it a name's initials or part of a name ("T.B. Joshua", "UNIDOS US",
   * "East L.A.").
   */
  private static boolean safeOutsideHouseStyle(AnalyzedArticle article, String group, TermUse use, String suggestion) {
    if (group.startsWith("case:")) {
      return false;
    }
    if (group.startsWith("abbr:")) {
      String text = article.text();
      String after = text.substring(use.region().end(), Math.min(text.length(), use.region().end() + 3));
      String before = text.substring(Math.max(0, use.region().start() - 40), use.region().start());
      return !after.matches("(?s)\\s+\\p{Lu}.*") && !before.matches("(?s)(.*[^\\p{L}])?\\p{Lu}\\p{L}*\\s");
    }
    return use.written().equals(use.written().toLowerCase(Locale.ROOT))
        && suggestion.equals(suggestion.toLowerCase(Locale.ROOT));
  }
}
