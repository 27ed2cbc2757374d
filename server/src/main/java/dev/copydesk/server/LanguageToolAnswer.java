package dev.copydesk.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.core.Version;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.RuleInfo;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@code /v2/check} answer in LanguageTool 6.6's shape: {@code software}, {@code warnings},
 * {@code language} (with {@code detectedLanguage}), {@code matches} (message, replacements, offset
 * and length in the text as sent, context, sentence, type, rule with issue type and category) and
 * the sentence ranges. Copydesk's rule ids and categories stand as the rules and categories.
 */
final class LanguageToolAnswer {
  /** LanguageTool's context: this many characters either side of a match. */
  private static final int CONTEXT_CHARS = 40;
  private static final String ELLIPSIS = "...";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, RuleInfo> rules;

  /** An answer writer describing rules by {@code rules} (id to info). */
  LanguageToolAnswer(Map<String, RuleInfo> rules) {
    this.rules = Map.copyOf(rules);
  }

  /** The answer for {@code findings}, found in {@code text} checked as {@code language}. */
  ObjectNode answer(RequestText text, RequestLanguage language, List<Finding> findings) {
    ObjectNode root = NODES.objectNode();
    root.set("software", software());
    root.putObject("warnings").put("incompleteResults", false);
    ObjectNode lang = root.putObject("language");
    lang.put("name", language.name());
    lang.put("code", language.code());
    ObjectNode detected = lang.putObject("detectedLanguage");
    detected.put("name", language.name());
    detected.put("code", language.code());
    detected.put("confidence", 1.0);
    detected.put("source", language.detected() ? "copydesk:english-only" : "request");
    List<int[]> sentences = sentences(text.checked());
    ArrayNode matches = root.putArray("matches");
    for (Finding finding : findings) {
      matches.add(match(text, finding, sentences));
    }
    ArrayNode ranges = root.putArray("sentenceRanges");
    ArrayNode extended = root.putArray("extendedSentenceRanges");
    for (int[] s : sentences) {
      int[] sent = text.sentRange(s[0], s[1]);
      ranges.addArray().add(sent[0]).add(sent[1]);
      ObjectNode range = extended.addObject().put("from", s[0]).put("to", s[1]);
      range.putArray("detectedLanguages").addObject().put("language", "en").put("rate", 1.0);
    }
    return root;
  }

  private static ObjectNode software() {
    ObjectNode software = NODES.objectNode();
    software.put("name", "Copydesk");
    software.put("version", Version.get());
    software.put("buildDate", "");
    software.put("apiVersion", 1);
    software.put("premium", false);
    software.put("premiumHint", "");
    software.put("status", "");
    return software;
  }

  private ObjectNode match(RequestText text, Finding finding, List<int[]> sentences) {
    int start = finding.span().offset();
    int end = start + finding.span().length();
    int[] sent = text.sentRange(start, end);
    IssueKind kind = IssueKind.of(finding);
    ObjectNode match = NODES.objectNode();
    match.put("message", finding.message());
    match.put("shortMessage", shortMessage(finding.rule()));
    ArrayNode replacements = match.putArray("replacements");
    finding.suggestions().forEach(s -> replacements.addObject().put("value", s));
    match.put("offset", sent[0]);
    match.put("length", sent[1] - sent[0]);
    match.set("context", context(text.sent(), sent[0], sent[1]));
    match.put("sentence", sentenceAt(text.checked(), sentences, start));
    match.putObject("type").put("typeName", kind.typeName());
    ObjectNode rule = match.putObject("rule");
    rule.put("id", finding.rule());
    RuleInfo info = rules.get(finding.rule());
    rule.put("description", info == null ? finding.rule() : info.summary());
    rule.put("issueType", kind.issueType());
    rule.putObject("category").put("id", finding.category()).put("name", IssueKind.categoryName(finding.category()));
    match.put("ignoreForIncompleteSentence", kind.ignoreForIncompleteSentence());
    match.put("contextForSureMatch", 0);
    return match;
  }

  /** LanguageTool's context: up to 40 characters either side, cut ends marked "...", line breaks as spaces. */
  static ObjectNode context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT_CHARS);
    int to = Math.min(text.length(), end + CONTEXT_CHARS);
    String prefix = from > 0 ? ELLIPSIS : "";
    String suffix = to < text.length() ? ELLIPSIS : "";
    String window = text.substring(from, to).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    ObjectNode context = NODES.objectNode();
    context.put("text", prefix + window + suffix);
    context.put("offset", prefix.length() + start - from);
    context.put("length", end - start);
    return context;
  }

  private static String shortMessage(String ruleId) {
    String words = ruleId.replace('-', ' ');
    return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** The sentences of {@code text} as {@code [start, end)} without surrounding whitespace. */
  private static List<int[]> sentences(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    List<int[]> sentences = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        sentences.add(new int[] {s, e});
      }
    }
    return sentences;
  }

  private static String sentenceAt(String text, List<int[]> sentences, int offset) {
    for (int[] s : sentences) {
      if (offset < s[1]) {
        return text.substring(s[0], s[1]);
      }
    }
    return sentences.isEmpty() ? "" : text.substring(sentences.get(sentences.size() - 1)[0]);
  }
}
