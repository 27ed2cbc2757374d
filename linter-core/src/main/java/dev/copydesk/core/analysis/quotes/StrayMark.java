package dev.copydesk.core.analysis.quotes;

/**
 * A quote mark with no partner: opened and never closed (outside the convention of a quotation
 * running over paragraphs, each opening with a mark), or closed and never opened.
 *
 * @param mark the mark
 * @param opened true when it opens a quotation that is never closed, false when it closes one
 *     that was never opened
 */
public record StrayMark(QuoteMark mark, boolean opened) {}
