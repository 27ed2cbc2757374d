package dev.copydesk.core.engine;

/** Describes a rule that threw while checking an article, for the report. */
final class RuleFailure {
  private RuleFailure() {}

  static String describe(String ruleId, RuntimeException e) {
    StackTraceElement[] trace = e.getStackTrace();
    String where = trace.length == 0 ? "" : " at " + trace[0];
    return ruleId + ": rule failed with " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
  }
}
