package dev.copydesk.cli;

import dev.copydesk.lsp.CopydeskLsp;
import dev.copydesk.lsp.LspOptions;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code copydesk lsp}: the language server on standard input and output, until the editor ends
 * the session. Standard output carries the protocol only, so anything else printed there (a
 * library's stray line) is sent to standard error instead.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = {"Run the language server on standard input and output, for editors with an LSP client",
        "(VS Code, Neovim, Helix, Zed, Emacs): diagnostics and quick fixes for Markdown, MDX, text and HTML.",
        "The workspace's copydesk.yml (and sub-folder ones) is read, and read again when it changes."})
final class LspCommand implements Callable<Integer> {
  @Option(names = "--debounce", paramLabel = "MILLISECONDS",
      description = "Quiet time after a change before the document is checked. Default: 100.")
  private Integer debounceMillis;

  @Option(names = "--docs-url", paramLabel = "URL",
      description = "Where the rules' documentation (docs/rules.md) is, for each diagnostic's link. Default: the checkout's docs/rules.md, when the jar is in one.")
  private String docsUrl;

  @Override
  public Integer call() throws InterruptedException {
    LspOptions defaults = LspOptions.defaults();
    LspOptions options = new LspOptions(
        debounceMillis != null ? Duration.ofMillis(Math.max(0, debounceMillis)) : defaults.debounce(),
        docsUrl != null ? docsUrl : defaults.docsBase());
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    System.setOut(System.err);
    CopydeskLsp.run(new FileInputStream(FileDescriptor.in), protocol, options);
    return 0;
  }
}
