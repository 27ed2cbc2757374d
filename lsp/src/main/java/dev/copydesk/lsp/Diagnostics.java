package dev.copydesk.lsp;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.RelatedLocation;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;

/**
 * A check's findings as LSP diagnostics: the span's range, the severity, the rule id as {@code
 * code} with a link to its documentation, {@code source} "copydesk", the message and the reason,
 * and the places the evidence points at as related information.
 */
final class Diagnostics {
  static final String SOURCE = "copydesk";
  private final String uri;
  private final String docsBase;

  Diagnostics(String uri, String docsBase) {
    this.uri = uri;
    this.docsBase = docsBase;
  }

  /** The diagnostics of {@code checked}, with one at the top for {@code problem} when the document could not be checked. */
  PublishDiagnosticsParams of(OpenDocument.Checked checked, String problem) {
    TextPositions positions = checked.positions();
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (problem != null) {
      Diagnostic d = new Diagnostic(new Range(new Position(0, 0), new Position(0, 0)), problem, DiagnosticSeverity.Error, SOURCE);
      diagnostics.add(d);
    }
    for (Finding f : checked.findings()) {
      diagnostics.add(diagnostic(f, positions));
    }
    PublishDiagnosticsParams params = new PublishDiagnosticsParams(uri, diagnostics);
    params.setVersion(checked.version());
    return params;
  }

  Diagnostic diagnostic(Finding f, TextPositions positions) {
    String message = f.evidence() == null ? f.message() : f.message() + "\nwhy: " + f.evidence();
    Diagnostic d = new Diagnostic(positions.range(f.span()), message, severity(f), SOURCE, f.rule());
    if (docsBase != null) {
      d.setCodeDescription(new DiagnosticCodeDescription(docsBase + "#" + f.rule()));
    }
    List<DiagnosticRelatedInformation> related = new ArrayList<>();
    for (RelatedLocation r : f.related()) {
      related.add(new DiagnosticRelatedInformation(new Location(uri, positions.range(r.span())), r.message()));
    }
    if (!related.isEmpty()) {
      d.setRelatedInformation(related);
    }
    return d;
  }

  private static DiagnosticSeverity severity(Finding f) {
    return switch (f.severity()) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

}
