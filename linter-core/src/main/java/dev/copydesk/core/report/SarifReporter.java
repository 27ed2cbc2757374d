package dev.copydesk.core.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.SourceSpan;
import java.io.IOException;
import java.io.Writer;

/**
 * SARIF 2.1.0 ({@code --format sarif}), the static-analysis format GitHub code scanning, Azure
 * DevOps and IDE viewers read. One run: {@code tool.driver} describes every rule (see {@link
 * SarifRules}); each finding is a result at its physical location (line and column region, which
 * SARIF ends one column past the last character as Copydesk does, plus character offset, length
 * and the snippet), with a fix for each suggestion. Files that could not be read, and rules that
 * failed, are tool execution notifications of the run's one invocation.
 *
 * <p>Columns count Unicode code points, as in the JSON report ({@code columnKind
 * unicodeCodePoints}); {@code charOffset}/{@code charLength} count UTF-16 units like its
 * {@code offset}/{@code length}.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public String fileExtension() {
    return "sarif";
  }

  @Override
  public void write(Report report, ReportContext context, Writer out) throws IOException {
    SarifRules rules = new SarifRules(context.rules(), report);
    ObjectNode run = JSON.objectNode();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "copydesk")
        .put("fullName", "Copydesk editorial linter")
        .put("version", context.toolVersion())
        .set("rules", rules.descriptors());
    run.set("invocations", JSON.arrayNode().add(invocation(report)));
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    boolean baselined = report.baselineCount() > 0;
    for (FileResult file : report.files()) {
      for (Finding f : file.findings()) {
        ObjectNode result = result(file.path(), f, rules);
        if (baselined) {
          result.put("baselineState", f.baseline() ? "unchanged" : "new");
        }
        results.add(result);
      }
    }
    ObjectNode log = JSON.objectNode().put("$schema", SCHEMA).put("version", "2.1.0");
    log.putArray("runs").add(run);
    MAPPER.writeValue(out, log);
    out.write('\n');
    out.flush();
  }

  private static ObjectNode invocation(Report report) {
    ObjectNode invocation = JSON.objectNode().put("executionSuccessful", !report.hasInputErrors());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (FileResult file : report.files()) {
      if (file.error() != null) {
        notifications.add(notification(file.path(), "input", "could not be read: " + file.error()));
      }
      for (String failure : file.processingErrors()) {
        notifications.add(notification(file.path(), "rule-failure", "a rule failed: " + failure));
      }
    }
    return invocation;
  }

  private static ObjectNode notification(String path, String id, String text) {
    ObjectNode n = JSON.objectNode().put("level", "error");
    n.putObject("descriptor").put("id", id);
    n.putObject("message").put("text", path + ": " + text);
    n.putArray("locations").addObject().putObject("physicalLocation").set("artifactLocation", artifact(path));
    return n;
  }

  private static ObjectNode result(String path, Finding f, SarifRules rules) {
    ObjectNode result = JSON.objectNode().put("ruleId", f.rule());
    rules.indexOf(f.rule()).ifPresent(i -> result.put("ruleIndex", i));
    result.put("level", SarifRules.level(f.severity()));
    result.putObject("message").put("text", FindingText.messageWithFix(f));
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.set("artifactLocation", artifact(path));
    physical.set("region", region(f.span()).set("snippet", JSON.objectNode().put("text", f.text())));
    if (!f.suggestions().isEmpty()) {
      ArrayNode fixes = result.putArray("fixes");
      for (String suggestion : f.suggestions()) {
        fixes.add(fix(path, f, suggestion));
      }
    }
    ObjectNode properties = result.putObject("properties").put("category", f.category());
    if (f.evidence() != null) {
      properties.put("evidence", f.evidence());
    }
    return result;
  }

  private static ObjectNode fix(String path, Finding f, String suggestion) {
    ObjectNode fix = JSON.objectNode();
    fix.putObject("description").put("text", "Replace '" + f.text() + "' with '" + suggestion + "'");
    ObjectNode change = fix.putArray("artifactChanges").addObject();
    change.set("artifactLocation", artifact(path));
    ObjectNode replacement = change.putArray("replacements").addObject();
    replacement.set("deletedRegion", region(f.span()));
    replacement.putObject("insertedContent").put("text", suggestion);
    return fix;
  }

  private static ObjectNode region(SourceSpan span) {
    return JSON.objectNode()
        .put("startLine", span.line())
        .put("startColumn", span.column())
        .put("endLine", span.endLine())
        .put("endColumn", span.endColumn())
        .put("charOffset", span.offset())
        .put("charLength", span.length());
  }

  private static ObjectNode artifact(String path) {
    return JSON.objectNode().put("uri", ArtifactUri.of(path));
  }
}
