package dev.copydesk.core.config;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The effective configuration of every file below a project root: the root's configuration, with
 * the {@code copydesk.yml} of each sub-folder between the root and the file laid over it, nearest
 * last ({@link ConfigurationOverlay} says how settings combine). The root is the working directory
 * or the folder of the {@code --config} file for the command line, the project folder for the
 * Maven plugin; its own configuration stands for the root folder, so the root's
 * {@code copydesk.yml} is not read twice. Files outside the root get the root's configuration.
 *
 * <p>Each folder is looked at once and remembered. A sub-folder file that cannot be used (bad
 * YAML, an unknown key or rule id, a setting that belongs to the whole run) makes {@link
 * #forFile} throw its {@link ConfigException}, naming that file, line and key, for every file
 * below it; files elsewhere are unaffected. Thread-safe.
 *
 * <pre>{@code
 * FolderConfigurations folders = FolderConfigurations.of(Path.of(""), ConfigLoader.discover(Path.of("")), ruleIds);
 * Configuration forPost = folders.forFile(Path.of("content/blog/post.md"));
 * }</pre>
 */
public final class FolderConfigurations {
  /** Settings of the whole run, which only the root configuration may set. */
  static final List<String> RUN_SETTINGS = List.of("failOn", "baseline");

  private final Path root;
  private final Configuration rootConfiguration;
  private final Set<String> knownRuleIds;
  private final Map<Path, Folder> folders = new ConcurrentHashMap<>();

  /** What one folder's files are checked under, or why they cannot be. */
  private record Folder(Configuration effective, List<PathMatcher> ownIgnores, ConfigException error) {}

  private FolderConfigurations(Path root, Configuration rootConfiguration, Collection<String> knownRuleIds) {
    this.root = root == null ? null : root.toAbsolutePath().normalize();
    this.rootConfiguration = rootConfiguration;
    this.knownRuleIds = Set.copyOf(knownRuleIds);
  }

  /**
   * The configurations below {@code root}, whose own configuration is {@code rootConfiguration}.
   *
   * @param knownRuleIds the ids of the rules of the run, against which every sub-folder file's
   *     {@code rules:} is checked; empty to leave ids unchecked
   */
  public static FolderConfigurations of(Path root, Configuration rootConfiguration, Collection<String> knownRuleIds) {
    return new FolderConfigurations(root, rootConfiguration, knownRuleIds);
  }

  /** One configuration for every file, with no sub-folder files read. */
  public static FolderConfigurations single(Configuration configuration) {
    return new FolderConfigurations(null, configuration, List.of());
  }

  /** The root's configuration: the one for the whole run ({@code failOn}, {@code baseline}). */
  public Configuration rootConfiguration() {
    return rootConfiguration;
  }

  /** The project root, or null when sub-folder files are not read. */
  public Path root() {
    return root;
  }

  /**
   * The configuration {@code file} is checked under.
   *
   * @throws ConfigException when a sub-folder configuration between the root and the file cannot
   *     be used (the nearest such file is named)
   */
  public Configuration forFile(Path file) throws ConfigException {
    Folder folder = folder(folderOf(file));
    if (folder.error() != null) {
      throw folder.error();
    }
    return folder.effective();
  }

  /**
   * Whether the {@code ignore.paths} of a sub-folder configuration exclude {@code path} (a file or
   * a folder), each glob matched against the path relative to its own file's folder. The root's
   * own globs are matched by the caller, relative to the folder the user gave, as before.
   */
  public boolean isIgnoredBelowRoot(Path path) {
    if (root == null) {
      return false;
    }
    Path absolute = path.toAbsolutePath().normalize();
    for (Path dir = absolute.getParent(); dir != null && dir.startsWith(root) && !dir.equals(root); dir = dir.getParent()) {
      Path relative = dir.relativize(absolute);
      for (PathMatcher m : folder(dir).ownIgnores()) {
        if (m.matches(relative)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Path folderOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent == null ? file.toAbsolutePath() : parent;
  }

  private Folder folder(Path dir) {
    Folder known = folders.get(dir);
    if (known != null) {
      return known;
    }
    folders.putIfAbsent(dir, look(dir));
    return folders.get(dir);
  }

  private Folder look(Path dir) {
    if (root == null || !dir.startsWith(root) || dir.equals(root)) {
      return new Folder(rootConfiguration, List.of(), null);
    }
    Folder parent = folder(dir.getParent());
    Path file = dir.resolve(ConfigLoader.FILE_NAME);
    if (parent.error() != null) {
      return new Folder(null, List.of(), parent.error());
    }
    if (!Files.isRegularFile(file)) {
      return new Folder(parent.effective(), List.of(), null);
    }
    try {
      Configuration own = loadSubFolder(file);
      return new Folder(ConfigurationOverlay.overlay(parent.effective(), own), matchers(own.ignorePaths()), null);
    } catch (ConfigException e) {
      return new Folder(null, List.of(), e);
    }
  }

  private Configuration loadSubFolder(Path file) throws ConfigException {
    Configuration own = ConfigLoader.load(file);
    for (String setting : RUN_SETTINGS) {
      Integer line = own.settingLines().get(setting);
      if (line != null) {
        throw new ConfigException(file, line, setting, "applies to the whole run, not to one folder: set it in "
            + (rootConfiguration.file() == null ? "the top " + ConfigLoader.FILE_NAME : rootConfiguration.file().toString())
            + (setting.equals("failOn") ? " or with --fail-on" : " or with --baseline"));
      }
    }
    if (!knownRuleIds.isEmpty()) {
      own.checkRuleIds(knownRuleIds);
    }
    return own;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return List.copyOf(matchers);
  }
}
