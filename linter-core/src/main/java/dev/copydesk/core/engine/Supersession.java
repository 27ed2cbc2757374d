package dev.copydesk.core.engine;

import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps one finding where two rules flag the same words and one says it knows better ({@link
 * dev.copydesk.core.rule.RuleInfo#supersedes()}): "Kachin" reported as a name variant is not also
 * reported as a spelling mistake. Returns the findings in source order.
 */
final class Supersession {
  private Supersession() {}

  static List<Finding> apply(List<Finding> findings, List<Rule> rules) {
    Map<String, Set<String>> supersedes = rules.stream()
        .collect(Collectors.toMap(r -> r.info().id(), r -> r.info().supersedes(), (a, b) -> a));
    List<Finding> kept = new ArrayList<>();
    for (Finding f : findings) {
      boolean replaced = false;
      for (Finding other : findings) {
        if (other != f && supersedes.getOrDefault(other.rule(), Set.of()).contains(f.rule()) && overlap(f, other)) {
          replaced = true;
          break;
        }
      }
      if (!replaced) {
        kept.add(f);
      }
    }
    kept.sort(Comparator.comparingInt((Finding f) -> f.span().offset()).thenComparing(Finding::rule));
    return kept;
  }

  private static boolean overlap(Finding a, Finding b) {
    int aEnd = a.span().offset() + a.span().length();
    int bEnd = b.span().offset() + b.span().length();
    return a.span().offset() < bEnd && b.span().offset() < aEnd;
  }
}
