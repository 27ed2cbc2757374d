package dev.copydesk.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code json} format, for scripts: the shape DESIGN.md fixes — {@code tool}, {@code files}
 * (each with {@code path}, {@code error} and {@code findings}, plus {@code processingErrors} for
 * rules that failed on the file) and {@code summary}; a finding's fields are {@link FindingField}'s,
 * and {@code baseline} says whether the baseline accepts it (the summary says how many it accepts).
 * Positions are those of {@link dev.copydesk.core.model.SourceSpan}:
 * 1-based lines and columns, UTF-16 offsets; {@code text} is the source at the span.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter();
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "copydesk");
    json.writeStringField("version", context.toolVersion());
    json.writeEndObject();
    json.writeArrayFieldStart("files");
    for (FileResult file : report.files()) {
      writeFile(file, json);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("files", report.files().size());
    json.writeNumberField("errors", report.count(Severity.ERROR));
    json.writeNumberField("warnings", report.count(Severity.WARNING));
    json.writeNumberField("infos", report.count(Severity.INFO));
    json.writeNumberField("baseline", report.baselineCount());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }

  private static void writeFile(FileResult file, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", file.path());
    json.writeStringField("error", file.error());
    json.writeArrayFieldStart("findings");
    for (Finding finding : file.findings()) {
      writeFinding(finding, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("processingErrors");
    for (String failure : file.processingErrors()) {
      json.writeString(failure);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeFinding(Finding f, JsonGenerator json) throws IOException {
    json.writeStartObject();
    for (FindingField field : FindingField.values()) {
      switch (field.kind()) {
        case TEXT, OPTIONAL_TEXT -> json.writeStringField(field.key(), (String) field.valueOf(f));
        case NUMBER -> json.writeNumberField(field.key(), (Integer) field.valueOf(f));
        case TEXT_LIST -> {
          json.writeArrayFieldStart(field.key());
          for (String item : field.listOf(f)) {
            json.writeString(item);
          }
          json.writeEndArray();
        }
      }
    }
    json.writeBooleanField("baseline", f.baseline());
    json.writeEndObject();
  }
}
