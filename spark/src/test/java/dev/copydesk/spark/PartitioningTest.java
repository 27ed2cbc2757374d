package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same input gives the same rows however it is partitioned, and one engine serves every
 * partition of an executor JVM. Input: 40 corpus articles of three sources (Wikinews, Go blog
 * and Rust blog Markdown) and one unreadable file.
 */
class PartitioningTest {
  private static final Path CORPUS = Path.of(System.getProperty("copydesk.corpus", "../corpus")).toAbsolutePath().normalize();
  private static List<String> inputs;

  @BeforeAll
  static void pickArticles() throws IOException {
    inputs = Stream.of(
            firstFiles(CORPUS.resolve("wikinews"), ".md", 20),
            firstFiles(CORPUS.resolve("cms/go-blog"), ".md", 10),
            firstFiles(CORPUS.resolve("cms/rust-blog"), ".md", 10),
            Stream.of(CORPUS.resolve("cms/rust-blog/LICENSE-MIT").toString() + ".missing"))
        .flatMap(s -> s).toList();
  }

  @Test
  void oneAndSevenPartitionsGiveTheSameRows() {
    ConfigurationText configuration = new ConfigurationText("dictionary: [PartitioningTest]\n", "partitioning-test.yml");
    int enginesBefore = Engines.made();
    List<String> one = rows(configuration, 1);
    List<String> seven = rows(configuration, 7);
    assertEquals(inputs.size(), one.size(), "one row per article");
    assertTrue(one.stream().anyMatch(r -> r.contains("\"findings\":[{")), "some articles have findings");
    assertEquals(one, seven);
    assertEquals(enginesBefore + 1, Engines.made(), "one engine for the configuration, reused by all eight partitions");
  }

  /** Every result row as JSON, sorted: the rows as a multiset. */
  private static List<String> rows(ConfigurationText configuration, int partitions) {
    Dataset<Row> articles = CopydeskSpark.readFiles(LocalSpark.session(), inputs, configuration, partitions);
    assertEquals(partitions, articles.rdd().getNumPartitions());
    return CopydeskSpark.check(articles, configuration).toJSON().collectAsList().stream().sorted().toList();
  }

  private static Stream<String> firstFiles(Path folder, String extension, int n) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(extension)).map(Path::toString).sorted().limit(n).toList().stream();
    }
  }
}
