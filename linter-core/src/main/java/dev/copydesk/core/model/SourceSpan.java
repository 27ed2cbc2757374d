package dev.copydesk.core.model;

/**
 * Where a finding stands in the source file: UTF-16 offset and length of the file decoded as
 * UTF-8, and 1-based line and column (columns count characters; {@code endColumn} is the column
 * just past the last character, on {@code endLine}).
 */
public record SourceSpan(int offset, int length, int line, int column, int endLine, int endColumn) {}
