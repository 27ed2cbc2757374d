package dev.copydesk.core.baseline;

import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The findings a team accepted when it adopted Copydesk on existing content ({@code copydesk
 * check --write-baseline FILE}): with a baseline, those findings are still reported, marked as
 * baseline, but only new ones fail the run. Each entry is keyed by article path, rule, flagged
 * text and the {@link SentenceContext} (a hash of the sentence around it), never by offset or
 * line, so edits elsewhere in the article leave it matched. {@link #apply} matches in two passes:
 * first on all four; then a finding whose own sentence was edited matches a left-over entry of the
 * same path, rule and text. Each entry accepts one finding, so a second copy of an accepted
 * mistake is new. Immutable; read and written by {@link BaselineFile}.
 *
 * @param folder the folder entry paths are relative to (the baseline file's), absolute
 * @param entries the accepted findings
 */
public record Baseline(Path folder, List<BaselineEntry> entries) {
  private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
      .thenComparingInt(BaselineEntry::line).thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::text)
      .thenComparing(BaselineEntry::context);

  public Baseline {
    folder = folder.toAbsolutePath().normalize();
    entries = entries.stream().sorted(ORDER).toList();
  }

  /**
   * A baseline accepting every finding of {@code report}, to be kept in {@code folder}.
   *
   * @param pathBase the folder the report's paths are relative to
   * @param sources the source text of each report path, for the sentence contexts
   */
  public static Baseline of(Report report, Path folder, Path pathBase, Function<String, Optional<String>> sources) {
    Baseline empty = new Baseline(folder, List.of());
    List<BaselineEntry> entries = new ArrayList<>();
    for (FileResult file : report.files()) {
      String path = empty.key(pathBase, file.path());
      String source = file.findings().isEmpty() ? "" : sources.apply(file.path()).orElse("");
      for (Finding f : file.findings()) {
        entries.add(new BaselineEntry(path, f.rule(), f.text(), SentenceContext.of(source, f.span()),
            f.span().line(), f.severity().id(), f.message()));
      }
    }
    return new Baseline(folder, entries);
  }

  /**
   * {@code report} with each finding this baseline accepts marked {@linkplain Finding#baseline()
   * baseline}, and how many entries of the report's files matched nothing (fixed or changed).
   */
  public Outcome apply(Report report, Path pathBase, Function<String, Optional<String>> sources) {
    Map<String, List<BaselineEntry>> byPath = new HashMap<>();
    entries.forEach(e -> byPath.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e));
    List<FileResult> files = new ArrayList<>();
    int accepted = 0;
    int unmatched = 0;
    for (FileResult file : report.files()) {
      List<BaselineEntry> candidates = byPath.getOrDefault(key(pathBase, file.path()), List.of());
      if (candidates.isEmpty()) {
        files.add(file);
        continue;
      }
      String source = sources.apply(file.path()).orElse("");
      FileMatch match = FileMatch.of(file.findings(), candidates, source);
      accepted += match.accepted();
      unmatched += match.unmatchedEntries();
      files.add(new FileResult(file.path(), file.error(), match.findings(), file.words(), file.processingErrors()));
    }
    return new Outcome(new Report(files), accepted, unmatched);
  }

  /** The entry path of report path {@code reportPath}: relative to this baseline's folder, with {@code /}. */
  String key(Path pathBase, String reportPath) {
    Path file = pathBase.toAbsolutePath().resolve(reportPath).normalize();
    return folder.relativize(file).toString().replace(File.separatorChar, '/');
  }

  /**
   * What applying a baseline gave.
   *
   * @param report the report with accepted findings marked
   * @param accepted how many findings the baseline accepted
   * @param unmatchedEntries how many entries for the report's files matched no finding: fixed, or
   *     changed beyond recognition; rewriting the baseline drops them
   */
  public record Outcome(Report report, int accepted, int unmatchedEntries) {}

  /** The matching of one file's findings to its entries. */
  private record FileMatch(List<Finding> findings, int accepted, int unmatchedEntries) {

    static FileMatch of(List<Finding> findings, List<BaselineEntry> candidates, String source) {
      boolean[] used = new boolean[candidates.size()];
      boolean[] accepted = new boolean[findings.size()];
      String[] contexts = new String[findings.size()];
      for (int i = 0; i < findings.size(); i++) {
        contexts[i] = SentenceContext.of(source, findings.get(i).span());
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < findings.size(); i++) {
          if (accepted[i]) {
            continue;
          }
          Finding f = findings.get(i);
          for (int j = 0; j < candidates.size(); j++) {
            BaselineEntry e = candidates.get(j);
            if (!used[j] && e.rule().equals(f.rule()) && e.text().equals(f.text())
                && (pass == 1 || e.context().equals(contexts[i]))) {
              used[j] = true;
              accepted[i] = true;
              break;
            }
          }
        }
      }
      List<Finding> marked = new ArrayList<>();
      int count = 0;
      for (int i = 0; i < findings.size(); i++) {
        marked.add(accepted[i] ? findings.get(i).asBaseline() : findings.get(i));
        count += accepted[i] ? 1 : 0;
      }
      int unused = 0;
      for (boolean u : used) {
        unused += u ? 0 : 1;
      }
      return new FileMatch(marked, count, unused);
    }
  }
}
