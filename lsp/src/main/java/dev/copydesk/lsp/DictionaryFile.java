package dev.copydesk.lsp;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds a word to the {@code dictionary:} of a {@code copydesk.yml}, touching nothing else in the
 * file: into a one-line list ({@code dictionary: [AsiaNews]}), after the last item of a block list,
 * or as a new {@code dictionary:} line when there is none (the file is made when missing). The
 * result must still be a configuration Copydesk accepts, or the file is left as it was.
 */
final class DictionaryFile {
  private static final Pattern FLOW = Pattern.compile("(?m)^dictionary:[ \\t]*\\[([^\\]\\n]*)\\][ \\t]*(#.*)?$");
  private static final Pattern BLOCK = Pattern.compile("(?m)^dictionary:[ \\t]*(#.*)?\\r?\\n((?:[ \\t]+-[^\\n]*\\n?|[ \\t]*#[^\\n]*\\n)+)");

  private DictionaryFile() {}

  /**
   * Adds {@code word} to {@code file}'s dictionary.
   *
   * @return false when the word was already there
   * @throws ConfigException when the file would no longer be a usable configuration (nothing is written)
   */
  static boolean add(Path file, String word, Collection<String> ruleIds) throws IOException, ConfigException {
    String yaml = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (Files.exists(file) && ConfigLoader.parse(yaml, file, ruleIds).dictionary().contains(word)) {
      return false;
    }
    String quoted = quote(word);
    String updated;
    Matcher flow = FLOW.matcher(yaml);
    Matcher block = BLOCK.matcher(yaml);
    if (flow.find()) {
      String items = flow.group(1).strip();
      int at = flow.start(1) + flow.group(1).stripTrailing().length();
      updated = yaml.substring(0, at) + (items.isEmpty() ? "" : ", ") + quoted + yaml.substring(at);
    } else if (block.find()) {
      String items = block.group(2);
      String lastItem = items.lines().filter(l -> l.strip().startsWith("-")).reduce((a, b) -> b).orElse("  - x");
      String indent = lastItem.substring(0, lastItem.indexOf('-'));
      int end = block.end(2);
      String before = yaml.substring(0, end);
      String newline = yaml.contains("\r\n") ? "\r\n" : "\n";
      updated = (before.endsWith("\n") ? before : before + newline) + indent + "- " + quoted + newline + yaml.substring(end);
    } else {
      String newline = yaml.contains("\r\n") ? "\r\n" : "\n";
      updated = yaml + (yaml.isEmpty() || yaml.endsWith("\n") ? "" : newline) + "dictionary: [" + quoted + "]" + newline;
    }
    ConfigLoader.parse(updated, file, ruleIds);
    Files.writeString(file, updated, StandardCharsets.UTF_8);
    return true;
  }

  /** The word as a YAML scalar: plain when it is letters, digits, hyphens and apostrophes, else double-quoted. */
  private static String quote(String word) {
    if (word.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*")) {
      return word;
    }
    return "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
