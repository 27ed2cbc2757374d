package dev.copydesk.core.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import dev.copydesk.core.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's source text as escaped HTML with every finding marked in place. Findings may
 * overlap (a spelling and a grammar finding on the same words), so the text is cut at every
 * finding's start and end and each piece covered by findings becomes one {@code <mark>} naming
 * all of them ({@code data-f="0-1 0-2"}), coloured by the most serious; an empty anchor
 * ({@code id="m0-1"}) stands where each finding starts, and a finding of no length (a missing
 * word) is a caret there. A finding whose span does not hold its text in this source (the file
 * changed since it was checked) is not placed; see {@link #placed(Finding, String)}.
 */
final class HtmlArticleText {
  private HtmlArticleText() {}

  /**
   * The marked-up text.
   *
   * @param source the article's source text
   * @param findings its findings
   * @param ids the element id suffix of each finding, parallel to {@code findings} ({@code 0-1})
   */
  static String markUp(String source, List<Finding> findings, List<String> ids) {
    List<Integer> placed = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, source.length()));
    for (int j = 0; j < findings.size(); j++) {
      Finding f = findings.get(j);
      if (placed(f, source)) {
        placed.add(j);
        cuts.add(f.span().offset());
        cuts.add(end(f));
      }
    }
    StringBuilder html = new StringBuilder(source.length() * 5 / 4);
    Integer from = null;
    for (int cut : cuts) {
      if (from != null && from < cut) {
        piece(html, source, from, cut, findings, ids, placed);
      }
      startsAt(html, cut, findings, ids, placed);
      from = cut;
    }
    return html.toString();
  }

  /** Whether {@code f}'s span lies in {@code source} and holds exactly its text. */
  static boolean placed(Finding f, String source) {
    int start = f.span().offset();
    int end = end(f);
    return start >= 0 && end <= source.length() && start <= end && source.substring(start, end).equals(f.text());
  }

  private static int end(Finding f) {
    return f.span().offset() + f.span().length();
  }

  private static void startsAt(StringBuilder html, int offset, List<Finding> findings, List<String> ids, List<Integer> placed) {
    for (int j : placed) {
      Finding f = findings.get(j);
      if (f.span().offset() == offset) {
        html.append("<span class=\"anchor\" id=\"m").append(ids.get(j)).append("\"></span>");
        if (f.span().length() == 0) {
          mark(html, "", List.of(j), findings, ids, " point");
        }
      }
    }
  }

  private static void piece(StringBuilder html, String source, int from, int to, List<Finding> findings, List<String> ids,
      List<Integer> placed) {
    List<Integer> covering = new ArrayList<>();
    for (int j : placed) {
      Finding f = findings.get(j);
      if (f.span().length() > 0 && f.span().offset() <= from && end(f) >= to) {
        covering.add(j);
      }
    }
    String text = escapeHtml4(source.substring(from, to));
    if (covering.isEmpty()) {
      html.append(text);
    } else {
      mark(html, text, covering, findings, ids, covering.size() > 1 ? " overlap" : "");
    }
  }

  private static void mark(StringBuilder html, String escapedText, List<Integer> covering, List<Finding> findings,
      List<String> ids, String extraClass) {
    Finding worst = covering.stream().map(findings::get)
        .min((a, b) -> Integer.compare(a.severity().ordinal(), b.severity().ordinal())).orElseThrow();
    StringBuilder dataF = new StringBuilder();
    StringBuilder title = new StringBuilder();
    for (int j : covering) {
      Finding f = findings.get(j);
      dataF.append(dataF.length() == 0 ? "" : " ").append(ids.get(j));
      title.append(title.length() == 0 ? "" : "\n").append(f.rule()).append(": ").append(f.message());
    }
    html.append("<mark class=\"hl sev-").append(worst.severity().id()).append(extraClass)
        .append("\" data-f=\"").append(dataF)
        .append("\" title=\"").append(escapeHtml4(title.toString())).append("\">")
        .append(escapedText).append("</mark>");
  }
}
