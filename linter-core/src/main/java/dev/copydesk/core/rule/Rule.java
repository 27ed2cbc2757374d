package dev.copydesk.core.rule;

import dev.copydesk.core.analysis.AnalyzedArticle;

/**
 * A check that reads an analyzed article and reports what is wrong with it.
 *
 * <p>This is Copydesk's service-provider interface: implementations are found with {@link
 * java.util.ServiceLoader} (a {@code META-INF/services/dev.copydesk.core.rule.Rule} entry in a
 * jar on the class path). A rule must have a public no-argument constructor, must be stateless
 * and thread-safe (one instance checks many articles at once), and reports only through its
 * {@link RuleContext}, which applies suppressions and severity overrides.
 */
public interface Rule {

  /** The rule's id, category, default severity, summary and examples. */
  RuleInfo info();

  /** Checks one article, reporting each problem through {@code context}. */
  void check(AnalyzedArticle article, RuleContext context);
}
