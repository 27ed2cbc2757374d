package dev.copydesk.rules.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures one evaluation measured, written as {@code target/evaluation/NAME.json} so that the
 * accuracy table ({@code ./copydesk evaluate}) can gather every evaluation's figures into one
 * report. Three kinds of figure:
 * <ul>
 *   <li>{@link Recall}: of {@code total} planted errors of one kind, {@code found} were reported
 *       ({@code split} says which half of the data: {@code tune} or {@code held-out});</li>
 *   <li>{@link Noise}: errors plus warnings of some rules on one corpus folder, per 1,000 words;</li>
 *   <li>{@link Precision}: of labelled findings, how many true ones are still reported and how many
 *       false ones still are ({@code source} names the labels, e.g. {@code labels.jsonl}).</li>
 * </ul>
 * Not thread-safe; one instance per evaluation.
 */
public final class EvaluationFigures {
  /** Planted errors of one kind found. */
  public record Recall(String kind, String split, int found, int total) {}

  /** Errors plus warnings of {@code rules} ("all" for every rule) over {@code words} words of {@code folder}. */
  public record Noise(String folder, String rules, long words, int findings) {
    /** Findings per 1,000 words. */
    public double perThousandWords() {
      return words == 0 ? 0 : findings * 1000.0 / words;
    }
  }

  /**
   * Precision on labelled findings: {@code truePositives} of {@code judgedTrue} true findings are
   * still reported, and {@code falsePositives} of {@code judgedFalse} false ones still are.
   */
  public record Precision(String rule, String source, int judgedTrue, int truePositives,
      int judgedFalse, int falsePositives) {
    /** The share of still-reported labelled findings that are true. */
    public double precision() {
      int reported = truePositives + falsePositives;
      return reported == 0 ? 1 : (double) truePositives / reported;
    }
  }

  /** Everything one evaluation measured. */
  public record Figures(String evaluation, List<Recall> recall, List<Noise> noise, List<Precision> precision) {}

  private final String evaluation;
  private final List<Recall> recall = new ArrayList<>();
  private final List<Noise> noise = new ArrayList<>();
  private final List<Precision> precision = new ArrayList<>();

  /** Figures of the evaluation called {@code evaluation} (also the file's name). */
  public EvaluationFigures(String evaluation) {
    this.evaluation = evaluation;
  }

  public EvaluationFigures recall(String kind, String split, int found, int total) {
    recall.add(new Recall(kind, split, found, total));
    return this;
  }

  public EvaluationFigures noise(String folder, String rules, long words, int findings) {
    noise.add(new Noise(folder, rules, words, findings));
    return this;
  }

  public EvaluationFigures precision(String rule, String source, int judgedTrue, int truePositives,
      int judgedFalse, int falsePositives) {
    precision.add(new Precision(rule, source, judgedTrue, truePositives, judgedFalse, falsePositives));
    return this;
  }

  /**
   * The folder evaluations write their figures to: {@code target/evaluation} of the module under
   * test, or the system property {@code copydesk.evaluation.dir}.
   */
  public static Path folder() {
    return Path.of(System.getProperty("copydesk.evaluation.dir", "target/evaluation"));
  }

  /** Writes the figures to {@code target/evaluation/NAME.json} of the module under test. */
  public Path write() {
    Path folder = folder();
    Path file = folder.resolve(evaluation + ".json");
    try {
      Files.createDirectories(folder);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(file.toFile(), new Figures(evaluation, List.copyOf(recall), List.copyOf(noise), List.copyOf(precision)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
