package dev.copydesk.core.config;

import dev.copydesk.core.model.Severity;
import dev.copydesk.core.source.ReadFailure;
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
import java.util.Collection;
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
 * locale LanguageTool does not know — is reported with the file, the line and the key; the whole
 * file is read, and one {@link ConfigException} reports every mistake in it ({@link
 * ConfigException#problems()}). Rule ids cannot be checked here (the rules are not known yet); their lines are kept
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
    return discover(directory, null);
  }

  /**
   * The {@code copydesk.yml} in {@code directory}, or the defaults when there is none; its rule
   * ids are checked against {@code knownRuleIds} (null: not checked) with its other settings, so
   * that one run reports every mistake.
   */
  public static Configuration discover(Path directory, Collection<String> knownRuleIds) throws ConfigException {
    Path file = directory.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? load(file, knownRuleIds) : Configuration.defaults();
  }

  /** Reads and checks the configuration file {@code file}. */
  public static Configuration load(Path file) throws ConfigException {
    return load(file, null);
  }

  /**
   * Reads and checks the configuration file {@code file}, its rule ids against {@code
   * knownRuleIds} (null: not checked; see {@link Configuration#checkRuleIds}).
   */
  public static Configuration load(Path file, Collection<String> knownRuleIds) throws ConfigException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file, 0, null, "no such configuration file");
    } catch (IOException e) {
      throw new ConfigException(file, 0, null, ReadFailure.describe(e));
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return parse(text, file, knownRuleIds);
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, 0, null, "not valid UTF-8");
    }
  }

  /** Checks the YAML text {@code yaml}, reporting problems as in {@code file} (may be null). */
  public static Configuration parse(String yaml, Path file) throws ConfigException {
    return parse(yaml, file, null);
  }

  /**
   * Checks the YAML text {@code yaml}, reporting problems as in {@code file} (may be null), its
   * rule ids against {@code knownRuleIds} (null: not checked).
   */
  public static Configuration parse(String yaml, Path file, Collection<String> knownRuleIds) throws ConfigException {
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
    ConfigProblems problems = new ConfigProblems();
    Map<String, YamlValue> top = problems.read(new YamlValue(problems, file, null, root), v -> v.mapping(TOP_KEYS), Map.of());
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    Map<String, Integer> ruleLines = new LinkedHashMap<>();
    problems.read(top.get("rules"), v -> readRules(v, rules, ruleLines), null);
    Map<String, YamlValue> ignore = problems.read(top.get("ignore"), v -> v.mapping(IGNORE_KEYS), Map.of());
    Configuration read = new Configuration(
        file,
        problems.read(top.get("locale"), ConfigLoader::locale, defaults.locale()),
        problems.read(top.get("failOn"), ConfigLoader::failOn, defaults.failOn()),
        problems.read(top.get("dateOrder"), ConfigLoader::dateOrder, defaults.dateOrder()),
        problems.read(top.get("dictionary"), v -> v.strings("words"), List.of()),
        problems.read(top.get("names"), v -> v.strings("names"), List.of()),
        problems.read(top.get("terms"), ConfigLoader::terms, List.of()),
        rules,
        ruleLines,
        problems.read(ignore.get("paths"), ConfigLoader::globs, List.of()),
        problems.read(ignore.get("lines"), ConfigLoader::patterns, List.of()));
    Configuration configuration = withLayerSettings(read, top, file, problems);
    if (knownRuleIds != null) {
      try {
        configuration.checkRuleIds(knownRuleIds);
      } catch (ConfigException e) {
        problems.add(e);
      }
    }
    problems.throwIfAny();
    return configuration;
  }

  /** {@code read} with the file's profile, its baseline and the lines of the settings it sets. */
  private static Configuration withLayerSettings(Configuration read, Map<String, YamlValue> top, Path file,
      ConfigProblems problems) {
    Map<String, Integer> settingLines = new LinkedHashMap<>();
    top.forEach((key, value) -> settingLines.put(key, value.line()));
    Profile profile = problems.read(top.get("profile"), ConfigLoader::profile, Profile.NEWS);
    Path baseline = problems.read(top.get("baseline"), v -> baseline(v, file), null);
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

  private static List<List<String>> terms(YamlValue value) throws ConfigException {
    List<List<String>> groups = new ArrayList<>();
    for (YamlValue group : value.list("term groups such as [U.S., US]")) {
      value.problems().read(group, g -> {
        List<String> forms = g.strings("term forms, the preferred one first");
        if (forms.size() < 2) {
          throw g.error("a term group needs the preferred form and at least one variant, got " + forms);
        }
        return groups.add(forms);
      }, false);
    }
    return groups;
  }

  private static Void readRules(YamlValue value, Map<String, RuleSetting> rules, Map<String, Integer> lines)
      throws ConfigException {
    for (Map.Entry<String, YamlValue> entry : value.mapping(null).entrySet()) {
      lines.put(entry.getKey(), entry.getValue().line());
      RuleSetting setting = value.problems().read(entry.getValue(), ConfigLoader::ruleSetting, null);
      if (setting != null) {
        rules.put(entry.getKey(), setting);
      }
    }
    return null;
  }

  private static RuleSetting ruleSetting(YamlValue value) throws ConfigException {
    if (value.isMapping()) {
      Map<String, YamlValue> fields = value.mapping(RULE_KEYS);
      boolean enabled = value.problems().read(fields.get("enabled"), ConfigLoader::onOff, true);
      Severity severity = value.problems().read(fields.get("severity"), ConfigLoader::severity, null);
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
    for (YamlValue item : value.list("path globs such as drafts/**")) {
      value.problems().read(item, i -> {
        String glob = i.scalar("a path glob such as drafts/**");
        try {
          FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
          throw i.error("not a valid path glob '" + glob + "': " + (e instanceof PatternSyntaxException p ? where(p) : e.getMessage()));
        }
        return globs.add(glob);
      }, false);
    }
    return globs;
  }

  private static List<Pattern> patterns(YamlValue value) throws ConfigException {
    List<Pattern> patterns = new ArrayList<>();
    for (YamlValue item : value.list("regular expressions")) {
      value.problems().read(item, i -> {
        String regex = i.scalar("a regular expression");
        try {
          return patterns.add(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
          throw i.error("not a valid regular expression '" + regex + "': " + where(e));
        }
      }, false);
    }
    return patterns;
  }

  /** A pattern's mistake on one line: what is wrong and at which character. */
  private static String where(PatternSyntaxException e) {
    return e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "");
  }
}
