package dev.copydesk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A timed LSP client for {@code copydesk lsp}, run as its own process as an editor runs it: the
 * time to the {@code initialize} answer, to the first diagnostics of the seed after {@code
 * didOpen}, and, once warm, from each {@code didChange} to the diagnostics of that version (the
 * server's debounce included). Not a unit test: figures go to standard output.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.copydesk.benchmarks.LspLatency cli/target/copydesk.jar samples/asianews-2021-07-27.txt 100 [--debounce 150]</pre>
 *
 * <p>The second half of the changes is reported (the first half warms the JIT up); the edits
 * alternate between two versions of the seed, "toto" and "to".
 */
public final class LspLatency {
  private final Map<Integer, CompletableFuture<Long>> published = new ConcurrentHashMap<>();

  private LspLatency() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "cli/target/copydesk.jar");
    Path seed = Path.of(args.length > 1 ? args[1] : "samples/asianews-2021-07-27.txt");
    int changes = args.length > 2 ? Integer.parseInt(args[2]) : 40;
    List<String> serverArgs = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
    new LspLatency().run(jar, seed, changes, serverArgs);
  }

  private CompletableFuture<Long> diagnosticsOf(int version) {
    return published.computeIfAbsent(version, v -> new CompletableFuture<>());
  }

  private void run(Path jar, Path seed, int changes, List<String> serverArgs) throws Exception {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    String uri = seed.toAbsolutePath().toUri().toString();
    long start = System.nanoTime();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-jar", jar.toString(), "lsp"));
    command.addAll(serverArgs);
    Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), server.getInputStream(), server.getOutputStream());
    launcher.startListening();
    LanguageServer remote = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setRootUri(seed.toAbsolutePath().getParent().toUri().toString());
    init.setCapabilities(new ClientCapabilities());
    remote.initialize(init).get(120, TimeUnit.SECONDS);
    long initialized = System.nanoTime();
    remote.initialized(new InitializedParams());
    remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "plaintext", 1, text)));
    long first = diagnosticsOf(1).get(300, TimeUnit.SECONDS);
    System.out.printf("initialize answered after %d ms (process start to answer)%n", ms(initialized - start));
    System.out.printf("first diagnostics after %d ms from initialize (%d ms from process start)%n",
        ms(first - initialized), ms(first - start));
    List<Long> latencies = new ArrayList<>();
    for (int version = 2; version <= changes + 1; version++) {
      String edited = version % 2 == 0 ? text.replace("toto", "to") : text;
      long sent = System.nanoTime();
      remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(edited))));
      latencies.add(diagnosticsOf(version).get(60, TimeUnit.SECONDS) - sent);
    }
    List<Long> warm = latencies.subList(latencies.size() / 2, latencies.size()).stream().sorted().toList();
    System.out.printf("didChange to diagnostics, warm (%d changes after %d warm-up ones): median %d ms, p90 %d ms, max %d ms%n",
        warm.size(), latencies.size() - warm.size(), ms(warm.get(warm.size() / 2)), ms(warm.get((int) (warm.size() * 0.9))),
        ms(warm.get(warm.size() - 1)));
    remote.shutdown().get(10, TimeUnit.SECONDS);
    remote.exit();
    server.waitFor(10, TimeUnit.SECONDS);
    server.destroy();
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  private final class Client implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      if (params.getVersion() != null) {
        diagnosticsOf(params.getVersion()).complete(System.nanoTime());
      }
    }

    @Override
    public void showMessage(MessageParams params) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}

    @Override
    public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
      return CompletableFuture.completedFuture(null);
    }
  }
}
