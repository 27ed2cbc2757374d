package dev.copydesk.core.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.copydesk.core.model.SourceWarning;
import java.io.IOException;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The front matter at the top of a Markdown article, in the three dialects site generators read
 * (Hugo reads all three, Jekyll and Eleventy YAML, Zola TOML):
 * <ul>
 *   <li>YAML between a first line {@code ---} and a closing {@code ---} (or {@code ...}) line;</li>
 *   <li>TOML between a first line {@code +++} and a closing {@code +++} line, read with Jackson's
 *       TOML parser (a TOML date-time is read as written, in no time zone);</li>
 *   <li>a JSON object that opens the file, read with Jackson.</li>
 * </ul>
 * Its {@code title} and date are the article's metadata. The date is {@code date} (else
 * {@code publishDate}, {@code pubDate} or {@code published}); without one, a {@code path},
 * {@code permalink} or {@code url} that starts with {@code yyyy/mm/dd} (as Zola blogs write
 * {@code path = "2025/03/18/Rust-1.85.1"}) gives it. Without a closing line there is no front
 * matter and the whole file is Markdown. Front matter that does not parse gives no metadata but is
 * still not prose. A YAML key set twice in one mapping is a warning at the second key, naming the
 * line of the first (the last value is used, as site generators do; see {@link YamlDuplicateKeys}).
 *
 * @param bodyStart the source offset where the Markdown after the front matter starts (0 if none)
 * @param title the {@code title} value, or null
 * @param date the publication date, or null
 * @param warnings what is wrong in the front matter (YAML keys set twice)
 */
record FrontMatter(int bodyStart, String title, LocalDate date, List<SourceWarning> warnings) {
  private static final FrontMatter NONE = new FrontMatter(0, null, null, List.of());
  /** The warnings' id, the rule id of their findings. */
  static final String WARNING_ID = YamlDuplicateKeys.WARNING_ID;
  private static final List<String> DATE_KEYS = List.of("date", "publishDate", "pubDate", "published");
  private static final List<String> PATH_KEYS = List.of("path", "permalink", "url");
  private static final Pattern DATED_PATH = Pattern.compile("/?(\\d{4})/(\\d{2})/(\\d{2})(?:/.*)?");
  /** Jackson mappers are thread-safe once configured; one of each serves every article. */
  private static final TomlMapper TOML = new TomlMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The front matter at the top of {@code source}, or one with {@code bodyStart} 0 if there is none. */
  static FrontMatter of(String source) {
    int firstEnd = lineEnd(source, 0);
    String firstLine = source.substring(0, firstEnd).stripTrailing();
    if (firstLine.equals("---")) {
      return fenced(source, firstEnd, "---", "...", FrontMatter::yaml);
    }
    if (firstLine.equals("+++")) {
      return fenced(source, firstEnd, "+++", "+++", FrontMatter::toml);
    }
    if (source.startsWith("{")) {
      return json(source);
    }
    return NONE;
  }

  /** How one dialect reads the text of its front matter into fields (null when it does not parse). */
  private interface Dialect {
    Map<?, ?> fields(String text);
  }

  private static FrontMatter fenced(String source, int firstEnd, String closer, String otherCloser, Dialect dialect) {
    int contentStart = nextLine(source, firstEnd);
    int lineStart = contentStart;
    while (lineStart < source.length()) {
      int end = lineEnd(source, lineStart);
      String line = source.substring(lineStart, end).stripTrailing();
      if (line.equals(closer) || line.equals(otherCloser)) {
        FrontMatter read = read(dialect.fields(source.substring(contentStart, lineStart)), nextLine(source, end));
        return closer.equals("---")
            ? read.withWarnings(YamlDuplicateKeys.find(source, contentStart, lineStart))
            : read;
      }
      lineStart = nextLine(source, end);
    }
    return NONE;
  }

  /** A JSON object that opens the file and ends a line (Hugo's JSON front matter). */
  private static FrontMatter json(String source) {
    int end;
    try (JsonParser parser = JSON.createParser(source)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return NONE;
      }
      parser.skipChildren();
      end = (int) parser.currentLocation().getCharOffset();
    } catch (IOException e) {
      return NONE;
    }
    int lineEnd = lineEnd(source, end);
    if (end <= 0 || end > source.length() || !source.substring(end, lineEnd).isBlank()) {
      return NONE;
    }
    Map<?, ?> fields;
    try {
      fields = JSON.readValue(source.substring(0, end), Map.class);
    } catch (IOException e) {
      fields = null;
    }
    return read(fields, nextLine(source, lineEnd));
  }

  private static FrontMatter read(Map<?, ?> fields, int bodyStart) {
    if (fields == null) {
      return new FrontMatter(bodyStart, null, null, List.of());
    }
    String title = fields.get("title") instanceof String s && !s.isBlank() ? s.strip() : null;
    return new FrontMatter(bodyStart, title, date(fields).orElse(null), List.of());
  }

  private FrontMatter withWarnings(List<SourceWarning> found) {
    return new FrontMatter(bodyStart, title, date, List.copyOf(found));
  }

  private static Optional<LocalDate> date(Map<?, ?> fields) {
    for (String key : DATE_KEYS) {
      Object value = fields.get(key);
      if (value != null) {
        Optional<LocalDate> date = IsoDates.parse(value.toString());
        if (date.isPresent()) {
          return date;
        }
      }
    }
    for (String key : PATH_KEYS) {
      if (fields.get(key) instanceof String path) {
        Matcher m = DATED_PATH.matcher(path.strip());
        if (m.matches()) {
          try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
          } catch (DateTimeException e) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Map<?, ?> yaml(String text) {
    try {
      return yaml().load(text) instanceof Map<?, ?> map ? map : null;
    } catch (YAMLException e) {
      return null;
    }
  }

  private static Map<?, ?> toml(String text) {
    try {
      return TOML.readValue(text, Map.class);
    } catch (IOException e) {
      return null;
    }
  }

  /** A YAML loader that keeps every scalar a string: a date is read as written, in no time zone. */
  private static Yaml yaml() {
    LoaderOptions loading = new LoaderOptions();
    loading.setAllowDuplicateKeys(true);
    loading.setWarnOnDuplicateKeys(false); // YamlDuplicateKeys reports them, with file and line
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
