package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.names.EstablishedName;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.analysis.names.NameMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a name error can be planted: any word of a later mention (not the introduction) of a name
 * the article establishes firmly, used three times or more or introduced by a full name left
 * intact: a surname alone, after a courtesy title, inside a full name or an organisation's name, a
 * first name. Words of four letters or more, written as the name's key (no joined prefix), outside
 * quoted material (which the rules leave to its writer).
 */
final class NameSites {
  private NameSites() {}

  /** A token of a later mention of an established name, with the name. */
  record Site(EstablishedName name, NameMention mention, Token token, String word, int sourceOffset) {}

  static List<Site> of(AnalyzedArticle article) {
    NameAnalysis names = NameAnalysis.of(article);
    QuotedMaterial quoted = QuotedMaterial.of(article);
    List<Site> sites = new ArrayList<>();
    for (EstablishedName name : names.established()) {
      NameMention intro = name.introduction();
      boolean staysEstablished = name.uses() >= 3
          || intro != null && intro.isFullName() && NameAnalysis.keyOf(intro.surname()).equals(name.word());
      if (name.house() || intro == null || !staysEstablished || name.word().length() < 4
          || !name.word().chars().allMatch(Character::isLetter)) {
        continue;
      }
      for (NameMention mention : names.mentionsOf(name.word())) {
        if (mention == intro || quoted.contains(mention.region())) {
          continue;
        }
        for (Token token : mention.tokens()) {
          if (!NameAnalysis.keyOf(token.text()).equals(name.word())) {
            continue;
          }
          int within = token.text().indexOf(name.word());
          int offset = article.article().sourceSpan(token.region()).offset() + within;
          if (within >= 0 && article.article().source().startsWith(name.word(), offset)) {
            sites.add(new Site(name, mention, token, name.word(), offset));
          }
        }
      }
    }
    return sites;
  }
}
