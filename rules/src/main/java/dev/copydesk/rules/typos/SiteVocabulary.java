package dev.copydesk.rules.typos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The technical vocabulary of the site repository an article file belongs to: the words its
 * other Markdown articles put in code or link addresses ({@link TechnicalVocabulary#wordsOutsideProse}),
 * counted by article. A site's posts name the same tools and keywords over and over ("npm" on
 * the Node.js blog, "const" on Rust's, "mutex" on Go's), each post often only once in prose and
 * without code of its own; the other posts' code and links show they are the site's terms. A word
 * counts when {@value #MIN_ARTICLES} articles or more of the site use it so; no typo was found
 * written that way in the code or addresses of two articles.
 *
 * <p>The site is the nearest folder above the article that holds a repository's or site
 * generator's marker file (a {@code .git} folder, a licence, {@code copydesk.yml},
 * {@code package.json}, {@code go.mod}, {@code Cargo.toml}, Hugo's or Jekyll's configuration). An
 * article that is not a file on disk (the server, the language server, tests) has no site
 * vocabulary. Read once per site per process; a site is not re-read when its other articles change.
 */
final class SiteVocabulary {
  static final int MIN_ARTICLES = 2;
  private static final int MAX_LEVELS = 10;
  private static final int MAX_FILES = 10_000;
  private static final long MAX_BYTES = 8L << 20;
  private static final Set<String> MARKERS = Set.of(".git", "LICENSE", "LICENSE.md", "LICENSE.txt", "LICENSE-MIT",
      "copydesk.yml", "package.json", "go.mod", "Cargo.toml", "hugo.toml", "hugo.yaml", "config.toml", "_config.yml");
  private static final Pattern ARTICLE = Pattern.compile("(?i).*\\.(md|mdx|markdown|mdown)$");
  private static final Map<Path, Map<String, Integer>> SITES = new ConcurrentHashMap<>();

  private final Map<String, Integer> articlesUsing;

  private SiteVocabulary(Map<String, Integer> articlesUsing) {
    this.articlesUsing = articlesUsing;
  }

  /** The vocabulary of the site holding the article file at {@code path}; empty when it is no file on disk. */
  static SiteVocabulary of(String path) {
    return new SiteVocabulary(siteOf(path).map(site -> SITES.computeIfAbsent(site, SiteVocabulary::read)).orElse(Map.of()));
  }

  /** Whether {@value #MIN_ARTICLES} articles of the site or more use {@code word} in code or addresses. */
  boolean knows(String word) {
    return articlesUsing.getOrDefault(word.toLowerCase(Locale.ROOT), 0) >= MIN_ARTICLES;
  }

  private static Optional<Path> siteOf(String path) {
    Path file;
    try {
      file = Path.of(path).toAbsolutePath().normalize();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Path folder = file.getParent();
    for (int level = 0; folder != null && level < MAX_LEVELS; level++, folder = folder.getParent()) {
      for (String marker : MARKERS) {
        if (Files.exists(folder.resolve(marker))) {
          return Optional.of(folder);
        }
      }
    }
    return Optional.empty();
  }

  private static Map<String, Integer> read(Path site) {
    Map<String, Integer> counts = new HashMap<>();
    List<Path> articles;
    try (Stream<Path> files = Files.walk(site)) {
      articles = files.filter(p -> ARTICLE.matcher(p.getFileName().toString()).matches())
          .filter(Files::isRegularFile).limit(MAX_FILES).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      return Map.of();
    }
    for (Path article : articles) {
      try {
        if (Files.size(article) > MAX_BYTES) {
          continue;
        }
        String source = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(article))).toString();
        for (String word : TechnicalVocabulary.wordsOutsideProse(source)) {
          counts.merge(word, 1, Integer::sum);
        }
      } catch (IOException e) {
        // not UTF-8 or unreadable: the checker reports it on its own; it adds no words here
      }
    }
    return Map.copyOf(counts);
  }
}
