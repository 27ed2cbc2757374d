package dev.copydesk.core.analysis;

import dev.copydesk.core.analysis.quotes.Quotation;
import dev.copydesk.core.analysis.quotes.Quotations;
import dev.copydesk.core.model.BlockKind;
import dev.copydesk.core.model.TextRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The passages of an article that reproduce someone else's writing verbatim: block quotations (a
 * tweet, a blog post, a reader's comment set off from the text), quotations of a post or tweet in
 * running text (they hold a handle or hashtag: "“@POTUS is right…”"), and a paragraph that is one
 * long quotation and nothing else (an old editorial quoted whole), and a quotation in another
 * language. Their spelling, grammar and
 * names are their writer's, not the article's, so the typo and name rules leave them alone. A
 * short quotation of speech inside a sentence stays the article's copy: "intends "toto continue""
 * is the writer's transcription, and an editor fixes it.
 */
public final class QuotedMaterial {
  private static final Pattern POST_MARKS = Pattern.compile("(?<![\\p{L}\\p{N}])[@#][\\p{L}\\p{N}_]{2,}");
  /** Words a paragraph-long quotation needs to count as reproduced writing rather than a quoted remark. */
  private static final int MIN_WHOLE_PARAGRAPH_WORDS = 30;

  private static final int MIN_FOREIGN_WORDS = 3;

  private final List<TextRegion> regions;

  private QuotedMaterial(List<TextRegion> regions) {
    this.regions = List.copyOf(regions);
  }

  /** The quoted material of {@code article}, worked out once per article. */
  public static QuotedMaterial of(AnalyzedArticle article) {
    return article.derived(QuotedMaterial.class, QuotedMaterial::find);
  }

  private static QuotedMaterial find(AnalyzedArticle article) {
    String text = article.text();
    Speller speller = Speller.of(article);
    List<TextRegion> regions = new ArrayList<>();
    article.article().blocks().stream().filter(b -> b.kind() == BlockKind.BLOCK_QUOTE).forEach(b -> regions.add(b.region()));
    for (Quotation q : Quotations.of(article).all()) {
      String content = q.contentIn(text);
      String block = q.block().region().in(text).strip();
      boolean wholeParagraph = content.strip().split("\\s+").length >= MIN_WHOLE_PARAGRAPH_WORDS
          && block.length() - content.strip().length() <= 4;
      if (POST_MARKS.matcher(content).find() || wholeParagraph || isForeign(content, speller)) {
        regions.add(q.content());
      }
    }
    return new QuotedMaterial(regions);
  }

  /**
   * Whether a quotation is in another language: of its words (three or more), most are unknown
   * to the English speller ("Quan el mal ve d'Almansa, a tots alcança").
   */
  private static boolean isForeign(String content, Speller speller) {
    String[] words = content.split("[^\\p{L}']+");
    int all = 0;
    int unknown = 0;
    for (String word : words) {
      if (word.length() > 1) {
        all++;
        unknown += speller.knows(word) ? 0 : 1;
      }
    }
    return all >= MIN_FOREIGN_WORDS && unknown * 2 > all;
  }

  /** Whether {@code region} lies in quoted material. */
  public boolean contains(TextRegion region) {
    return regions.stream().anyMatch(r -> r.start() <= region.start() && region.end() <= r.end());
  }
}
