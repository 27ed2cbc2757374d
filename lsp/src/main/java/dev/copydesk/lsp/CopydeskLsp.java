package dev.copydesk.lsp;

import dev.copydesk.core.engine.Copydesk;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs {@link CopydeskLanguageServer} over a pair of streams (standard input and output for {@code copydesk lsp}). */
public final class CopydeskLsp {
  private CopydeskLsp() {}

  /** A server with every rule on the class path, connected to a client on {@code in}/{@code out}; call {@code startListening()}. */
  public static Launcher<LanguageClient> launcher(InputStream in, OutputStream out, LspOptions options) {
    CopydeskLanguageServer server = new CopydeskLanguageServer(
        Copydesk.discoverRules(Thread.currentThread().getContextClassLoader()), options);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    return launcher;
  }

  /** Serves on {@code in}/{@code out} until the client closes the connection or sends {@code exit}. */
  public static void run(InputStream in, OutputStream out, LspOptions options) throws InterruptedException {
    Future<Void> listening = launcher(in, out, options).startListening();
    try {
      listening.get();
    } catch (ExecutionException e) {
      // the connection closed
    }
  }
}
