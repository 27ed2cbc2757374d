package dev.copydesk.core.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Hands each thread its own {@link LanguageToolWorker}, made on the thread's first article and
 * reused for every later one (LanguageTool instances are not thread-safe, and making one costs far
 * more than checking an article). One pool per locale serves the whole JVM, so that engines made
 * one after another (tests, Maven builds in one daemon) share the workers too.
 */
public final class LanguageToolPool {
  private static final Map<String, LanguageToolPool> POOLS = new ConcurrentHashMap<>();
  private final Language language;
  private final ThreadLocal<LanguageToolWorker> workers;

  /** The pool for the language of {@code locale} ({@code en-US}, {@code en-GB}…). */
  public static LanguageToolPool forLocale(String locale) {
    return POOLS.computeIfAbsent(locale, LanguageToolPool::new);
  }

  private LanguageToolPool(String locale) {
    this.language = Languages.getLanguageForShortCode(locale);
    ScopedChunker.install(language);
    SpellerDictionaries.prefetch(locale);
    this.workers = ThreadLocal.withInitial(() -> new LanguageToolWorker(language));
  }

  /** The calling thread's worker. */
  public LanguageToolWorker worker() {
    return workers.get();
  }

  /** The language the workers check. */
  public Language language() {
    return language;
  }
}
