package dev.copydesk.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;

/**
 * The text of a {@code /v2/check} request: what was sent (the {@code text} parameter, or the
 * {@code data} annotation with its markup, as LanguageTool's offsets count it) and what is checked
 * (the text with each markup replaced by its {@code interpretAs}), with a map from every checked
 * character back to the characters sent. Offsets are UTF-16 units, as in the JSON.
 */
final class RequestText {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String sent;
  private final String checked;
  /** For each checked character: where its sent range starts and ends; null when both texts are the same. */
  private final int[] sentStarts;
  private final int[] sentEnds;

  private RequestText(String sent, String checked, int[] sentStarts, int[] sentEnds) {
    this.sent = sent;
    this.checked = checked;
    this.sentStarts = sentStarts;
    this.sentEnds = sentEnds;
  }

  /** A plain {@code text} parameter: checked as sent. */
  static RequestText plain(String text) {
    return new RequestText(text, text, null, null);
  }

  /**
   * A {@code data} parameter: {@code {"annotation": [{"text": "…"}, {"markup": "<b>", "interpretAs": "…"}]}}.
   *
   * @throws ApiException 400 when it is not JSON of that shape
   */
  static RequestText annotated(String data) {
    JsonNode root;
    try {
      root = JSON.readTree(data);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("'data' is not JSON: " + e.getOriginalMessage());
    }
    JsonNode parts = root == null ? null : root.get("annotation");
    if (parts == null || !parts.isArray()) {
      throw ApiException.badRequest("'data' must be {\"annotation\": [{\"text\": …} or {\"markup\": …, \"interpretAs\": …}, …]}");
    }
    StringBuilder sent = new StringBuilder();
    StringBuilder checked = new StringBuilder();
    int[] starts = new int[Math.max(16, data.length())];
    int[] ends = new int[starts.length];
    int index = 0;
    for (JsonNode part : parts) {
      String text = textField(part, "text", index);
      String markup = textField(part, "markup", index);
      String interpretAs = textField(part, "interpretAs", index);
      if ((text == null) == (markup == null)) {
        throw ApiException.badRequest("'data' annotation " + index + " must have either \"text\" or \"markup\"");
      }
      int from = sent.length();
      if (text != null) {
        for (int i = 0; i < text.length(); i++) {
          starts = put(starts, checked.length(), from + i);
          ends = put(ends, checked.length(), from + i + 1);
          checked.append(text.charAt(i));
        }
        sent.append(text);
      } else {
        sent.append(markup);
        String stands = interpretAs == null ? "" : interpretAs;
        for (int i = 0; i < stands.length(); i++) {
          starts = put(starts, checked.length(), from);
          ends = put(ends, checked.length(), sent.length());
          checked.append(stands.charAt(i));
        }
      }
      index++;
    }
    return new RequestText(sent.toString(), checked.toString(),
        Arrays.copyOf(starts, checked.length()), Arrays.copyOf(ends, checked.length()));
  }

  private static String textField(JsonNode part, String name, int index) {
    JsonNode value = part.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiException.badRequest("'data' annotation " + index + ": \"" + name + "\" must be a string");
    }
    return value.asText();
  }

  private static int[] put(int[] array, int at, int value) {
    int[] target = at < array.length ? array : Arrays.copyOf(array, array.length * 2);
    target[at] = value;
    return target;
  }

  /** The text as sent, markup included: LanguageTool's offsets count into it. */
  String sent() {
    return sent;
  }

  /** The text checked: markup replaced by what it is interpreted as. */
  String checked() {
    return checked;
  }

  /** Where checked offset {@code offset} stands in the sent text. */
  int sentOffset(int offset) {
    if (sentStarts == null) {
      return offset;
    }
    if (offset >= sentStarts.length) {
      return sent.length();
    }
    return sentStarts[offset];
  }

  /** The sent range {@code [start, end)} of the checked range {@code [start, end)}. */
  int[] sentRange(int start, int end) {
    int from = sentOffset(start);
    if (sentStarts == null || end <= start) {
      return new int[] {from, sentStarts == null ? end : from};
    }
    int to = sentEnds[Math.min(end, sentEnds.length) - 1];
    return new int[] {from, Math.max(from, to)};
  }
}
