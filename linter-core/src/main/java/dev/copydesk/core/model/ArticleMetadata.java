package dev.copydesk.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the source says about the article rather than in it.
 *
 * @param title the headline, from front matter or {@code <title>}, or null
 * @param publicationDate the publication date from front matter, HTML meta or the dateline, or null
 * @param publicationDateSource where the publication date was read ("front matter", "dateline"…)
 * @param sourceWarnings problems of the source outside the prose (a front matter key set twice),
 *     reported as warnings
 */
public record ArticleMetadata(String title, LocalDate publicationDate, String publicationDateSource,
    List<SourceWarning> sourceWarnings) {

  public ArticleMetadata {
    sourceWarnings = List.copyOf(sourceWarnings);
  }

  /** Metadata without source warnings. */
  public ArticleMetadata(String title, LocalDate publicationDate, String publicationDateSource) {
    this(title, publicationDate, publicationDateSource, List.of());
  }

  /** Metadata with nothing known. */
  public static ArticleMetadata empty() {
    return new ArticleMetadata(null, null, null);
  }

  public Optional<LocalDate> publication() {
    return Optional.ofNullable(publicationDate);
  }

  public ArticleMetadata withPublicationDate(LocalDate date, String source) {
    return new ArticleMetadata(title, date, source, sourceWarnings);
  }

  public ArticleMetadata withTitle(String newTitle) {
    return new ArticleMetadata(newTitle, publicationDate, publicationDateSource, sourceWarnings);
  }
}
