package dev.copydesk.core.baseline;

import dev.copydesk.core.Version;
import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.report.SourceTexts;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The baseline step of a run, shared by the front ends: writes the run's findings as a new
 * baseline when asked to, else applies the configured baseline, if any. Either way the report
 * comes back with the accepted findings marked, so only new findings fail the run.
 *
 * <pre>{@code
 * BaselineGate.Result gated = BaselineGate.run(report, Path.of(""), config.baseline(), writeTo);
 * int exit = gated.report().exitCode(config.failOn());
 * }</pre>
 */
public final class BaselineGate {
  private BaselineGate() {}

  /**
   * The baseline step for {@code report}.
   *
   * @param pathBase the folder the report's paths are relative to
   * @param readFrom the baseline to apply, or null
   * @param writeTo where to write a new baseline of every finding of the run (then applied), or
   *     null to write none
   * @throws ConfigException when {@code readFrom} is missing or not a baseline
   * @throws IOException when {@code writeTo} cannot be written
   */
  public static Result run(Report report, Path pathBase, Path readFrom, Path writeTo) throws ConfigException, IOException {
    if (writeTo != null) {
      Baseline written = Baseline.of(report, writeTo.toAbsolutePath().getParent(), pathBase, SourceTexts.under(pathBase));
      try {
        BaselineFile.write(writeTo, written, Version.get());
      } catch (IOException e) {
        throw new IOException("the baseline " + writeTo + " cannot be written: " + e.getMessage(), e);
      }
      return new Result(written.apply(report, pathBase, SourceTexts.under(pathBase)), writeTo, true);
    }
    if (readFrom == null) {
      return new Result(new Baseline.Outcome(report, 0, 0), null, false);
    }
    Baseline baseline = BaselineFile.read(readFrom);
    return new Result(baseline.apply(report, pathBase, SourceTexts.under(pathBase)), readFrom, false);
  }

  /**
   * What the step did.
   *
   * @param outcome the marked report and the match counts
   * @param file the baseline written or applied, or null for none
   * @param written whether {@code file} was written by this run
   */
  public record Result(Baseline.Outcome outcome, Path file, boolean written) {

    /** The report with accepted findings marked. */
    public Report report() {
      return outcome.report();
    }

    /** One line for the user, or null when there was no baseline. */
    public String describe() {
      if (file == null) {
        return null;
      }
      if (written) {
        return "wrote " + count(outcome.accepted(), "finding") + " to the baseline " + file
            + "; from now on only new findings fail the run";
      }
      String line = "baseline " + file + ": " + count(outcome.accepted(), "finding") + " accepted (reported, not failing)";
      if (outcome.unmatchedEntries() > 0) {
        line += "; " + count(outcome.unmatchedEntries(), "entry") + " for these files no longer match (fixed or rewritten):"
            + " write the baseline again to drop them";
      }
      return line;
    }

    private static String count(int n, String noun) {
      String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
      return n + " " + (n == 1 ? noun : plural);
    }
  }
}
