package dev.copydesk.lsp;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.Rule;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code copydesk lsp}: Copydesk's findings as an editor's diagnostics and quick fixes, for
 * Markdown, MDX, plain-text and HTML documents. A thin shell on the library: one {@link Copydesk}
 * (one set of rules, one warm LanguageTool) for the whole session checks each document under its
 * folder's configuration ({@link FolderConfigurations}, rebuilt when a {@code copydesk.yml}
 * changes). Checks run one at a time on one thread, a quiet {@link LspOptions#debounce()} after
 * the last change; a check whose document changed meanwhile is stale, and its diagnostics are
 * never published.
 */
public final class CopydeskLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {
  static final String ADD_TO_DICTIONARY = "copydesk.addToDictionary";
  private final List<Rule> rules;
  private final List<String> ruleIds;
  private final LspOptions options;
  private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread t = new Thread(task, "copydesk-lsp-check");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger checks = new AtomicInteger();
  private final Copydesk copydesk;
  private volatile IntConsumer checkStarted = version -> {};
  private volatile LanguageClient client;
  private volatile Path root;
  private volatile FolderConfigurations folders;

  /** A server with these rules. */
  public CopydeskLanguageServer(List<Rule> rules, LspOptions options) {
    this.rules = List.copyOf(rules);
    this.ruleIds = rules.stream().map(r -> r.info().id()).toList();
    this.options = options;
    this.folders = FolderConfigurations.single(Configuration.defaults());
    this.copydesk = Copydesk.create(folders, this.rules, 1);
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    root = workspaceRoot(params);
    reloadConfiguration();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setTextDocumentSync(sync);
    capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    capabilities.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(ADD_TO_DICTIONARY)));
    checker.execute(this::warmUp);
    return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("copydesk", dev.copydesk.core.Version.get())));
  }

  @Override
  public void initialized(InitializedParams params) {
    LanguageClient c = client;
    if (c != null && root != null) {
      DidChangeWatchedFilesRegistrationOptions watch = new DidChangeWatchedFilesRegistrationOptions(
          List.of(new FileSystemWatcher(Either.forLeft("**/" + ConfigLoader.FILE_NAME))));
      c.registerCapability(new RegistrationParams(List.of(
          new Registration("copydesk-config", "workspace/didChangeWatchedFiles", watch))))
          .exceptionally(e -> null);
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    pending.values().forEach(f -> f.cancel(false));
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    checker.shutdownNow();
    copydesk.close();
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return this;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return this;
  }

  // Documents

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    String kind = DocumentKind.of(uri, params.getTextDocument().getLanguageId());
    if (kind == null) {
      return;
    }
    documents.put(uri, new OpenDocument(uri, kind, params.getTextDocument().getText(), params.getTextDocument().getVersion()));
    schedule(uri, 0);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    OpenDocument document = documents.get(uri);
    if (document == null || params.getContentChanges().isEmpty()) {
      return;
    }
    String text = params.getContentChanges().get(params.getContentChanges().size() - 1).getText();
    document.update(text, params.getTextDocument().getVersion());
    schedule(uri, options.debounce().toMillis());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    if (isConfigurationFile(uri)) {
      configurationChanged();
    } else if (documents.containsKey(uri)) {
      documents.get(uri).forgetCheck();
      schedule(uri, 0);
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    ScheduledFuture<?> waiting = pending.remove(uri);
    if (waiting != null) {
      waiting.cancel(false);
    }
    if (documents.remove(uri) != null) {
      publish(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    OpenDocument document = documents.get(params.getTextDocument().getUri());
    if (document == null) {
      return CompletableFuture.completedFuture(List.of());
    }
    OpenDocument.Checked checked = document.checked();
    if (checked == null || checked.version() != document.version()) {
      return CompletableFuture.completedFuture(List.of());
    }
    Path dictionary = root == null ? null : root.resolve(ConfigLoader.FILE_NAME);
    return CompletableFuture.completedFuture(
        new CodeActions(document.uri(), document.kind(), checked, dictionary).at(params.getRange()));
  }

  // Workspace

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    configurationChanged();
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    if (params.getChanges().stream().anyMatch(c -> isConfigurationFile(c.getUri()))) {
      configurationChanged();
    }
  }

  @Override
  public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
    if (!ADD_TO_DICTIONARY.equals(params.getCommand()) || params.getArguments().size() < 2) {
      return CompletableFuture.completedFuture(null);
    }
    String word = argument(params.getArguments().get(0));
    Path file = Path.of(URI.create(argument(params.getArguments().get(1))));
    try {
      if (DictionaryFile.add(file, word, ruleIds)) {
        message(MessageType.Info, "copydesk: added '" + word + "' to " + file);
      }
      configurationChanged();
    } catch (IOException e) {
      message(MessageType.Error, "copydesk: cannot write " + file + ": " + e.getMessage());
    } catch (ConfigException e) {
      message(MessageType.Error, "copydesk: " + file + " left as it was: " + e.getMessage());
    }
    return CompletableFuture.completedFuture(null);
  }

  // Checking

  /** How many checks have run (for tests and the latency client). */
  public int checksRun() {
    return checks.get();
  }

  /** Tells {@code listener} the version of each document check as it starts (for tests). */
  void onCheckStarted(IntConsumer listener) {
    this.checkStarted = listener;
  }

  private void schedule(String uri, long delayMillis) {
    ScheduledFuture<?> next = checker.schedule(() -> check(uri), delayMillis, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> previous = pending.put(uri, next);
    if (previous != null) {
      previous.cancel(false);
    }
  }

  private void check(String uri) {
    OpenDocument document = documents.get(uri);
    if (document == null) {
      return;
    }
    OpenDocument.Snapshot snapshot = document.snapshot();
    if (document.checked() != null && document.checked().version() == snapshot.version()) {
      return;
    }
    checks.incrementAndGet();
    checkStarted.accept(snapshot.version());
    Path file = document.path();
    String displayPath = file != null ? file.toString() : "document." + document.kind();
    if (!displayPath.endsWith("." + document.kind())) {
      displayPath = displayPath + "." + document.kind();
    }
    List<Finding> findings;
    String problem = null;
    try {
      Configuration configuration = file != null ? folders.forFile(file) : folders.rootConfiguration();
      FileResult result = copydesk.check(displayPath, snapshot.text().getBytes(StandardCharsets.UTF_8), configuration);
      findings = result.findings();
      problem = result.error();
    } catch (ConfigException e) {
      findings = List.of();
      problem = "not checked, its configuration cannot be used: " + e.getMessage();
    }
    if (documents.get(uri) != document || document.version() != snapshot.version()) {
      return;
    }
    OpenDocument.Checked checked = new OpenDocument.Checked(snapshot.version(), snapshot.text(), findings);
    document.checked(checked);
    publish(new Diagnostics(uri, options.docsBase()).of(checked, problem));
  }

  private void publish(PublishDiagnosticsParams diagnostics) {
    LanguageClient c = client;
    if (c != null) {
      c.publishDiagnostics(diagnostics);
    }
  }

  /** Reads the configuration again and checks every open document again under it. */
  private void configurationChanged() {
    checker.execute(() -> {
      reloadConfiguration();
      for (OpenDocument document : documents.values()) {
        document.forgetCheck();
        schedule(document.uri(), 0);
      }
    });
  }

  private void reloadConfiguration() {
    if (root == null) {
      folders = FolderConfigurations.single(Configuration.defaults());
      return;
    }
    try {
      folders = FolderConfigurations.of(root, ConfigLoader.discover(root, ruleIds), ruleIds);
    } catch (ConfigException e) {
      folders = FolderConfigurations.of(root, Configuration.defaults(), ruleIds);
      message(MessageType.Error, "copydesk: " + e.getMessage() + " (checking with the default configuration)");
    }
  }

  /** Loads the rules and LanguageTool on the check thread before the first document comes. */
  private void warmUp() {
    copydesk.check("warm-up.txt", "Copydesk warms up its models.".getBytes(StandardCharsets.UTF_8), folders.rootConfiguration());
  }

  private void message(MessageType type, String text) {
    LanguageClient c = client;
    if (c != null) {
      c.showMessage(new MessageParams(type, text));
    }
  }

  private static boolean isConfigurationFile(String uri) {
    return uri.endsWith("/" + ConfigLoader.FILE_NAME);
  }

  private static String argument(Object value) {
    if (value instanceof com.google.gson.JsonPrimitive primitive) {
      return primitive.getAsString();
    }
    return String.valueOf(value);
  }

  private static Path workspaceRoot(InitializeParams params) {
    List<String> candidates = new ArrayList<>();
    if (params.getWorkspaceFolders() != null) {
      params.getWorkspaceFolders().forEach(f -> candidates.add(f.getUri()));
    }
    if (params.getRootUri() != null) {
      candidates.add(params.getRootUri());
    }
    for (String uri : candidates) {
      if (uri != null && uri.startsWith("file:")) {
        return Path.of(URI.create(uri));
      }
    }
    return null;
  }
}
