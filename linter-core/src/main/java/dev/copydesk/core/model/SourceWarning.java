package dev.copydesk.core.model;

/**
 * A problem a source reader found outside the prose, such as a key set twice in the front
 * matter: reported as a warning finding of {@code id} at its place in the source, like any other
 * finding, instead of a stray log line.
 *
 * @param id what kind of problem ({@code front-matter}); the finding's rule id
 * @param offset where it is, in UTF-16 units of the source
 * @param length how long the flagged source text is
 * @param message what is wrong, naming the line of anything it refers to
 */
public record SourceWarning(String id, int offset, int length, String message) {}
