package dev.copydesk.core.report;

import dev.copydesk.core.model.Finding;

/** The plain-text phrasings of a finding shared by the one-line report formats. */
final class FindingText {
  private FindingText() {}

  /** The message, then the suggested fix if there is one: {@code "… (suggestion: 'to')"}. */
  static String messageWithFix(Finding f) {
    return f.suggestions().isEmpty() ? f.message() : f.message() + " (suggestion: " + suggestions(f) + ")";
  }

  /** The suggestions quoted and joined: {@code 'to' or 'too'}. */
  static String suggestions(Finding f) {
    return String.join(" or ", f.suggestions().stream().map(s -> "'" + s + "'").toList());
  }

  /** Everything about a finding on a few lines: where, message, fix and evidence. */
  static String details(Finding f) {
    StringBuilder s = new StringBuilder()
        .append(f.span().line()).append(':').append(f.span().column())
        .append(' ').append(f.severity().id()).append(' ').append(f.rule())
        .append(": '").append(f.text()).append("'\n")
        .append(f.message()).append('\n');
    if (!f.suggestions().isEmpty()) {
      s.append("Suggestion: ").append(suggestions(f)).append('\n');
    }
    if (f.evidence() != null) {
      s.append("Evidence: ").append(f.evidence()).append('\n');
    }
    return s.toString();
  }
}
