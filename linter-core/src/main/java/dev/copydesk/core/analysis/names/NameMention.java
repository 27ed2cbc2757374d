package dev.copydesk.core.analysis.names;

import dev.copydesk.core.analysis.Sentence;
import dev.copydesk.core.analysis.Token;
import dev.copydesk.core.model.TextRegion;
import java.util.List;

/**
 * One mention of a name in an article's prose: "Prime Minister Mustafa al-Kadhimi", "Kadhimi",
 * "Biden's".
 *
 * @param region the name itself in the checked text, title and possessive ending excluded
 * @param parts the name's words as written ({@code ["Mustafa", "al-Kadhimi"]}); initials are
 *     kept as written ({@code "W."})
 * @param title the title before the name ({@code "Iraqi Prime Minister"}), or empty
 * @param possessive whether the mention ends in a possessive ({@code Biden's})
 * @param tokens the tokens of the name's words, in order (one per part)
 * @param sentence the sentence the mention is in
 * @param next the first token after the name (possessive ending skipped), or null at the end of
 *     its sentence
 */
public record NameMention(
    TextRegion region,
    List<String> parts,
    String title,
    boolean possessive,
    List<Token> tokens,
    Sentence sentence,
    Token next) {

  public NameMention {
    parts = List.copyOf(parts);
    tokens = List.copyOf(tokens);
  }

  /** The name as written, without title: {@code "Mustafa al-Kadhimi"}. */
  public String text() {
    return String.join(" ", parts);
  }

  /** The last word, by which the article refers back to the name: {@code "al-Kadhimi"}. */
  public String surname() {
    return parts.get(parts.size() - 1);
  }

  /** Whether the name has more than one word ("Joe Biden"), as a first introduction has. */
  public boolean isFullName() {
    return parts.stream().filter(p -> !NameWords.isInitial(p)).count() > 1;
  }

  /** Whether a title stands before the name ("President", "Dr."). */
  public boolean hasTitle() {
    return !title.isEmpty();
  }

  /** Whether the title ends in a courtesy title that stands before a surname ("Ms", "Dr.", "Lady"). */
  public boolean hasCourtesyTitle() {
    return hasTitle() && NameWords.endsInCourtesyTitle(title);
  }
}
