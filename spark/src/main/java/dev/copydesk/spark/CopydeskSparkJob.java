package dev.copydesk.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.report.RunSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code spark-submit} job: checks an archive — article files or an articles table — and
 * writes a findings table and a files table, then prints the run's summary. A thin shell on
 * {@link CopydeskSpark}; see {@link JobOptions#USAGE}.
 *
 * <p>Exit codes: 0 when the tables were written (articles that could not be read are rows of the
 * files table with their error, not a failed job); 2 for a usage or configuration error.
 */
public final class CopydeskSparkJob {

  private CopydeskSparkJob() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("copydesk").getOrCreate();
    int code;
    try {
      code = run(spark, args, System.out, System.err);
    } finally {
      spark.stop();
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the job on {@code spark}; returns the exit code. */
  static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    JobOptions options;
    ConfigurationText configuration;
    try {
      options = JobOptions.parse(args);
      configuration = configuration(spark, options.config());
    } catch (IllegalArgumentException e) {
      err.println("copydesk-spark: " + e.getMessage());
      err.println(JobOptions.USAGE);
      return 2;
    } catch (ConfigException | IOException e) {
      err.println("copydesk-spark: " + e.getMessage());
      return 2;
    }
    Dataset<Row> results;
    try {
      results = CopydeskSpark.check(articles(spark, options, configuration), configuration);
    } catch (Exception e) {
      if (!(e instanceof IllegalArgumentException || e instanceof AnalysisException)) {
        throw e;
      }
      // A table of the wrong shape, or one that is not there.
      err.println("copydesk-spark: " + e.getMessage());
      return 2;
    }
    results.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      write(CopydeskSpark.findings(results), options, "findings");
      write(CopydeskSpark.files(results), options, "files");
      out.println(summary(CopydeskSpark.files(results)).describe());
      out.println("findings: " + new Path(options.output(), "findings") + ", files: " + new Path(options.output(), "files")
          + " (" + options.outputFormat() + ")");
    } finally {
      results.unpersist();
    }
    return 0;
  }

  private static Dataset<Row> articles(SparkSession spark, JobOptions options, ConfigurationText configuration) {
    if (options.input() == JobOptions.InputKind.FILES) {
      return CopydeskSpark.readFiles(spark, options.inputs(), configuration, options.partitions());
    }
    String format = options.input() == JobOptions.InputKind.PARQUET ? "parquet" : "json";
    Dataset<Row> table = spark.read().format(format).load(options.inputs().toArray(String[]::new));
    return options.partitions() > 0 ? table.repartition(options.partitions()) : table;
  }

  private static void write(Dataset<Row> table, JobOptions options, String name) {
    table.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .format(options.outputFormat()).save(new Path(options.output(), name).toString());
  }

  /** The run's totals, added up on the cluster from the files table. */
  static RunSummary summary(Dataset<Row> files) {
    Row t = files.agg(count(lit(1)), count(col("error")), total(col("words")), total(col("errors")),
        total(col("warnings")), total(col("infos")), total(size(col("processingErrors")))).first();
    return new RunSummary(t.getLong(0), t.getLong(1), t.getLong(2), t.getLong(3), t.getLong(4), t.getLong(5), t.getLong(6));
  }

  private static Column total(Column column) {
    return coalesce(sum(column), lit(0L));
  }

  /**
   * The configuration: {@code --config} (a URI such as {@code hdfs://…} or {@code s3a://…} is read
   * with Hadoop, a plain path from the local disk), else {@code copydesk.yml} in the working
   * directory if there is one (where {@code spark-submit --files copydesk.yml} puts it), else the
   * defaults. Checked here, on the driver.
   */
  private static ConfigurationText configuration(SparkSession spark, String config) throws IOException, ConfigException {
    if (config == null) {
      java.nio.file.Path local = java.nio.file.Path.of(ConfigLoader.FILE_NAME);
      return Files.isRegularFile(local)
          ? ConfigurationText.validated(Files.readString(local, StandardCharsets.UTF_8), local.toString())
          : ConfigurationText.defaults();
    }
    if (URI.create(config).getScheme() == null) {
      ConfigLoader.load(java.nio.file.Path.of(config));
      return ConfigurationText.validated(Files.readString(java.nio.file.Path.of(config), StandardCharsets.UTF_8), config);
    }
    Path path = new Path(config);
    FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (InputStream in = fs.open(path)) {
      return ConfigurationText.validated(new String(in.readAllBytes(), StandardCharsets.UTF_8), config);
    }
  }
}
