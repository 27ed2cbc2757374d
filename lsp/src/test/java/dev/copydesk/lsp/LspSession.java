package dev.copydesk.lsp;

import dev.copydesk.core.engine.Copydesk;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server and a client talking JSON-RPC over piped streams in this process, as an editor
 * and {@code copydesk lsp} do over a pipe: what the client is sent is queued for the test.
 */
final class LspSession implements AutoCloseable {
  final CopydeskLanguageServer server;
  final LanguageServer remote;
  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();
  final List<RegistrationParams> registrations = new ArrayList<>();
  private final List<AutoCloseable> streams = new ArrayList<>();

  LspSession(Path workspace, Duration debounce) throws Exception {
    server = new CopydeskLanguageServer(Copydesk.discoverRules(getClass().getClassLoader()),
        new LspOptions(debounce, "https://docs.example/rules.md"));
    PipedInputStream serverIn = new PipedInputStream(1 << 20);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 20);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    streams.addAll(List.of(serverIn, clientOut, clientIn, serverOut));
    Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
    server.connect(serverLauncher.getRemoteProxy());
    serverLauncher.startListening();
    Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
    clientLauncher.startListening();
    remote = clientLauncher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setRootUri(workspace.toUri().toString());
    init.setCapabilities(new ClientCapabilities());
    remote.initialize(init).get(60, TimeUnit.SECONDS);
    remote.initialized(new InitializedParams());
  }

  void open(String uri, String languageId, String text) {
    remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 1, text)));
  }

  void change(String uri, int version, String text) {
    remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
  }

  /** The next diagnostics published for {@code uri}, skipping others' (fails after a minute). */
  PublishDiagnosticsParams next(String uri) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
      if (p != null && p.getUri().equals(uri)) {
        return p;
      }
    }
    throw new AssertionError("no diagnostics for " + uri + " within a minute");
  }

  /** The next diagnostics for {@code uri} of document version {@code version}, failing on any of another version. */
  PublishDiagnosticsParams nextOfVersion(String uri, int version) throws InterruptedException {
    PublishDiagnosticsParams p = next(uri);
    if (p.getVersion() == null || p.getVersion() != version) {
      throw new AssertionError("diagnostics of version " + p.getVersion() + " published, expected " + version);
    }
    return p;
  }

  /** {@code text} with {@code edits} applied (LSP positions: UTF-16 line and character). */
  static String apply(String text, List<TextEdit> edits) {
    TextPositions positions = new TextPositions(text);
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort((a, b) -> positions.offset(b.getRange().getStart()) - positions.offset(a.getRange().getStart()));
    StringBuilder out = new StringBuilder(text);
    for (TextEdit e : sorted) {
      out.replace(positions.offset(e.getRange().getStart()), positions.offset(e.getRange().getEnd()), e.getNewText());
    }
    return out.toString();
  }

  static Position position(String text, String word) {
    return new TextPositions(text).at(text.indexOf(word));
  }

  @Override
  public void close() throws Exception {
    try {
      remote.shutdown().get(10, TimeUnit.SECONDS);
      remote.exit();
    } finally {
      for (AutoCloseable s : streams) {
        try {
          s.close();
        } catch (IOException e) {
          // already closed by the other end
        }
      }
    }
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
      messages.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
      messages.add(params);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
      synchronized (registrations) {
        registrations.add(params);
      }
      return CompletableFuture.completedFuture(null);
    }
  }
}
