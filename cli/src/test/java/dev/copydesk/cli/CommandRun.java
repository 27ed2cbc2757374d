package dev.copydesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code copydesk} command in this JVM: its exit code, standard output and error. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CopydeskCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
