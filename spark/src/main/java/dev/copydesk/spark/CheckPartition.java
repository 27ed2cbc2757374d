package dev.copydesk.spark;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Checks the articles of one partition with the executor JVM's engine ({@link Engines}), lazily,
 * one article at a time: a partition's articles are never all in memory, only their findings
 * leave. What travels to the executors is the configuration's text and the input's column layout.
 */
final class CheckPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final ConfigurationText configuration;
  private final InputColumns columns;

  CheckPartition(ConfigurationText configuration, InputColumns columns) {
    this.configuration = configuration;
    this.columns = columns;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ArticleChecker checker = new ArticleChecker(Engines.forConfiguration(configuration));
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false)
        .map(row -> ResultRows.toRow(checker.check(columns.article(row))))
        .iterator();
  }
}
