package dev.copydesk.core.model;

/** A paragraph-like passage of an article: its region of the checked text and its kind. */
public record Block(TextRegion region, BlockKind kind) {}
