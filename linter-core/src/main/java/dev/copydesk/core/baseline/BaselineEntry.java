package dev.copydesk.core.baseline;

/**
 * One accepted finding of a baseline file. It is matched by {@code path}, {@code rule}, {@code
 * text} and {@code context}; {@code line}, {@code severity} and {@code message} are there for the
 * people who read the file and review its changes.
 *
 * @param path the article, relative to the baseline file's folder, with {@code /} separators
 * @param rule the rule id
 * @param text the flagged source text
 * @param context the {@link SentenceContext} of the finding: a hash of the sentence around it
 * @param line the line the finding was on when the baseline was written
 * @param severity the severity it had then
 * @param message the message it had then
 */
public record BaselineEntry(String path, String rule, String text, String context, int line, String severity, String message) {}
