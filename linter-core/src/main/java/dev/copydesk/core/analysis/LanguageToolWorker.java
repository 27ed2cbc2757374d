package dev.copydesk.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.Rule;

/**
 * One thread's LanguageTool: a {@link JLanguageTool} with its rule objects, made once and reused
 * for every article the thread checks. Not thread-safe; obtain one with {@link
 * LanguageToolPool#worker()}.
 */
public final class LanguageToolWorker {
  private final JLanguageTool languageTool;
  private final Map<String, Rule> rulesById = new HashMap<>();

  LanguageToolWorker(Language language) {
    this.languageTool = new JLanguageTool(language);
    for (Rule rule : languageTool.getAllRules()) {
      rulesById.putIfAbsent(rule.getId(), rule);
    }
  }

  /**
   * Splits {@code text} into sentences and tokenizes, tags, chunks and disambiguates them, with
   * Copydesk's faster chunker ({@link OpenNlpChunker}).
   */
  public List<AnalyzedSentence> analyze(String text) {
    try {
      return ScopedChunker.during(() -> languageTool.analyzeText(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** LanguageTool's rule with {@code id} ({@code MORFOLOGIK_RULE_EN_US}), if the language has it. */
  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(rulesById.get(id));
  }

  /** Every LanguageTool rule of the language, by id. */
  public Map<String, Rule> rules() {
    return Map.copyOf(rulesById);
  }

  /** The underlying LanguageTool, for what this class does not wrap. */
  public JLanguageTool languageTool() {
    return languageTool;
  }
}
