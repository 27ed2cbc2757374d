package dev.copydesk.rules.eval;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Gathers the figures the evaluations of this test run wrote ({@link EvaluationFigures}) into one
 * {@link AccuracyTable} when the run ends: prints it and writes {@code accuracy.json} and {@code
 * accuracy.md} beside them ({@code rules/target/evaluation/}). Figures of earlier runs are left
 * out; a run without evaluations writes nothing. Registered for the JUnit Platform launcher in
 * {@code META-INF/services}, so {@code mvn verify} and {@code ./copydesk evaluate} both end with
 * the table.
 */
public final class AccuracyTableListener implements TestExecutionListener {
  private FileTime started = FileTime.from(Instant.now());

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    started = FileTime.from(Instant.now().minusSeconds(1));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    Path folder = EvaluationFigures.folder();
    AccuracyTable table = AccuracyTable.read(folder, started);
    if (table.isEmpty()) {
      return;
    }
    Path json = table.write(folder);
    System.out.println();
    System.out.println("Copydesk accuracy (" + json.toAbsolutePath() + ", " + AccuracyTable.MARKDOWN_FILE + " beside it)");
    System.out.println();
    System.out.print(table.markdown());
    System.out.flush();
  }
}
