package dev.copydesk.rules.names;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.analysis.Speller;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.names.EstablishedName;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.analysis.names.NameMention;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.util.Optional;
import java.util.Set;

/**
 * Catches a name that is a near miss of a name the article itself establishes: "Kadhmi" after
 * "Mustafa al-Kadhimi", or "Kachin responded" where the only person it can be is Kadhimi.
 *
 * <p>An editor cares because a misspelt name is the error readers and the people named notice
 * first, and a spell checker cannot catch it: "Kachin" is a real word, "Kadhmi" is as unknown to a
 * dictionary as "Kadhimi". Only the article knows which form is right. Legitimate variants are
 * left alone: "al-Kadhimi"/"Kadhimi", "Biden"/"Bidens", two people whose names start alike
 * ("Bush"/"Burns"), a first name beside a surname. A name flagged here is not also reported as a
 * spelling mistake (it supersedes {@code spelling}). Names in quoted material (a quoted tweet or
 * post) are their writer's and are not checked; a name that differs only in accents is reported as
 * inconsistent accents ("Medellin"/"Medellín"), not as a misspelling.
 *
 * <p>Example: "Iraqi Prime Minister Mustafa al-Kadhimi met Joe Biden. … Biden and Kadhimi spoke.
 * Kachin responded by…" flags "Kachin", suggesting "Kadhimi".
 */
public final class NameVariantRule implements Rule {
  private static final RuleInfo INFO = new RuleInfo(
      "name-variant",
      Category.NAMES,
      Severity.ERROR,
      "a name that is a near miss of a name established in the article (\"Kachin\" for \"Kadhimi\")",
      "Prime Minister Mustafa al-Kadhimi met President Joe Biden on Monday. Kadhimi thanked him. "
          + "Biden said the talks went well. Kadhmi agreed.",
      "Prime Minister Mustafa al-Kadhimi met President Joe Biden on Monday. Kadhimi thanked him. "
          + "Biden said the talks went well. Kadhimi agreed.",
      Set.of("spelling"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AnalyzedArticle article, RuleContext context) {
    NameAnalysis names = NameAnalysis.of(article);
    NearMissFinder finder = new NearMissFinder(names, Speller.of(article), article.text());
    QuotedMaterial quoted = QuotedMaterial.of(article);
    for (NameMention mention : names.mentions()) {
      if (quoted.contains(mention.region())) {
        continue;
      }
      for (Token part : mention.tokens()) {
        Optional<NearMiss> miss = finder.find(mention, part);
        miss.ifPresent(m -> context.report(issue(article, part, m)));
      }
    }
  }

  private static Issue issue(AnalyzedArticle article, Token part, NearMiss miss) {
    EstablishedName intended = miss.intended();
    String written = miss.word();
    TextRegion region = new TextRegion(part.region().start() + Math.max(0, part.text().indexOf(written)), written.length());
    String message = switch (miss.kind()) {
      case SPELLING -> String.format("'%s' looks like a misspelling of '%s', %s", written, intended.word(), howEstablished(intended));
      case ACCENTS -> String.format("'%s' is written '%s' elsewhere in this article: the accents are inconsistent, %s",
          written, intended.word(), howEstablished(intended));
      case SHAPE -> String.format("'%s' is named nowhere else in this article and never introduced; it is likely '%s', %s",
          written, intended.word(), howEstablished(intended));
    };
    Issue issue = Issue.at(region, message).suggest(intended.word()).because(evidence(article, intended));
    return intended.introduction() == null ? issue
        : issue.relatedAt(intended.introduction().region(), "'" + intended.word() + "' first named here, as '" + intended.fullForm() + "'");
  }

  private static String howEstablished(EstablishedName intended) {
    if (intended.uses() == 0) {
      return "a house name";
    }
    return "named " + times(intended.uses()) + " in this article";
  }

  private static String evidence(AnalyzedArticle article, EstablishedName intended) {
    if (intended.introduction() == null) {
      return String.format("'%s' is in the house names (names: in copydesk.yml) as '%s'", intended.word(), intended.fullForm());
    }
    int line = article.article().sourceSpan(intended.introduction().region()).line();
    return String.format("'%s' is used %s, first as '%s' on line %d",
        intended.word(), times(intended.uses()), intended.fullForm(), line);
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }
}
