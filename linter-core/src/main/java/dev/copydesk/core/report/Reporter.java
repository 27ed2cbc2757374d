package dev.copydesk.core.report;

import dev.copydesk.core.engine.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link Report} in one format ({@code text}, {@code json}, {@code sarif}…). Reporters
 * are found with {@link java.util.ServiceLoader} (see {@link Reporters}), hold no state, and
 * read everything they need from the report and the {@link ReportContext}.
 */
public interface Reporter {

  /** The format id users name on the command line ({@code json}). */
  String format();

  /** The file extension for this format's report file ({@code json}, {@code sarif}, {@code html}). */
  String fileExtension();

  /** Writes {@code report} to {@code out}. */
  void write(Report report, ReportContext context, Writer out) throws IOException;
}
