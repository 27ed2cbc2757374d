package dev.copydesk.core.engine;

import dev.copydesk.core.model.Article;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.SourceWarning;
import java.util.List;

/**
 * The source readers' warnings about an article (a front matter key set twice) as warning
 * findings in category {@value #CATEGORY}, at their place in the source, so that they reach every
 * report with the file and line like any other finding.
 */
final class SourceWarnings {
  /** The category of findings about the source file rather than its prose. */
  static final String CATEGORY = "source";

  private SourceWarnings() {}

  static List<Finding> findings(Article article) {
    return article.metadata().sourceWarnings().stream().map(w -> finding(article, w)).toList();
  }

  private static Finding finding(Article article, SourceWarning warning) {
    int end = warning.offset() + warning.length();
    return new Finding(warning.id(), CATEGORY, Severity.WARNING, warning.message(),
        article.lines().span(warning.offset(), end), article.source().substring(warning.offset(), end), List.of(), null);
  }
}
