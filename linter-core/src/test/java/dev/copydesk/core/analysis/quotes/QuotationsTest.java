package dev.copydesk.core.analysis.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Analyzer;
import dev.copydesk.core.analysis.LanguageToolPool;
import dev.copydesk.core.analysis.quotes.Attribution.Kind;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.model.Article;
import dev.copydesk.core.source.Boilerplate;
import dev.copydesk.core.source.PlainTextReader;
import dev.copydesk.core.source.ReadOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {

  private static AnalyzedArticle analyze(String text) {
    Article article = new PlainTextReader().read("a.txt", text, new ReadOptions(Boilerplate.defaults()));
    return new Analyzer().analyze(article, Configuration.defaults(), LanguageToolPool.forLocale("en-US").worker());
  }

  private static List<String> contents(AnalyzedArticle a, List<Quotation> quotations) {
    return quotations.stream().map(q -> q.contentIn(a.text())).toList();
  }

  @Test
  void apostrophesAndPrimesAreNotQuoteMarks() {
    AnalyzedArticle a = analyze("Don't forget the '90s, when O'Brien, 5'10\", rocked 'em. The players' union agreed.");
    Quotations q = Quotations.of(a);
    assertEquals(List.of(), q.all());
    assertEquals(List.of(), q.strayMarks());
  }

  @Test
  void nestedSingleQuotesAndCurlyMarks() {
    AnalyzedArticle a = analyze("She said: “He told me ‘no’ twice, and it’s over.”");
    Quotations q = Quotations.of(a);
    assertEquals(List.of("He told me ‘no’ twice, and it’s over.", "no"), contents(a, q.all()));
    assertEquals(List.of(0, 1), q.all().stream().map(Quotation::depth).toList());
    assertEquals(1, q.topLevel().size());
    assertEquals(Kind.COLON, q.attributionOf(q.topLevel().get(0)).orElseThrow().kind());
  }

  @Test
  void multiParagraphQuotationSharesOneGroupAndItsSpeaker() {
    AnalyzedArticle a = analyze("\"We will stay,\" the mayor said. \"The first paragraph goes on.\n\n"
        + "\"The second paragraph goes on.\n\n\"The last one closes.\"\n\nThe council met.");
    Quotations q = Quotations.of(a);
    List<Quotation> top = q.topLevel();
    assertEquals(4, top.size());
    assertEquals(List.of(), q.strayMarks());
    assertFalse(top.get(1).closed());
    assertTrue(top.get(2).continued());
    assertEquals(top.get(1).group(), top.get(3).group());
    for (Quotation quotation : top) {
      assertTrue(q.attributionOf(quotation).isPresent(), quotation.contentIn(a.text()));
    }
  }

  @Test
  void attributionAfterInterruptingAndByPreviousSentence() {
    AnalyzedArticle a = analyze("\"Stronger than ever. Our cooperation,\" he concluded, \"encompasses economics.\"\n\n"
        + "The minister spoke on Monday. He said:\n\n\"We are not going anywhere.\"");
    Quotations q = Quotations.of(a);
    List<Attribution> sources = q.topLevel().stream().map(x -> q.attributionOf(x).orElseThrow()).toList();
    assertEquals("concluded", sources.get(0).cue());
    assertEquals("he", sources.get(0).speaker());
    assertEquals(Kind.SAME_SENTENCE, sources.get(1).kind());
    assertEquals(Kind.NEIGHBOUR_SENTENCE, sources.get(2).kind());
  }

  @Test
  void unsourcedAndNamedThings() {
    AnalyzedArticle a = analyze("The \"strategic partnership\" remains. Nobody declared the famous phrase \"mission accomplished\".");
    Quotations q = Quotations.of(a);
    assertTrue(q.attributionOf(q.topLevel().get(0)).isEmpty());
    assertEquals(Kind.NAMED_THING, q.attributionOf(q.topLevel().get(1)).orElseThrow().kind());
  }

  @Test
  void strayMarksOpenedOrClosed() {
    AnalyzedArticle a = analyze("He said \"we will stay.\n\nTroops left on Monday.\n\nThen they came back.” Later.");
    List<StrayMark> strays = Quotations.of(a).strayMarks();
    assertEquals(2, strays.size());
    assertTrue(strays.stream().anyMatch(StrayMark::opened));
    assertTrue(strays.stream().anyMatch(s -> !s.opened()));
  }

  @Test
  void continuationParagraphWithoutItsOpeningMarkStillClosesTheQuotation() {
    AnalyzedArticle a = analyze("He said, \"We will stay.\n\nWe will not leave.\" Troops stayed.");
    assertEquals(List.of(), Quotations.of(a).strayMarks());
  }

  @Test
  void analysedOncePerArticle() {
    AnalyzedArticle a = analyze("He said \"yes\".");
    assertSame(Quotations.of(a), Quotations.of(a));
  }
}
