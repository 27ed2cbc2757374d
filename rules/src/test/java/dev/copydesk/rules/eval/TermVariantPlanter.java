package dev.copydesk.rules.eval;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.analysis.DisplayCopy;
import dev.copydesk.core.analysis.QuotedMaterial;
import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.model.TextRegion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plants a second form of a term the article's body uses at least twice, at a later use: "U.S."
 * becomes "US" (and "UK" "U.K."), "ISIS" becomes "Isis", "co-operation" becomes "cooperation",
 * and a form of the spelling-variant list becomes another form of its line ("percent" for "per
 * cent"). Not in quoted material, handles ("@ECA_AS") or at a sentence's start ("Who" for "WHO" is a
 * common word there), where the rule rightly leaves forms alone.
 */
final class TermVariantPlanter {
  private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:\\p{Lu}\\.){2,}");
  private static final Pattern UNDOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:US|UK|UN|EU)(?![\\p{L}\\p{N}]|\\s?\\$)");
  private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}.-])\\p{Lu}{3,6}(?![\\p{L}\\p{N}.-])");
  private static final Pattern HYPHENATED = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Ll}{2,}-\\p{Ll}{2,}(?![\\p{L}\\p{N}-])");

  private final Random random;
  private final Map<Pattern, UnaryOperator<String>> variants = new LinkedHashMap<>();

  TermVariantPlanter(Random random) {
    this.random = random;
    variants.put(DOTTED, s -> s.replace(".", ""));
    variants.put(UNDOTTED, s -> String.join(".", s.split("")) + ".");
    variants.put(ACRONYM, s -> s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT));
    variants.put(HYPHENATED, s -> s.replace("-", ""));
    for (List<String> group : listedVariants()) {
      for (String form : group) {
        String other = group.get((group.indexOf(form) + 1) % group.size());
        variants.put(Pattern.compile("(?<![\\p{L}\\p{N}.-])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}-])"), s -> other);
      }
    }
  }

  Optional<Plant> plant(PlantedArticle copy, AnalyzedArticle article) {
    Map<String, Set<TextRegion>> uses = new LinkedHashMap<>();
    Map<String, UnaryOperator<String>> change = new LinkedHashMap<>();
    QuotedMaterial quoted = QuotedMaterial.of(article);
    for (Sentence s : DisplayCopy.of(article).bodySentences(article)) {
      variants.forEach((pattern, variant) -> {
        Matcher m = pattern.matcher(s.text());
        while (m.find()) {
          TextRegion region = new TextRegion(s.region().start() + m.start(), m.group().length());
          boolean startsSentence = s.text().substring(0, m.start()).isBlank();
          boolean handle = m.start() > 0 && "@#_".indexOf(s.text().charAt(m.start() - 1)) >= 0
              || m.end() < s.text().length() && "_".indexOf(s.text().charAt(m.end())) >= 0;
          if (quoted.contains(region) || startsSentence || handle) {
            continue;
          }
          uses.computeIfAbsent(m.group(), k -> new LinkedHashSet<>()).add(new TextRegion(s.region().start() + m.start(), m.group().length()));
          change.putIfAbsent(m.group(), variant);
        }
      });
    }
    List<String> terms = uses.keySet().stream().filter(t -> uses.get(t).size() >= 2).toList();
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    String term = terms.get(random.nextInt(terms.size()));
    List<TextRegion> regions = List.copyOf(uses.get(term));
    TextRegion at = regions.get(1 + random.nextInt(regions.size() - 1));
    int offset = article.article().sourceSpan(at).offset();
    if (!article.article().source().startsWith(term, offset)) {
      return Optional.empty();
    }
    String planted = change.get(term).apply(term);
    if (article.text().contains(planted)) {
      return Optional.empty();
    }
    return Optional.of(new Plant(Plant.Kind.TERM_VARIANT, copy.replace(offset, term.length(), planted), offset, planted, term));
  }

  private static List<List<String>> listedVariants() {
    try (InputStream in = TermVariantPlanter.class.getResourceAsStream("/dev/copydesk/rules/terms/spelling-variants.txt")) {
      List<List<String>> groups = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          groups.add(List.of(line.strip().split("\\s*\\|\\s*")));
        }
      }
      return groups;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
