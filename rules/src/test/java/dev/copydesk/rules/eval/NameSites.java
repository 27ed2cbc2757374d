package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.analysis.names.EstablishedName;
import dev.copydesk.core.analysis.names.NameAnalysis;
import dev.copydesk.core.analysis.names.NameMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a name error can be planted: a later mention (not the introduction) of a name the
 * article establishes, such that the name stays established after the plant (used three times or
 * more, or introduced by a full name that is left intact).
 */
final class NameSites {
  private NameSites() {}

  /** A token of a later mention of an established name, with the name. */
  record Site(EstablishedName name, NameMention mention, Token token, int sourceOffset) {}

  static List<Site> of(AnalyzedArticle article, boolean aloneOnly) {
    NameAnalysis names = NameAnalysis.of(article);
    List<Site> sites = new ArrayList<>();
    for (EstablishedName name : names.established()) {
      NameMention intro = name.introduction();
      boolean staysEstablished = name.uses() >= 3
          || intro.isFullName() && NameAnalysis.keyOf(intro.surname()).equals(name.word());
      if (name.house() || !staysEstablished || name.word().length() < 4) {
        continue;
      }
      for (NameMention mention : names.mentionsOf(name.word())) {
        if (mention == name.introduction() || aloneOnly && mention.parts().size() != 1) {
          continue;
        }
        for (Token token : mention.tokens()) {
          if (NameAnalysis.keyOf(token.text()).equals(name.word()) && token.text().equals(name.word())) {
            int offset = article.article().sourceSpan(token.region()).offset();
            if (article.article().source().startsWith(token.text(), offset)) {
              sites.add(new Site(name, mention, token, offset));
            }
          }
        }
      }
    }
    return sites;
  }
}
