package dev.copydesk.core.rule;

/** The built-in rule categories (a third-party rule may use a category of its own). */
public final class Category {
  public static final String TYPOS = "typos";
  public static final String NAMES = "names";
  public static final String TERMS = "terms";
  public static final String QUOTES = "quotes";
  public static final String DATES = "dates";

  private Category() {}
}
