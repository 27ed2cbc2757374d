package dev.copydesk.core.analysis;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.chunking.Chunker;
import org.languagetool.language.English;

/**
 * The chunker Copydesk installs on an English language object, which LanguageTool keeps one of
 * per JVM: while a Copydesk worker analyzes on the calling thread ({@link #during}) it chunks
 * with the faster {@link OpenNlpChunker}; on any other thread, or outside an analysis, with
 * LanguageTool's own chunker, made when first needed. Other users of LanguageTool in the same
 * JVM (a CMS, a reference benchmark) therefore analyze exactly as before.
 */
final class ScopedChunker implements Chunker {
  private static final Set<Language> INSTALLED = Collections.newSetFromMap(new IdentityHashMap<>());
  private static final ThreadLocal<Boolean> ANALYZING = ThreadLocal.withInitial(() -> false);

  private final Language language;
  private final Chunker copydesks = new OpenNlpChunker(OpenNlpChunker.DEFAULT_CHUNKER_BEAM);
  private Chunker languageTools;

  private ScopedChunker(Language language) {
    this.language = language;
  }

  /** Installs the scoped chunker on {@code language} once, if it is English. */
  static synchronized void install(Language language) {
    if (language instanceof English && INSTALLED.add(language)) {
      language.setChunker(new ScopedChunker(language));
    }
  }

  /** Runs {@code analysis} on this thread with Copydesk's chunker. */
  static <T, E extends Exception> T during(Analysis<T, E> analysis) throws E {
    boolean outer = ANALYZING.get();
    ANALYZING.set(true);
    try {
      return analysis.run();
    } finally {
      ANALYZING.set(outer);
    }
  }

  @Override
  public void addChunkTags(List<AnalyzedTokenReadings> tokens) {
    (ANALYZING.get() ? copydesks : languageTools()).addChunkTags(tokens);
  }

  private synchronized Chunker languageTools() {
    if (languageTools == null) {
      languageTools = language.createDefaultChunker();
    }
    return languageTools;
  }

  /** An analysis that may throw. */
  @FunctionalInterface
  interface Analysis<T, E extends Exception> {
    T run() throws E;
  }
}
