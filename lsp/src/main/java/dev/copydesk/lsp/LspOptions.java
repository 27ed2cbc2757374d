package dev.copydesk.lsp;

import java.time.Duration;

/**
 * How {@code copydesk lsp} runs.
 *
 * @param debounce how long a document must be left alone after a change before it is checked
 * @param docsBase where the rules' documentation is ({@code docs/rules.md}); a diagnostic links
 *     {@code docsBase#rule-id}; null for no link
 */
public record LspOptions(Duration debounce, String docsBase) {
  /** The quiet time after a change before a check: long enough to coalesce a burst of typing. */
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(100);

  /** The default debounce, with the documentation found next to the running jar if it is in a checkout. */
  public static LspOptions defaults() {
    return new LspOptions(DEFAULT_DEBOUNCE, RulesDocs.find());
  }

  /** These options with another debounce. */
  public LspOptions withDebounce(Duration newDebounce) {
    return new LspOptions(newDebounce, docsBase);
  }
}
