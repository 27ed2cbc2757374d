package dev.copydesk.core.analysis.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists that attribution is judged by, read once from data files next to this class:
 * speech verbs (by lemma), speech nouns ("statement", "interview") and the cues of a quotation
 * that names a thing ("so-called", "the famous phrase").
 */
final class SpeechCues {
  static final SpeechCues ENGLISH = new SpeechCues();

  private final Set<String> verbs = new HashSet<>();
  private final Set<String> verbsAfterQuote = new HashSet<>();
  private final Set<String> introducingVerbs = new HashSet<>();
  private final Set<String> nouns = load("speech-nouns.txt");
  private final Set<String> namingCues = load("naming-cues.txt");

  private SpeechCues() {
    for (String line : load("speech-verbs.txt")) {
      String[] parts = line.split("\\s+");
      if (parts.length > 1 && parts[1].equals("after")) {
        verbsAfterQuote.add(parts[0]);
        continue;
      }
      verbs.add(parts[0]);
      if (parts.length > 1 && parts[1].equals("intro")) {
        introducingVerbs.add(parts[0]);
      }
    }
  }

  /** Whether {@code lemma} is a speech verb wherever it stands. */
  boolean isSpeechVerb(String lemma) {
    return verbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a speech verb that also introduces a quotation in the next sentence. */
  boolean isIntroducingVerb(String lemma) {
    return introducingVerbs.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code lemma} is a speech verb right after a closing quote mark ("continued"). */
  boolean isSpeechVerbAfterQuote(String lemma) {
    return verbsAfterQuote.contains(lemma.toLowerCase(Locale.ROOT));
  }

  boolean isSpeechNoun(String word) {
    return nouns.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isNamingCue(String word) {
    return namingCues.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = SpeechCues.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
