package dev.copydesk.spark;

import java.time.LocalDate;

/**
 * One article as an input row gives it.
 *
 * @param path the path reported for it
 * @param format its kind ({@code md}, {@code html}, {@code txt}…), or null to go by the path's extension
 * @param body its bytes, or null when {@code error} says why there are none
 * @param date its publication date when the source itself gives none, or null
 * @param error why the article could not be had (a file that could not be read, a bad column), or null
 */
record ArticleInput(String path, String format, byte[] body, LocalDate date, String error) {

  /** An article that could not be had, for {@code reason}. */
  static ArticleInput failed(String path, String reason) {
    return new ArticleInput(path, null, null, null, reason);
  }
}
