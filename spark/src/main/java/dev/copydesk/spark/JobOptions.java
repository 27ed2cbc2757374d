package dev.copydesk.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Spark job's command line:
 * {@code [--config FILE] [--input files|parquet|json] [--output-format parquet|json]
 * [--partitions N] [--overwrite] INPUT... OUTPUT}.
 *
 * @param config the {@code copydesk.yml} (any Hadoop file system, or a local path), or null
 * @param input what the inputs are: article files ({@code files}) or an articles table
 * @param outputFormat how the findings and files tables are written
 * @param partitions how many partitions to check in; 0 for Spark's default parallelism
 * @param overwrite whether tables already at the output are replaced
 * @param inputs folders, files or globs of articles, or the table's location(s)
 * @param output the folder that receives {@code findings/} and {@code files/}
 */
record JobOptions(String config, InputKind input, String outputFormat, int partitions, boolean overwrite,
    List<String> inputs, String output) {

  static final String USAGE = """
      usage: CopydeskSparkJob [--config copydesk.yml] [--input files|parquet|json]
                              [--output-format parquet|json] [--partitions N] [--overwrite] INPUT... OUTPUT
        INPUT   article files: a folder, file or glob on any Hadoop file system (--input files, the default),
                or an articles table with columns path, body[, format, date] (--input parquet|json)
        OUTPUT  a folder; the job writes OUTPUT/findings and OUTPUT/files (Parquet by default)""";

  /** What the job reads. */
  enum InputKind {
    FILES, PARQUET, JSON
  }

  /** Reads {@code args}, or throws {@link IllegalArgumentException} with what is wrong. */
  static JobOptions parse(String... args) {
    String config = null;
    InputKind input = InputKind.FILES;
    String outputFormat = "parquet";
    int partitions = 0;
    boolean overwrite = false;
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--config" -> config = value(args, ++i, arg);
        case "--input" -> input = inputKind(value(args, ++i, arg));
        case "--output-format" -> outputFormat = outputFormat(value(args, ++i, arg));
        case "--partitions" -> partitions = partitions(value(args, ++i, arg));
        case "--overwrite" -> overwrite = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          paths.add(arg);
        }
      }
    }
    if (paths.size() < 2) {
      throw new IllegalArgumentException("give at least one INPUT and the OUTPUT folder");
    }
    return new JobOptions(config, input, outputFormat, partitions, overwrite,
        List.copyOf(paths.subList(0, paths.size() - 1)), paths.get(paths.size() - 1));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static InputKind inputKind(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "files" -> InputKind.FILES;
      case "parquet" -> InputKind.PARQUET;
      case "json", "jsonl" -> InputKind.JSON;
      default -> throw new IllegalArgumentException("--input: expected files, parquet or json, got '" + value + "'");
    };
  }

  private static String outputFormat(String value) {
    String format = value.toLowerCase(Locale.ROOT);
    if (!format.equals("parquet") && !format.equals("json")) {
      throw new IllegalArgumentException("--output-format: expected parquet or json, got '" + value + "'");
    }
    return format;
  }

  private static int partitions(String value) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("--partitions: expected a positive number, got '" + value + "'");
  }
}
