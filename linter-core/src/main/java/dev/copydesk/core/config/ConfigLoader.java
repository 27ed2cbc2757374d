package dev.copydesk.core.config;

import dev.copydesk.core.model.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code copydesk.yml} into a {@link Configuration}. The file is composed into YAML nodes
 * (not bound to objects) so that every mistake — an unknown key, a wrong type, a bad regex, a
 * locale LanguageTool does not know — is a {@link ConfigException} that names the file, the line
 * and the key. Rule ids cannot be checked here (the rules are not known yet); their lines are kept
 * for {@link Configuration#checkRuleIds}.
 *
 * <pre>{@code
 * Configuration config = ConfigLoader.load(Path.of("copydesk.yml"));
 * }</pre>
 */
public final class ConfigLoader {
  /** The configuration file's name, looked for in the working directory. */
  public static final String FILE_NAME = "copydesk.yml";

  private static final List<String> TOP_KEYS =
      List.of("locale", "failOn", "dateOrder", "dictionary", "names", "terms", "rules", "ignore", "profile", "baseline");
  private static final List<String> IGNORE_KEYS = List.of("paths", "lines");
  private static final List<String> RULE_KEYS = List.of("enabled", "severity");
  private static final String RULE_VALUES = "on, off, error, warning, info or {severity: …}";

  private ConfigLoader() {}

  /** The {@code copydesk.yml} in {@code directory}, or the defaults when there is none. */
  public static Configuration discover(Path directory) throws ConfigException {
    Path file = directory.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? load(file) : Configuration.defaults();
  }

  /** Reads and checks the configuration file {@code file}. */
  public static Configuration load(Path file) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, null, "no such configuration file");
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, "cannot be read: " + e.getMessage());
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return parse(text, file);
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, 0, null, "not valid UTF-8");
    }
  }

  /** Checks the YAML text {@code yaml}, reporting problems as in {@code file} (may be null). */
  public static Configuration parse(String yaml, Path file) throws ConfigException {
    Node root;
    try {
      root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      throw new ConfigException(file, mark == null ? 0 : mark.getLine() + 1, null, "not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ConfigException(file, 0, null, "not valid YAML: " + e.getMessage());
    }
    Configuration defaults = Configuration.defaults();
    if (root == null) {
      return defaults.inFile(file);
    }
    Map<String, YamlValue> top = new YamlValue(file, null, root).mapping(TOP_KEYS);
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Map<String, Integer> ruleLines = new LinkedHashMap<>();
    readRules(top.get("rules"), rules, ruleLines);
    Map<String, YamlValue> ignore = top.containsKey("ignore") ? top.get("ignore").mapping(IGNORE_KEYS) : Map.of();
    Configuration read = new Configuration(
        file,
        top.containsKey("locale") ? locale(top.get("locale")) : defaults.locale(),
        top.containsKey("failOn") ? failOn(top.get("failOn")) : defaults.failOn(),
        top.containsKey("dateOrder") ? dateOrder(top.get("dateOrder")) : defaults.dateOrder(),
        strings(top.get("dictionary"), "words"),
        strings(top.get("names"), "names"),
        terms(top.get("terms")),
        rules,
        ruleLines,
        globs(ignore.get("paths")),
        patterns(ignore.get("lines")));
    return withLayerSettings(read, top, file);
  }

  /** {@code read} with the file's profile, its baseline and the lines of the settings it sets. */
  private static Configuration withLayerSettings(Configuration read, Map<String, YamlValue> top, Path file)
      throws ConfigException {
    Map<String, Integer> settingLines = new LinkedHashMap<>();
    top.forEach((key, value) -> settingLines.put(key, value.line()));
    Profile profile = top.containsKey("profile") ? profile(top.get("profile")) : Profile.NEWS;
    Path baseline = top.containsKey("baseline") ? baseline(top.get("baseline"), file) : null;
    return new Configuration(read.file(), read.locale(), read.failOn(), read.dateOrder(), read.dictionary(), read.names(),
        read.terms(), read.rules(), read.ruleLines(), read.ignorePaths(), read.ignoreLines(), profile, baseline, settingLines);
  }

  private static Profile profile(YamlValue value) throws ConfigException {
    String text = value.scalar("news, blog or docs");
    try {
      return Profile.parse(text);
    } catch (IllegalArgumentException e) {
      throw value.error("expected news, blog or docs, got '" + text + "'");
    }
  }

  /** The baseline file, relative to the configuration file's folder. */
  private static Path baseline(YamlValue value, Path file) throws ConfigException {
    String text = value.scalar("a file name such as copydesk-baseline.json").strip();
    if (text.isEmpty()) {
      throw value.error("expected a file name such as copydesk-baseline.json, got an empty text");
    }
    try {
      Path folder = file == null ? Path.of("") : file.toAbsolutePath().getParent();
      return folder.resolve(text).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw value.error("not a valid file name '" + text + "'");
    }
  }

  private static String locale(YamlValue value) throws ConfigException {
    String code = value.scalar("a locale such as en-US").strip();
    List<String> known = new ArrayList<>();
    for (Language language : Languages.get()) {
      String full = language.getShortCodeWithCountryAndVariant();
      if (full.equalsIgnoreCase(code)) {
        return full;
      }
      known.add(full);
    }
    throw value.error("LanguageTool has no language '" + code + "' here (known: " + String.join(", ", known) + ")");
  }

  private static FailLevel failOn(YamlValue value) throws ConfigException {
    String text = value.scalar("error, warning, info or none");
    try {
      return FailLevel.parse(text);
    } catch (IllegalArgumentException e) {
      throw value.error("expected error, warning, info or none, got '" + text + "'");
    }
  }

  private static DateOrder dateOrder(YamlValue value) throws ConfigException {
    String text = value.scalar("MDY, DMY or ISO");
    try {
      return DateOrder.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw value.error("expected MDY, DMY or ISO, got '" + text + "'");
    }
  }

  private static List<String> strings(YamlValue value, String what) throws ConfigException {
    return value == null ? List.of() : value.strings(what);
  }

  private static List<List<String>> terms(YamlValue value) throws ConfigException {
    List<List<String>> groups = new ArrayList<>();
    if (value == null) {
      return groups;
    }
    for (YamlValue group : value.list("term groups such as [U.S., US]")) {
      List<String> forms = group.strings("term forms, the preferred one first");
      if (forms.size() < 2) {
        throw group.error("a term group needs the preferred form and at least one variant, got " + forms);
      }
      groups.add(forms);
    }
    return groups;
  }

  private static void readRules(YamlValue value, Map<String, RuleSetting> rules, Map<String, Integer> lines)
      throws ConfigException {
    if (value == null) {
      return;
    }
    for (Map.Entry<String, YamlValue> entry : value.mapping(null).entrySet()) {
      rules.put(entry.getKey(), ruleSetting(entry.getValue()));
      lines.put(entry.getKey(), entry.getValue().line());
    }
  }

  private static RuleSetting ruleSetting(YamlValue value) throws ConfigException {
    if (value.isMapping()) {
      Map<String, YamlValue> fields = value.mapping(RULE_KEYS);
      boolean enabled = !fields.containsKey("enabled") || onOff(fields.get("enabled"));
      Severity severity = fields.containsKey("severity") ? severity(fields.get("severity")) : null;
      return new RuleSetting(enabled, severity);
    }
    String text = value.scalar(RULE_VALUES).strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "on", "true", "yes" -> RuleSetting.DEFAULT;
      case "off", "false", "no" -> new RuleSetting(false, null);
      case "error", "warning", "info" -> new RuleSetting(true, Severity.parse(text));
      default -> throw value.error("expected " + RULE_VALUES + ", got " + value.describe());
    };
  }

  private static boolean onOff(YamlValue value) throws ConfigException {
    String text = value.scalar("true or false").strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "on", "true", "yes" -> true;
      case "off", "false", "no" -> false;
      default -> throw value.error("expected true or false, got " + value.describe());
    };
  }

  private static Severity severity(YamlValue value) throws ConfigException {
    String text = value.scalar("error, warning or info");
    try {
      return Severity.parse(text);
    } catch (IllegalArgumentException e) {
      throw value.error("expected error, warning or info, got " + value.describe());
    }
  }

  private static List<String> globs(YamlValue value) throws ConfigException {
    List<String> globs = new ArrayList<>();
    if (value == null) {
      return globs;
    }
    for (YamlValue item : value.list("path globs such as drafts/**")) {
      String glob = item.scalar("a path glob such as drafts/**");
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
      } catch (IllegalArgumentException e) {
        throw item.error("not a valid path glob '" + glob + "': " + e.getMessage());
      }
      globs.add(glob);
    }
    return globs;
  }

  private static List<Pattern> patterns(YamlValue value) throws ConfigException {
    List<Pattern> patterns = new ArrayList<>();
    if (value == null) {
      return patterns;
    }
    for (YamlValue item : value.list("regular expressions")) {
      String regex = item.scalar("a regular expression");
      try {
        patterns.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw item.error("not a valid regular expression '" + regex + "': "
            + e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
      }
    }
    return patterns;
  }
}
