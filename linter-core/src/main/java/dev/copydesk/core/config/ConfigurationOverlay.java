package dev.copydesk.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sub-folder's {@code copydesk.yml} laid over the configuration of the folder above it, as
 * {@code .editorconfig} sections and Vale's {@code .vale.ini} do. Lists add (dictionary, names,
 * ignored paths and lines; a term group replaces the groups above that share a form with it);
 * scalars ({@code locale}, {@code dateOrder}, {@code profile}) and rule settings (whole, by rule
 * id) override, and only where the sub-folder's file sets them. {@code failOn} and
 * {@code baseline} belong to the whole run and stay as the top configuration sets them.
 */
final class ConfigurationOverlay {
  private ConfigurationOverlay() {}

  /** {@code child}, read from a sub-folder's file, laid over {@code parent}. */
  static Configuration overlay(Configuration parent, Configuration child) {
    Set<String> set = child.settingLines().keySet();
    Map<String, RuleSetting> rules = new LinkedHashMap<>(parent.rules());
    rules.putAll(child.rules());
    Map<String, Integer> ruleLines = new LinkedHashMap<>(parent.ruleLines());
    ruleLines.putAll(child.ruleLines());
    Map<String, Integer> settingLines = new LinkedHashMap<>(parent.settingLines());
    settingLines.putAll(child.settingLines());
    return new Configuration(
        child.file(),
        set.contains("locale") ? child.locale() : parent.locale(),
        parent.failOn(),
        set.contains("dateOrder") ? child.dateOrder() : parent.dateOrder(),
        union(parent.dictionary(), child.dictionary()),
        union(parent.names(), child.names()),
        terms(parent.terms(), child.terms()),
        rules,
        ruleLines,
        union(parent.ignorePaths(), child.ignorePaths()),
        patterns(parent.ignoreLines(), child.ignoreLines()),
        set.contains("profile") ? child.profile() : parent.profile(),
        parent.baseline(),
        settingLines);
  }

  private static List<String> union(List<String> parent, List<String> child) {
    return List.copyOf(new LinkedHashSet<>(concat(parent, child)));
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /** The parent's groups that share no form with a child group, then the child's groups. */
  private static List<List<String>> terms(List<List<String>> parent, List<List<String>> child) {
    Set<String> childForms = new LinkedHashSet<>();
    child.forEach(childForms::addAll);
    List<List<String>> groups = new ArrayList<>();
    for (List<String> group : parent) {
      if (group.stream().noneMatch(childForms::contains)) {
        groups.add(group);
      }
    }
    groups.addAll(child);
    return groups;
  }

  private static List<Pattern> patterns(List<Pattern> parent, List<Pattern> child) {
    List<Pattern> all = new ArrayList<>(parent);
    for (Pattern p : child) {
      if (parent.stream().noneMatch(q -> q.pattern().equals(p.pattern()) && q.flags() == p.flags())) {
        all.add(p);
      }
    }
    return all;
  }
}
