package dev.copydesk.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.rule.RuleInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SARIF {@code reportingDescriptor}s of a run: one per rule of the run, from its {@link
 * RuleInfo} (summary, the example it flags and its correction, default level, category as a tag),
 * plus a bare one for any rule id a finding carries that the run did not describe, so that every
 * result can point at its rule by index.
 */
final class SarifRules {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final Map<String, Integer> indexById = new LinkedHashMap<>();
  private final List<ObjectNode> descriptors = new ArrayList<>();

  SarifRules(List<RuleInfo> rules, Report report) {
    for (RuleInfo rule : rules) {
      add(rule.id(), describe(rule));
    }
    report.files().stream().flatMap(f -> f.findings().stream())
        .filter(f -> !indexById.containsKey(f.rule()))
        .forEach(f -> add(f.rule(), undescribed(f)));
  }

  /** The descriptors, in index order. */
  ArrayNode descriptors() {
    ArrayNode array = JSON.arrayNode();
    descriptors.forEach(array::add);
    return array;
  }

  /** The index of rule {@code id} in {@link #descriptors()}. */
  OptionalInt indexOf(String id) {
    Integer index = indexById.get(id);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** SARIF's level for a severity: {@code error}, {@code warning} or {@code note}. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private void add(String id, ObjectNode descriptor) {
    if (indexById.putIfAbsent(id, descriptors.size()) == null) {
      descriptors.add(descriptor);
    }
  }

  private static ObjectNode describe(RuleInfo rule) {
    ObjectNode d = JSON.objectNode().put("id", rule.id());
    d.putObject("shortDescription").put("text", rule.summary());
    d.putObject("fullDescription").put("text", rule.summary() + " Category: " + rule.category()
        + "; default severity: " + rule.defaultSeverity().id() + ".");
    String text = rule.summary() + "\n\nFlagged: " + rule.exampleWrong() + "\nCorrected: " + rule.exampleFixed();
    String markdown = rule.summary() + "\n\n**Flagged:** " + rule.exampleWrong() + "\n\n**Corrected:** " + rule.exampleFixed();
    d.putObject("help").put("text", text).put("markdown", markdown);
    d.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    ObjectNode properties = d.putObject("properties").put("category", rule.category());
    properties.putArray("tags").add("copydesk").add(rule.category());
    Optional.of(rule.supersedes()).filter(s -> !s.isEmpty())
        .ifPresent(s -> s.stream().sorted().forEach(properties.putArray("supersedes")::add));
    return d;
  }

  private static ObjectNode undescribed(Finding f) {
    ObjectNode d = JSON.objectNode().put("id", f.rule());
    d.putObject("shortDescription").put("text", "Rule '" + f.rule() + "' (" + f.category() + ")");
    d.putObject("properties").put("category", f.category()).putArray("tags").add("copydesk").add(f.category());
    return d;
  }
}
