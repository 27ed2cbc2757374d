package dev.copydesk.lsp;

import dev.copydesk.core.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The quick fixes for the findings at a range of one checked document: each suggestion as a
 * {@link TextEdit} over the finding's span (the first preferred), "add to the dictionary" for a
 * word the speller does not know (the workspace's {@code copydesk.yml}), and "disable this rule
 * here", which wraps the words in the inline {@code copydesk-disable}/{@code copydesk-enable}
 * comments the Markdown and HTML readers understand.
 */
final class CodeActions {
  /** Rules whose finding is one word a house dictionary can teach the speller. */
  private static final Set<String> DICTIONARY_RULES = Set.of("spelling", "merged-word");
  private final String uri;
  private final String kind;
  private final OpenDocument.Checked checked;
  private final Path dictionaryFile;

  CodeActions(String uri, String kind, OpenDocument.Checked checked, Path dictionaryFile) {
    this.uri = uri;
    this.kind = kind;
    this.checked = checked;
    this.dictionaryFile = dictionaryFile;
  }

  /** The actions for every finding whose range touches {@code range}. */
  List<Either<Command, CodeAction>> at(Range range) {
    TextPositions positions = checked.positions();
    int from = positions.offset(range.getStart());
    int to = positions.offset(range.getEnd());
    Diagnostics diagnostics = new Diagnostics(uri, null);
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    for (Finding f : checked.findings()) {
      int start = f.span().offset();
      int end = start + f.span().length();
      if (start > to || end < from) {
        continue;
      }
      Range where = positions.range(f.span());
      var diagnostic = diagnostics.diagnostic(f, positions);
      boolean first = true;
      for (String suggestion : f.suggestions()) {
        CodeAction fix = new CodeAction("Replace with '" + suggestion + "' (" + f.rule() + ")");
        fix.setKind(CodeActionKind.QuickFix);
        fix.setDiagnostics(List.of(diagnostic));
        fix.setEdit(edit(new TextEdit(where, suggestion)));
        fix.setIsPreferred(first);
        first = false;
        actions.add(Either.forRight(fix));
      }
      if (dictionaryFile != null && DICTIONARY_RULES.contains(f.rule()) && f.text().matches("\\S+")) {
        CodeAction add = new CodeAction("Add '" + f.text() + "' to the dictionary (copydesk.yml)");
        add.setKind(CodeActionKind.QuickFix);
        add.setDiagnostics(List.of(diagnostic));
        add.setCommand(new Command(add.getTitle(), CopydeskLanguageServer.ADD_TO_DICTIONARY,
            List.of(f.text(), dictionaryFile.toUri().toString())));
        actions.add(Either.forRight(add));
      }
      if (DocumentKind.takesInlineComments(kind)) {
        CodeAction disable = new CodeAction("Disable " + f.rule() + " here");
        disable.setKind(CodeActionKind.QuickFix);
        disable.setDiagnostics(List.of(diagnostic));
        disable.setEdit(edit(
            new TextEdit(new Range(where.getStart(), where.getStart()), "<!-- copydesk-disable " + f.rule() + " -->"),
            new TextEdit(new Range(where.getEnd(), where.getEnd()), "<!-- copydesk-enable " + f.rule() + " -->")));
        actions.add(Either.forRight(disable));
      }
    }
    return actions;
  }

  private WorkspaceEdit edit(TextEdit... edits) {
    return new WorkspaceEdit(Map.of(uri, List.of(edits)));
  }
}
