package dev.copydesk.spark;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.source.InputException;
import dev.copydesk.core.source.SourceFiles;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Article files on any Hadoop file system (local, HDFS, S3A, GCS…) as an articles table. The
 * driver lists what the inputs name — a file stands for itself, a folder for every {@code .txt},
 * {@code .md}, {@code .markdown}, {@code .html} and {@code .htm} file below it, a glob for what
 * it matches — less the configuration's {@code ignore.paths}, in sorted order, as {@code copydesk
 * check} does. The executors read the bytes, one file at a time as the check consumes them; a
 * file that cannot be read, or is too large to be an article, is a row with its error.
 */
final class ArticleFiles {
  private static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");
  private static final StructType LISTING = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("error", DataTypes.StringType, true);
  private static final StructType ARTICLES = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("body", DataTypes.BinaryType, true)
      .add("error", DataTypes.StringType, true);

  private ArticleFiles() {}

  /**
   * The articles under {@code inputs}, in {@code partitions} partitions (0: twice Spark's default
   * parallelism, or one per 1,000 files if that is more), balanced by bytes so that no task is
   * left checking the long articles while the other cores idle.
   */
  static Dataset<Row> read(SparkSession spark, List<String> inputs, ConfigurationText configuration, int partitions) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<ListedFile> listing = new ArrayList<>();
    IgnoredPaths ignored = IgnoredPaths.of(configuration);
    for (String input : inputs) {
      list(new Path(input), hadoop, ignored, listing);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = partitions > 0 ? partitions
        : Math.max(2 * context.defaultParallelism(), (listing.size() + 999) / 1000);
    JavaRDD<Row> rows = context.parallelize(ListedFile.balance(listing, slices), slices)
        .flatMap(part -> part.stream().map(ListedFile::row).iterator());
    return spark.createDataFrame(rows, LISTING).mapPartitions(new ReadBytes(new HadoopConfiguration(hadoop)), Encoders.row(ARTICLES));
  }

  /**
   * A file the driver listed: its path, size, and the error if it could not be listed.
   *
   * @param path the path reported for it
   * @param bytes its size, for balancing
   * @param error why it could not be listed, or null
   */
  record ListedFile(String path, long bytes, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    Row row() {
      return RowFactory.create(path, error);
    }

    /**
     * {@code files} in {@code slices} groups of about equal bytes (the largest file first, each
     * to the lightest group), each in path order.
     */
    static List<List<ListedFile>> balance(List<ListedFile> files, int slices) {
      List<List<ListedFile>> groups = new ArrayList<>();
      long[] load = new long[slices];
      PriorityQueue<Integer> lightestFirst = new PriorityQueue<>(
          Comparator.<Integer>comparingLong(i -> load[i]).thenComparingInt(i -> i));
      for (int i = 0; i < slices; i++) {
        groups.add(new ArrayList<>());
        lightestFirst.add(i);
      }
      List<ListedFile> bySize = new ArrayList<>(files);
      bySize.sort(Comparator.comparingLong(ListedFile::bytes).reversed().thenComparing(ListedFile::path));
      for (ListedFile file : bySize) {
        int lightest = lightestFirst.poll();
        groups.get(lightest).add(file);
        load[lightest] += Math.max(1, file.bytes());
        lightestFirst.add(lightest);
      }
      groups.forEach(g -> g.sort(Comparator.comparing(ListedFile::path)));
      return groups;
    }
  }

  private static void list(Path input, Configuration hadoop, IgnoredPaths ignored, List<ListedFile> listing) {
    List<ListedFile> found = new ArrayList<>();
    try {
      FileSystem fs = input.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(input);
      if (matches == null || matches.length == 0) {
        listing.add(new ListedFile(input.toString(), 0, "no such file or folder"));
        return;
      }
      for (FileStatus match : matches) {
        if (match.isDirectory()) {
          String root = match.getPath().toUri().getPath();
          RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
          while (files.hasNext()) {
            LocatedFileStatus status = files.next();
            Path file = status.getPath();
            String full = file.toUri().getPath();
            if (isArticle(file) && !ignored.matches(full.substring(Math.min(full.length(), root.length() + 1)), full)) {
              found.add(new ListedFile(file.toString(), status.getLen(), null));
            }
          }
        } else if (!ignored.matches(match.getPath().toUri().getPath(), match.getPath().toUri().getPath())) {
          found.add(new ListedFile(match.getPath().toString(), match.getLen(), null));
        }
      }
    } catch (IOException e) {
      found.add(new ListedFile(input.toString(), 0, "cannot be listed: " + describe(e)));
    }
    found.sort(Comparator.comparing(ListedFile::path));
    listing.addAll(found);
  }

  private static boolean isArticle(Path file) {
    String name = file.getName();
    int dot = name.lastIndexOf('.');
    return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
  }

  /** The configuration's {@code ignore.paths}, matched as {@code copydesk check} matches them. */
  private record IgnoredPaths(List<PathMatcher> globs) {
    static IgnoredPaths of(ConfigurationText configuration) {
      try {
        return new IgnoredPaths(configuration.parse().ignorePaths().stream()
            .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList());
      } catch (ConfigException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    boolean matches(String relative, String full) {
      for (PathMatcher glob : globs) {
        if (glob.matches(java.nio.file.Path.of(relative)) || glob.matches(java.nio.file.Path.of(full))) {
          return true;
        }
      }
      return false;
    }
  }

  /** Reads each listed file's bytes on the executor. */
  private static final class ReadBytes implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final HadoopConfiguration hadoop;

    ReadBytes(HadoopConfiguration hadoop) {
      this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> listing) {
      return StreamSupport.stream(Spliterators.spliteratorUnknownSize(listing, Spliterator.ORDERED), false)
          .map(this::read)
          .iterator();
    }

    private Row read(Row entry) {
      String path = entry.getString(0);
      if (!entry.isNullAt(1)) {
        return RowFactory.create(path, null, entry.getString(1));
      }
      try {
        return RowFactory.create(path, load(new Path(path)), null);
      } catch (InputException e) {
        return RowFactory.create(path, null, e.getMessage());
      }
    }

    private byte[] load(Path file) throws InputException {
      try {
        FileSystem fs = file.getFileSystem(hadoop.get());
        FileStatus status = fs.getFileStatus(file);
        if (status.isDirectory()) {
          throw new InputException("is a folder, not a file");
        }
        SourceFiles.checkSize(status.getLen());
        try (InputStream in = fs.open(file)) {
          return in.readAllBytes();
        }
      } catch (FileNotFoundException e) {
        throw new InputException("no such file");
      } catch (IOException e) {
        throw new InputException("cannot be read: " + describe(e), e);
      }
    }
  }
}
