package dev.copydesk.server;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.Category;
import java.util.Locale;
import java.util.Map;
import org.languagetool.rules.ITSIssueType;

/**
 * How a Copydesk finding presents itself to LanguageTool clients, which colour and group matches
 * by {@code rule.issueType} (LanguageTool's ITS issue types) and {@code type.typeName}: misspelt
 * words and names are {@code misspelling} and {@code UnknownWord} (red in most clients), grammar
 * is {@code grammar}, a term or a date that disagrees with the article is {@code inconsistency},
 * a quote without a speaker an {@code omission}, a stray quote mark {@code typographical}; infos
 * are {@code Hint}s.
 *
 * @param issueType the ITS issue type ({@code misspelling})
 * @param typeName {@code UnknownWord}, {@code Hint} or {@code Other}
 * @param ignoreForIncompleteSentence whether a client checking as the editor types should wait for
 *     the sentence to end (quote marks pair only then)
 */
record IssueKind(String issueType, String typeName, boolean ignoreForIncompleteSentence) {
  private static final Map<String, ITSIssueType> BY_RULE = Map.of(
      "spelling", ITSIssueType.Misspelling,
      "merged-word", ITSIssueType.Misspelling,
      "grammar", ITSIssueType.Grammar,
      "unattributed-quote", ITSIssueType.Omission,
      "unbalanced-quote", ITSIssueType.Typographical);
  private static final Map<String, ITSIssueType> BY_CATEGORY = Map.of(
      Category.TYPOS, ITSIssueType.Misspelling,
      Category.NAMES, ITSIssueType.Misspelling,
      Category.TERMS, ITSIssueType.Inconsistency,
      Category.QUOTES, ITSIssueType.Style,
      Category.DATES, ITSIssueType.Inconsistency);
  private static final Map<String, String> CATEGORY_NAMES = Map.of(
      Category.TYPOS, "Typos",
      Category.NAMES, "Names",
      Category.TERMS, "Terms",
      Category.QUOTES, "Quotations",
      Category.DATES, "Dates");

  /** The kind of {@code finding}; a third-party rule's unknown category is {@code uncategorized}. */
  static IssueKind of(Finding finding) {
    ITSIssueType type = BY_RULE.getOrDefault(finding.rule(),
        BY_CATEGORY.getOrDefault(finding.category(), ITSIssueType.Uncategorized));
    String typeName = finding.severity() == Severity.INFO ? "Hint"
        : type == ITSIssueType.Misspelling && !finding.rule().equals("grammar") ? "UnknownWord" : "Other";
    return new IssueKind(type.toString(), typeName, finding.category().equals(Category.QUOTES));
  }

  /** A category's name for people ({@code Quotations} for {@code quotes}). */
  static String categoryName(String category) {
    String name = CATEGORY_NAMES.get(category);
    if (name != null) {
      return name;
    }
    return category.isEmpty() ? category : category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1);
  }
}
