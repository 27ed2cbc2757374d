package dev.copydesk.core.model;

/**
 * A place in the same file that a finding's evidence points at: where the established name was
 * introduced, where the other form of a term is used, the dateline a date is read against.
 *
 * @param span where it is in the source file
 * @param message what is there, in an editor's words ("'U.S.' first used here")
 */
public record RelatedLocation(SourceSpan span, String message) {}
