package dev.copydesk.cli;

import dev.copydesk.core.config.Profile;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleInfo;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code copydesk rules}: every rule on the class path with its category, default severity, what
 * the {@code blog} and {@code docs} profiles set instead, and its summary.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, category, default severity and what it catches.")
final class RulesCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    List<RuleInfo> rules = Copydesk.discoverRules(RulesCommand.class.getClassLoader()).stream()
        .map(Rule::info)
        .sorted(Comparator.comparing(RuleInfo::category).thenComparing(RuleInfo::id))
        .toList();
    int idWidth = width(rules.stream().map(RuleInfo::id).toList(), "id");
    int categoryWidth = width(rules.stream().map(RuleInfo::category).toList(), "category");
    String row = "%-" + idWidth + "s  %-" + categoryWidth + "s  %-8s  %-5s %-5s %-4s %s%n";
    PrintWriter out = spec.commandLine().getOut();
    out.printf(row, "id", "category", "severity", "blog", "docs", "fix", "summary");
    for (RuleInfo rule : rules) {
      out.printf(row, rule.id(), rule.category(), rule.defaultSeverity().id(),
          underProfile(Profile.BLOG, rule.id()), underProfile(Profile.DOCS, rule.id()),
          rule.safeFix() == null ? "-" : "safe", rule.summary());
    }
    out.println();
    out.println("severity: the default (profile: news); blog, docs: what profile: blog or docs sets instead (\"-\": the default).");
    out.println("A rule's entry under rules: in copydesk.yml wins over its profile's default.");
    out.println();
    out.println("fix: \"safe\" when 'copydesk fix' applies the rule's first suggestion unasked:");
    for (RuleInfo rule : rules) {
      if (rule.safeFix() != null) {
        out.println("  " + rule.id() + ": " + rule.safeFix());
      }
    }
    out.flush();
    return 0;
  }

  private static String underProfile(Profile profile, String ruleId) {
    return profile.find(ruleId).map(Profile.ProfileDefault::describe).orElse("-");
  }

  private static int width(List<String> values, String heading) {
    return Math.max(heading.length(), values.stream().mapToInt(String::length).max().orElse(0));
  }
}
