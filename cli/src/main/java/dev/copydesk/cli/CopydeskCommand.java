package dev.copydesk.cli;

import dev.copydesk.core.Version;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code copydesk} command: {@code check} articles, {@code fix} the safe findings, list the
 * {@code rules}, {@code serve} over HTTP, run the language server ({@code lsp}). Only wiring: the
 * work is done by {@link dev.copydesk.core.engine.Copydesk} and the reporters. Exit codes are
 * DESIGN.md's: 0 nothing at or above the fail level, 1 findings at or above it, 2 a usage error,
 * a bad configuration or an input that could not be read.
 */
@Command(
    name = "copydesk",
    mixinStandardHelpOptions = true,
    versionProvider = CopydeskCommand.VersionProvider.class,
    description = "An editorial linter for newsrooms: typos, name and term variants, quotations, dates.",
    subcommands = {CheckCommand.class, FixCommand.class, RulesCommand.class, ServeCommand.class, LspCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:nothing at or above the fail level",
        "1:findings at or above the fail level",
        "2:a usage error, a bad configuration or an input that could not be read"})
public final class CopydeskCommand implements Callable<Integer> {
  /** The exit code for usage errors, bad configurations and unreadable inputs. */
  static final int INPUT_ERROR = 2;

  @Spec
  private CommandSpec spec;

  /** Runs {@code copydesk} with {@code args} and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(commandLine(out, err).execute(args));
  }

  /** The command line, writing reports to {@code out} and messages to {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new CopydeskCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(CopydeskCommand::usageError);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("copydesk: internal error: " + e);
      e.printStackTrace(cmd.getErr());
      return INPUT_ERROR;
    });
    return commandLine;
  }

  /** A usage error as one line: what is wrong, and where help is. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage()
        + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    return INPUT_ERROR;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return INPUT_ERROR;
  }

  /** Copydesk's version as the build stamped it. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"copydesk " + Version.get()};
    }
  }
}
