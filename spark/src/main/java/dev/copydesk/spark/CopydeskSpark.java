package dev.copydesk.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Copydesk for Spark pipelines: checks a table of articles on the executors, one Copydesk engine
 * per executor JVM, and gives one result row per article — the same findings {@code copydesk
 * check} reports for the same files, whatever the partitioning.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("s3a://archive/articles");   // path, body[, format, date]
 * Dataset<Row> results = CopydeskSpark.check(articles).persist();
 * CopydeskSpark.findings(results).write().parquet("s3a://archive/copydesk/findings");
 * CopydeskSpark.files(results).write().parquet("s3a://archive/copydesk/files");
 * }</pre>
 *
 * <p>An article that cannot be read or checked is a result row with its {@code error}; a rule that
 * fails on an article is listed in its {@code processingErrors} (the other rules' findings stand).
 * Neither fails a task.
 */
public final class CopydeskSpark {

  private CopydeskSpark() {}

  /** {@link #check(Dataset, ConfigurationText)} with the default configuration. */
  public static Dataset<Row> check(Dataset<Row> articles) {
    return check(articles, ConfigurationText.defaults());
  }

  /**
   * Checks every article of {@code articles} under {@code configuration}.
   *
   * @param articles columns {@code path} (string) and {@code body} (binary or string), optionally
   *     {@code format} (string: {@code md}, {@code html}, {@code txt}…; else the path's extension
   *     decides), {@code date} (date, timestamp or {@code yyyy-mm-dd}: the publication date of an
   *     article whose source gives none) and {@code error} (string: why a row has no body)
   * @return one row per article: {@code path, words, errors, warnings, infos, error,
   *     processingErrors, findings} (an array of the JSON report's findings)
   * @throws IllegalArgumentException when {@code articles} lacks a column or has one of the wrong type
   */
  public static Dataset<Row> check(Dataset<Row> articles, ConfigurationText configuration) {
    InputColumns columns = InputColumns.of(articles.schema());
    return articles.mapPartitions(new CheckPartition(configuration, columns), Encoders.row(ResultRows.RESULT));
  }

  /** The findings table of {@link #check} results: one row per finding, its article's path first. */
  public static Dataset<Row> findings(Dataset<Row> results) {
    return results.select(col("path"), explode(col("findings")).as("finding")).select(col("path"), col("finding.*"));
  }

  /** The files table of {@link #check} results: one row per article, without its findings. */
  public static Dataset<Row> files(Dataset<Row> results) {
    return results.drop("findings");
  }

  /**
   * The article files under {@code inputs} (folders, files or globs on any Hadoop file system) as
   * an articles table for {@link #check}; see {@link ArticleFiles}.
   */
  public static Dataset<Row> readFiles(SparkSession spark, List<String> inputs, ConfigurationText configuration,
      int partitions) {
    return ArticleFiles.read(spark, inputs, configuration, partitions);
  }
}
