package dev.copydesk.spark;

import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.source.InputException;
import java.time.LocalDate;

/**
 * Checks one article of an input row with the executor's engine. Whatever goes wrong with one
 * article — it cannot be read, it is not UTF-8, the analysis throws — is that article's result
 * with its error, so one bad article never fails a task (and with it, after retries, the job). A
 * rule that throws is already a processing error of the file in the engine.
 */
final class ArticleChecker {
  private final Copydesk copydesk;

  ArticleChecker(Copydesk copydesk) {
    this.copydesk = copydesk;
  }

  /** The result for {@code input}. */
  FileResult check(ArticleInput input) {
    if (input.error() != null) {
      return FileResult.unreadable(input.path(), input.error());
    }
    try {
      Article article = copydesk.read(input.path(), input.format(), input.body());
      return copydesk.check(withDate(article, input.date()));
    } catch (InputException e) {
      return FileResult.unreadable(input.path(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return FileResult.unreadable(input.path(), "could not be checked: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /** The table's date is the publication date of an article whose source gives none. */
  private static Article withDate(Article article, LocalDate date) {
    if (date == null || article.metadata().publicationDate() != null) {
      return article;
    }
    return article.withMetadata(article.metadata().withPublicationDate(date, "date column"));
  }
}
