package dev.copydesk.core.analysis.quotes;

import dev.copydesk.core.analysis.quotes.QuoteMark.Role;
import dev.copydesk.core.model.Block;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Pairs the quote marks of an article into quotations, paragraph by paragraph. Double marks pair
 * like brackets; single marks pair only with each other, and a closing single mark with nothing
 * to close is taken for an apostrophe ("the users' rights"). A paragraph that ends inside a
 * double quotation is fine when the next paragraph opens with a double mark: the news convention
 * for a quotation over several paragraphs.
 */
final class QuotationScanner {
  private final String text;
  private final List<Quotation> quotations = new ArrayList<>();
  private final List<StrayMark> strays = new ArrayList<>();
  private int groups;

  private QuotationScanner(String text) {
    this.text = text;
  }

  /** Scans the blocks of an article. */
  static QuotationScanner scan(String text, List<Block> blocks) {
    QuotationScanner scanner = new QuotationScanner(text);
    Open carried = null;
    for (Block block : blocks) {
      List<QuoteMark> marks = QuoteMarkClassifier.marks(text, block.region().start(), block.region().end());
      carried = scanner.scanBlock(block, marks, carried);
    }
    if (carried != null) {
      scanner.strays.add(new StrayMark(carried.mark, true));
    }
    scanner.quotations.sort(Comparator.comparing(Quotation::opening));
    return scanner;
  }

  List<Quotation> quotations() {
    return quotations;
  }

  List<StrayMark> strays() {
    return strays;
  }

  /** Pairs one paragraph's marks; returns the outermost double quotation left open at its end. */
  private Open scanBlock(Block block, List<QuoteMark> marks, Open carried) {
    Deque<Open> open = new ArrayDeque<>();
    int from = 0;
    if (carried != null) {
      if (!marks.isEmpty() && opensBlock(block, marks.get(0))) {
        QuoteMark first = marks.get(0);
        open.push(new Open(first, 0, carried.group, true, first.region().end()));
        from = 1;
      } else if (closesFirst(marks)) {
        open.push(new Open(carried.mark, 0, carried.group, true, block.region().start()));
      } else {
        strays.add(new StrayMark(carried.mark, true));
      }
    }
    for (QuoteMark mark : marks.subList(from, marks.size())) {
      if (mark.kind() == MarkKind.DOUBLE) {
        onDouble(block, mark, open);
      } else {
        onSingle(block, mark, open);
      }
    }
    Open left = null;
    while (!open.isEmpty()) {
      Open o = open.removeLast();
      if (o.mark.kind() == MarkKind.SINGLE) {
        if (o.mark.symbol() == '‘') {
          strays.add(new StrayMark(o.mark, true));
        }
        continue;
      }
      if (left == null && o.depth == 0) {
        left = o;
        add(block, o, null);
      } else {
        strays.add(new StrayMark(o.mark, true));
      }
    }
    return left;
  }

  /** Whether the paragraph's first double mark closes: it goes on with the quotation before it. */
  private static boolean closesFirst(List<QuoteMark> marks) {
    return marks.stream().filter(m -> m.kind() == MarkKind.DOUBLE).findFirst()
        .map(m -> m.role() == Role.CLOSING).orElse(false);
  }

  private boolean opensBlock(Block block, QuoteMark mark) {
    return mark.kind() == MarkKind.DOUBLE && mark.role() != Role.CLOSING
        && text.substring(block.region().start(), mark.offset()).isBlank();
  }

  private void onDouble(Block block, QuoteMark mark, Deque<Open> open) {
    boolean doubleOpen = open.stream().anyMatch(o -> o.mark.kind() == MarkKind.DOUBLE);
    boolean closes = mark.role() == Role.CLOSING || (mark.role() == Role.EITHER && doubleOpen);
    if (!closes) {
      open.push(new Open(mark, open.size(), open.isEmpty() ? groups++ : -1, false, mark.region().end()));
      return;
    }
    if (!doubleOpen) {
      if (!isInches(mark)) {
        strays.add(new StrayMark(mark, false));
      }
      return;
    }
    while (open.peek().mark.kind() != MarkKind.DOUBLE) {
      open.pop(); // a single mark left open inside: an apostrophe after all
    }
    add(block, open.pop(), mark);
  }

  private void onSingle(Block block, QuoteMark mark, Deque<Open> open) {
    boolean singleOnTop = !open.isEmpty() && open.peek().mark.kind() == MarkKind.SINGLE;
    if (mark.role() == Role.OPENING && !(singleOnTop && isPossessiveEnd(mark))) {
      open.push(new Open(mark, open.size(), open.isEmpty() ? groups++ : -1, false, mark.region().end()));
    } else if (singleOnTop && mark.role() != Role.OPENING) {
      add(block, open.pop(), mark);
    }
  }

  /** A straight mark after a number with no quotation open: inches, as in a 13.3" display. */
  private boolean isInches(QuoteMark mark) {
    return mark.symbol() == '"' && mark.offset() > 0 && Character.isDigit(text.charAt(mark.offset() - 1));
  }

  private boolean isPossessiveEnd(QuoteMark mark) {
    return mark.offset() > 0 && Character.isLetter(text.charAt(mark.offset() - 1));
  }

  private void add(Block block, Open o, QuoteMark closing) {
    int contentEnd = closing != null ? closing.offset() : trimmedEnd(block);
    TextRegion content = TextRegion.of(o.contentStart, Math.max(o.contentStart, contentEnd));
    TextRegion opening = o.contentStart == o.mark.region().end() ? o.mark.region() : new TextRegion(o.contentStart, 0);
    quotations.add(new Quotation(opening, closing == null ? null : closing.region(), content,
        o.mark.kind(), o.depth, block, o.group, o.continued));
  }

  private int trimmedEnd(Block block) {
    int end = block.region().end();
    while (end > block.region().start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * An opening mark waiting for its partner. Nested quotations have group -1. A paragraph that
   * goes on with a quotation without its own opening mark keeps the earlier mark and starts its
   * content at the paragraph's start.
   */
  private record Open(QuoteMark mark, int depth, int group, boolean continued, int contentStart) {}
}
