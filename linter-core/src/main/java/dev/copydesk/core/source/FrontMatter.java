package dev.copydesk.core.source;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The YAML front matter at the top of a Markdown article, between a first line {@code ---} and a
 * closing {@code ---} (or {@code ...}) line: its {@code title} and {@code date}. Without a closing
 * line there is no front matter and the whole file is Markdown. Front matter that is not valid
 * YAML gives no metadata but is still not prose.
 *
 * @param bodyStart the source offset where the Markdown after the front matter starts (0 if none)
 * @param title the {@code title} value, or null
 * @param date the {@code date} value as {@code yyyy-MM-dd} or ISO date-time, or null
 */
record FrontMatter(int bodyStart, String title, LocalDate date) {
  private static final FrontMatter NONE = new FrontMatter(0, null, null);

  /** The front matter at the top of {@code source}, or one with {@code bodyStart} 0 if there is none. */
  static FrontMatter of(String source) {
    int firstEnd = lineEnd(source, 0);
    if (!source.substring(0, firstEnd).stripTrailing().equals("---")) {
      return NONE;
    }
    int lineStart = nextLine(source, firstEnd);
    while (lineStart < source.length()) {
      int end = lineEnd(source, lineStart);
      String line = source.substring(lineStart, end).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        return read(source.substring(nextLine(source, firstEnd), lineStart), nextLine(source, end));
      }
      lineStart = nextLine(source, end);
    }
    return NONE;
  }

  private static FrontMatter read(String yamlText, int bodyStart) {
    Object loaded;
    try {
      loaded = yaml().load(yamlText);
    } catch (YAMLException e) {
      return new FrontMatter(bodyStart, null, null);
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      return new FrontMatter(bodyStart, null, null);
    }
    String title = map.get("title") instanceof String s && !s.isBlank() ? s.strip() : null;
    LocalDate date = map.get("date") instanceof String s ? IsoDates.parse(s).orElse(null) : null;
    return new FrontMatter(bodyStart, title, date);
  }

  /** The publication date, if the front matter gives one. */
  Optional<LocalDate> publicationDate() {
    return Optional.ofNullable(date);
  }

  /** A YAML loader that keeps every scalar a string: a date is read as written, in no time zone. */
  private static Yaml yaml() {
    LoaderOptions loading = new LoaderOptions();
    loading.setAllowDuplicateKeys(true);
    DumperOptions dumping = new DumperOptions();
    Resolver stringsOnly = new Resolver() {
      @Override
      protected void addImplicitResolvers() {
        // no implicit types: dates, numbers and booleans stay as written
      }
    };
    return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, stringsOnly);
  }

  private static int lineEnd(String source, int from) {
    int i = from;
    while (i < source.length() && source.charAt(i) != '\n' && source.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String source, int lineEnd) {
    if (lineEnd < source.length() && source.charAt(lineEnd) == '\r') {
      lineEnd++;
      if (lineEnd < source.length() && source.charAt(lineEnd) == '\n') {
        lineEnd++;
      }
      return lineEnd;
    }
    return Math.min(source.length(), lineEnd + 1);
  }
}
