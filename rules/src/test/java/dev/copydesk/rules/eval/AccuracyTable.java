package dev.copydesk.rules.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.copydesk.rules.eval.EvaluationFigures.Figures;
import dev.copydesk.rules.eval.EvaluationFigures.Noise;
import dev.copydesk.rules.eval.EvaluationFigures.Precision;
import dev.copydesk.rules.eval.EvaluationFigures.Recall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One table of every evaluation's figures ({@link EvaluationFigures} files in one folder): recall
 * per planted kind, noise per 1,000 words per corpus folder (a column a folder, a row for all rules
 * and for each rule or group of rules measured), and precision on the labelled findings. Written
 * as Markdown (the README quotes it) and as JSON with the ratios worked out.
 *
 * @param evaluations the figures, in evaluation-name order
 */
record AccuracyTable(List<Figures> evaluations) {
  /** The table's JSON file in the evaluation folder. */
  static final String JSON_FILE = "accuracy.json";
  /** The table's Markdown file in the evaluation folder. */
  static final String MARKDOWN_FILE = "accuracy.md";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  AccuracyTable {
    evaluations = List.copyOf(evaluations);
  }

  /** The figures in {@code folder} written at or after {@code since} (an earlier run's are left out). */
  static AccuracyTable read(Path folder, FileTime since) {
    if (!Files.isDirectory(folder)) {
      return new AccuracyTable(List.of());
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<Figures> figures = new ArrayList<>();
      for (Path file : files.filter(f -> isFigures(f) && modified(f).compareTo(since) >= 0).sorted().toList()) {
        figures.add(JSON.readValue(file.toFile(), Figures.class));
      }
      return new AccuracyTable(figures);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean isEmpty() {
    return evaluations.isEmpty();
  }

  /** Writes {@code accuracy.json} and {@code accuracy.md} to {@code folder}; returns the JSON file. */
  Path write(Path folder) {
    try {
      Files.createDirectories(folder);
      JSON.writeValue(folder.resolve(JSON_FILE).toFile(), json());
      Files.writeString(folder.resolve(MARKDOWN_FILE), markdown());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder.resolve(JSON_FILE);
  }

  /** The figures with their ratios: {@code recall}, {@code noise} and {@code precision} lists. */
  Map<String, List<Map<String, Object>>> json() {
    Map<String, List<Map<String, Object>>> table = new LinkedHashMap<>();
    table.put("recall", new ArrayList<>());
    table.put("noise", new ArrayList<>());
    table.put("precision", new ArrayList<>());
    for (Figures f : evaluations) {
      for (Recall r : f.recall()) {
        table.get("recall").add(row("evaluation", f.evaluation(), "kind", r.kind(), "split", r.split(),
            "found", r.found(), "total", r.total(), "recall", ratio(r.found(), r.total())));
      }
      for (Noise n : f.noise()) {
        table.get("noise").add(row("evaluation", f.evaluation(), "folder", n.folder(), "rules", n.rules(),
            "words", n.words(), "findings", n.findings(), "perThousandWords", round(n.perThousandWords())));
      }
      for (Precision p : f.precision()) {
        table.get("precision").add(row("evaluation", f.evaluation(), "rule", p.rule(), "source", p.source(),
            "judgedTrue", p.judgedTrue(), "truePositives", p.truePositives(), "judgedFalse", p.judgedFalse(),
            "falsePositives", p.falsePositives(), "precision", round(p.precision())));
      }
    }
    return table;
  }

  /** The three tables in Markdown, each column padded so that the text reads as a table too. */
  String markdown() {
    StringBuilder s = new StringBuilder();
    List<List<String>> recall = new ArrayList<>();
    recall.add(List.of("evaluation", "planted kind", "split", "found", "recall"));
    evaluations.forEach(f -> f.recall().forEach(r -> recall.add(List.of(f.evaluation(), r.kind(), r.split(),
        r.found() + " of " + r.total(), percent(ratio(r.found(), r.total()))))));
    section(s, "Recall on planted errors", recall);
    section(s, "Noise: errors plus warnings per 1,000 words on real copy", noiseRows());
    List<List<String>> precision = new ArrayList<>();
    precision.add(List.of("evaluation", "rule", "labelled true still reported", "labelled false still reported",
        "precision of those reported"));
    evaluations.forEach(f -> f.precision().forEach(p -> precision.add(List.of(f.evaluation(), p.rule(),
        p.truePositives() + " of " + p.judgedTrue(), p.falsePositives() + " of " + p.judgedFalse(),
        p.truePositives() + p.falsePositives() == 0 ? "–" : percent(p.precision())))));
    section(s, "Precision on the copy editor's labelled findings (" + sources() + ")", precision);
    return s.toString();
  }

  /** A row per rule (or group of rules) measured, a column per corpus folder; the first row counts the words. */
  private List<List<String>> noiseRows() {
    Set<String> folders = new LinkedHashSet<>();
    Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    Map<String, String> words = new LinkedHashMap<>();
    for (Figures f : evaluations.stream().sorted(Comparator.comparing(f -> f.noise().size(), Comparator.reverseOrder())).toList()) {
      for (Noise n : f.noise()) {
        folders.add(n.folder());
        words.putIfAbsent(n.folder(), String.format(Locale.ROOT, "%,d", n.words()));
        String row = n.rules();
        if (cells.containsKey(row) && cells.get(row).containsKey(n.folder())) {
          row = n.rules() + " (" + f.evaluation() + ")";
        }
        cells.computeIfAbsent(row, r -> new LinkedHashMap<>())
            .put(n.folder(), String.format(Locale.ROOT, "%.2f", n.perThousandWords()));
      }
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("rules"));
    header.addAll(folders);
    rows.add(header);
    List<String> wordRow = new ArrayList<>(List.of("(words)"));
    folders.forEach(folder -> wordRow.add(words.get(folder)));
    rows.add(wordRow);
    cells.forEach((rule, byFolder) -> {
      List<String> row = new ArrayList<>(List.of(rule));
      folders.forEach(folder -> row.add(byFolder.getOrDefault(folder, "")));
      rows.add(row);
    });
    return rows;
  }

  private String sources() {
    return String.join(", ", evaluations.stream().flatMap(f -> f.precision().stream()).map(Precision::source).distinct().toList());
  }

  private static void section(StringBuilder s, String title, List<List<String>> rows) {
    if (rows.size() == 1) {
      return;
    }
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    boolean[] numeric = new boolean[widths.length];
    for (int i = 0; i < widths.length; i++) {
      final int column = i;
      numeric[i] = i > 0 && rows.stream().skip(1).map(row -> row.get(column)).allMatch(cell -> cell.isEmpty() || cell.equals("–")
          || Character.isDigit(cell.charAt(0)));
    }
    s.append(s.length() == 0 ? "" : "\n").append("**").append(title).append("**\n\n");
    for (int r = 0; r < rows.size(); r++) {
      line(s, rows.get(r), widths, r == 0 ? new boolean[widths.length] : numeric);
      if (r == 0) {
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
          rule.add(numeric[i] ? "-".repeat(widths[i] - 1) + ":" : "-".repeat(widths[i]));
        }
        line(s, rule, widths, new boolean[widths.length]);
      }
    }
  }

  private static void line(StringBuilder s, List<String> cells, int[] widths, boolean[] rightAligned) {
    s.append('|');
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      s.append(' ').append(rightAligned[i] ? pad + cell : cell + pad).append(" |");
    }
    s.append('\n');
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  private static double ratio(int part, int whole) {
    return whole == 0 ? 0 : round((double) part / whole);
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  private static boolean isFigures(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".json") && !name.equals(JSON_FILE);
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
