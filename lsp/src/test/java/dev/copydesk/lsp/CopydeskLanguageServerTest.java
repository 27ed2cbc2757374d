package dev.copydesk.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code copydesk lsp} message by message, over JSON-RPC on piped streams, as an editor drives it. */
class CopydeskLanguageServerTest {
  private static final String TOTO = "The minister said the government intends toto continue the talks on Monday.\n";

  @TempDir
  static Path workspace;
  private static LspSession session;
  private static String seed;

  @BeforeAll
  static void start() throws Exception {
    seed = Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8);
    session = new LspSession(workspace, Duration.ofMillis(100));
  }

  @AfterAll
  static void stop() throws Exception {
    session.close();
  }

  private static String uri(String name) {
    return workspace.resolve(name).toUri().toString();
  }

  private static Diagnostic only(PublishDiagnosticsParams p, String rule) {
    List<Diagnostic> found = p.getDiagnostics().stream().filter(d -> rule.equals(d.getCode().getLeft())).toList();
    assertEquals(1, found.size(), rule + " in " + p.getDiagnostics());
    return found.get(0);
  }

  private static Range rangeOf(String text, String before, String word) {
    int at = text.indexOf(before + word) + before.length();
    TextPositions positions = new TextPositions(text);
    return new Range(positions.at(at), positions.at(at + word.length()));
  }

  private static List<CodeAction> actions(String uri, Range range) throws Exception {
    return session.remote.getTextDocumentService()
        .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(List.of())))
        .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
  }

  @Test
  void seedDiagnosticsHaveRangesSeveritiesCodesLinksAndEvidence() throws Exception {
    String uri = uri("asianews.txt");
    session.open(uri, "plaintext", seed);
    PublishDiagnosticsParams p = session.nextOfVersion(uri, 1);
    Diagnostic toto = only(p, "merged-word");
    assertEquals(rangeOf(seed, "intends\u00a0\"", "toto"), toto.getRange());
    assertEquals(new Range(new Position(14, 276), new Position(14, 280)), toto.getRange());
    assertEquals(DiagnosticSeverity.Error, toto.getSeverity());
    assertEquals("copydesk", toto.getSource());
    assertEquals("https://docs.example/rules.md#merged-word", toto.getCodeDescription().getHref());
    assertTrue(toto.getMessage().startsWith("'toto' looks like 'to' typed twice"), toto.getMessage());

    Diagnostic kachin = only(p, "name-variant");
    assertEquals(rangeOf(seed, "", "Kachin"), kachin.getRange());
    assertEquals(DiagnosticSeverity.Error, kachin.getSeverity());
    assertEquals(1, kachin.getRelatedInformation().size());
    assertEquals(uri, kachin.getRelatedInformation().get(0).getLocation().getUri());
    assertEquals(rangeOf(seed, "Prime Minister ", "Mustafa al-Kadhimi").getStart().getLine(),
        kachin.getRelatedInformation().get(0).getLocation().getRange().getStart().getLine());

    Diagnostic us = p.getDiagnostics().stream().filter(d -> d.getMessage().startsWith("'US'")).findFirst().orElseThrow();
    assertEquals(new Range(new Position(14, 264), new Position(14, 266)), us.getRange());
    assertEquals(DiagnosticSeverity.Warning, us.getSeverity());
    Range firstUs = us.getRelatedInformation().get(0).getLocation().getRange();
    assertEquals(rangeOf(seed, "Kadhimi and ", "U.S."), firstUs);

    Diagnostic date = only(p, "date-format");
    assertEquals(new Range(new Position(28, 0), new Position(28, 10)), date.getRange());
    assertEquals(new Range(new Position(0, 0), new Position(0, 10)), date.getRelatedInformation().get(0).getLocation().getRange());
    Diagnostic quote = only(p, "unattributed-quote");
    assertEquals(rangeOf(seed, "The ", "\"strategic partnership\""), quote.getRange());
    session.remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    assertTrue(session.next(uri).getDiagnostics().isEmpty(), "closing clears the document's diagnostics");
  }

  @Test
  void markdownMdxAndHtmlAreCheckedOtherDocumentsNot() throws Exception {
    for (String[] doc : new String[][] {{"a.md", "markdown", "# Talks\n\n" + TOTO}, {"b.mdx", "mdx", "# Talks\n\n" + TOTO},
        {"c.html", "html", "<html><body><p>" + TOTO + "</p></body></html>"}}) {
      session.open(uri(doc[0]), doc[1], doc[2]);
      Diagnostic toto = only(session.nextOfVersion(uri(doc[0]), 1), "merged-word");
      assertEquals(rangeOf(doc[2], "intends ", "toto"), toto.getRange(), doc[0]);
    }
    session.open(uri("build.gradle"), "groovy", TOTO);
    session.open(uri("d.txt"), "plaintext", TOTO);
    assertEquals(uri("d.txt"), session.next(uri("d.txt")).getUri());
    assertTrue(session.diagnostics.stream().noneMatch(p -> p.getUri().endsWith("build.gradle")));
  }

  @Test
  void aChangeIsCheckedAgainAndASaveChecksAgain() throws Exception {
    String uri = uri("change.txt");
    session.open(uri, "plaintext", TOTO);
    only(session.nextOfVersion(uri, 1), "merged-word");
    session.change(uri, 2, TOTO.replace("toto", "to"));
    assertTrue(session.nextOfVersion(uri, 2).getDiagnostics().isEmpty());
    int before = session.server.checksRun();
    session.remote.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
    assertTrue(session.nextOfVersion(uri, 2).getDiagnostics().isEmpty());
    assertEquals(before + 1, session.server.checksRun());
  }

  @Test
  void aBurstOfTwentyEditsIsOneCheckOfTheFinalText() throws Exception {
    String uri = uri("burst.txt");
    session.open(uri, "plaintext", TOTO);
    only(session.nextOfVersion(uri, 1), "merged-word");
    int before = session.server.checksRun();
    for (int version = 2; version <= 21; version++) {
      String text = version == 21 ? TOTO.replace("toto", "to") : TOTO.replace("Monday", "Monday" + " ".repeat(version));
      session.change(uri, version, text);
      Thread.sleep(5);
    }
    assertTrue(session.nextOfVersion(uri, 21).getDiagnostics().isEmpty());
    Thread.sleep(400);
    assertEquals(before + 1, session.server.checksRun(), "one check for the whole burst");
    assertTrue(session.diagnostics.stream().noneMatch(p -> p.getUri().equals(uri)), "nothing more published");
  }

  @Test
  void aCheckOvertakenByAnEditIsNeverPublished() throws Exception {
    String uri = uri("stale.txt");
    session.open(uri, "plaintext", TOTO);
    only(session.nextOfVersion(uri, 1), "merged-word");
    CountDownLatch checkingVersion2 = new CountDownLatch(1);
    CountDownLatch version3Sent = new CountDownLatch(1);
    session.server.onCheckStarted(version -> {
      if (version == 2) {
        checkingVersion2.countDown();
        try {
          version3Sent.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    try {
      session.change(uri, 2, TOTO.replace("toto", "to"));
      assertTrue(checkingVersion2.await(30, TimeUnit.SECONDS));
      session.change(uri, 3, TOTO.replace("toto", "toto "));
      Thread.sleep(50);
      version3Sent.countDown();
      only(session.nextOfVersion(uri, 3), "merged-word");
    } finally {
      session.server.onCheckStarted(version -> {});
    }
  }

  @Test
  void quickFixesReplaceTheWordsAndDisableTheRuleHere() throws Exception {
    String uri = uri("fix.md");
    String text = "# Talks\n\n" + TOTO;
    session.open(uri, "markdown", text);
    Diagnostic toto = only(session.nextOfVersion(uri, 1), "merged-word");
    List<CodeAction> actions = actions(uri, toto.getRange());
    CodeAction replace = actions.get(0);
    assertEquals("Replace with 'to' (merged-word)", replace.getTitle());
    assertTrue(replace.getIsPreferred());
    assertEquals("quickfix", replace.getKind());
    List<TextEdit> edits = replace.getEdit().getChanges().get(uri);
    assertEquals(List.of(new TextEdit(toto.getRange(), "to")), edits);
    assertTrue(LspSession.apply(text, edits).contains("intends to continue"));

    CodeAction disable = actions.stream().filter(a -> a.getTitle().equals("Disable merged-word here")).findFirst().orElseThrow();
    String disabled = LspSession.apply(text, disable.getEdit().getChanges().get(uri));
    assertTrue(disabled.contains("<!-- copydesk-disable merged-word -->toto<!-- copydesk-enable merged-word -->"), disabled);
    session.change(uri, 2, disabled);
    assertTrue(session.nextOfVersion(uri, 2).getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("merged-word")),
        "the comment the reader understands silences the rule (the speller, not disabled, still sees 'toto')");
    assertTrue(actions(uri, new Range(new Position(0, 0), new Position(0, 1))).isEmpty());
  }

  @Test
  void addToDictionaryWritesTheWorkspaceConfigurationAndChecksAgain() throws Exception {
    Path config = workspace.resolve("copydesk.yml");
    Files.writeString(config, "# house settings\nlocale: en-US\n");
    String uri = uri("dictionary.txt");
    String text = "The minister met Kadhimi in Baghdad, where the goverment talks continued on Monday.\n";
    session.open(uri, "plaintext", text);
    Diagnostic spelling = only(session.nextOfVersion(uri, 1), "spelling");
    CodeAction add = actions(uri, spelling.getRange()).stream()
        .filter(a -> a.getTitle().startsWith("Add 'goverment'")).findFirst().orElseThrow();
    assertNull(add.getEdit());
    session.remote.getWorkspaceService().executeCommand(
        new ExecuteCommandParams(add.getCommand().getCommand(), add.getCommand().getArguments())).get(30, TimeUnit.SECONDS);
    assertEquals("# house settings\nlocale: en-US\ndictionary: [goverment]\n", Files.readString(config));
    assertTrue(session.nextOfVersion(uri, 1).getDiagnostics().isEmpty(), "checked again under the new dictionary");
    Files.delete(config);
    session.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Deleted))));
    only(session.nextOfVersion(uri, 1), "spelling");
    session.remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    session.next(uri);
  }

  @Test
  void subFolderConfigurationIsHonouredAndReloadedWhenItChanges() throws Exception {
    Path desk = Files.createDirectories(workspace.resolve("sports"));
    Path config = desk.resolve("copydesk.yml");
    Files.writeString(config, "rules:\n  merged-word: off\n");
    String uri = desk.resolve("match.txt").toUri().toString();
    session.open(uri, "plaintext", TOTO);
    assertTrue(session.nextOfVersion(uri, 1).getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("merged-word")),
        "merged-word is off below sports/");
    Files.writeString(config, "rules:\n  merged-word: warning\n");
    session.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    assertEquals(DiagnosticSeverity.Warning, only(session.nextOfVersion(uri, 1), "merged-word").getSeverity());
    Files.writeString(config, "rules:\n  merged-wrd: warning\n");
    session.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
    Diagnostic problem = session.nextOfVersion(uri, 1).getDiagnostics().get(0);
    assertTrue(problem.getMessage().contains("merged-wrd"), problem.getMessage());
    Files.delete(config);
    session.remote.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(config.toUri().toString(), FileChangeType.Deleted))));
    assertEquals(DiagnosticSeverity.Error, only(session.nextOfVersion(uri, 1), "merged-word").getSeverity());
    session.remote.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    session.next(uri);
  }

  @Test
  void theServerAsksToBeToldOfConfigurationChanges() {
    assertFalse(session.registrations.isEmpty());
    assertEquals("workspace/didChangeWatchedFiles", session.registrations.get(0).getRegistrations().get(0).getMethod());
  }
}
