package dev.copydesk.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The article files of a project: every regular file under the source folders that an include
 * pattern matches and no exclude pattern does. Patterns are Maven-style globs relative to the
 * source folder ({@code **}{@code /*.md}, where a leading {@code **}{@code /} also matches no folder
 * at all, so {@code **}{@code /*.md} takes {@code a.md} too). Sorted, so runs and reports repeat.
 */
final class ContentFiles {
  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;

  ContentFiles(List<String> includes, List<String> excludes) {
    this.includes = matchers(includes);
    this.excludes = matchers(excludes);
  }

  /** The matching files under the folders of {@code sourceDirectories} that exist. */
  List<Path> find(List<Path> sourceDirectories) throws IOException {
    TreeSet<Path> found = new TreeSet<>();
    for (Path folder : sourceDirectories) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(Files::isRegularFile)
            .filter(file -> matches(folder.relativize(file)))
            .forEach(file -> found.add(file.toAbsolutePath().normalize()));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return List.copyOf(found);
  }

  /** The regular files under {@code folder} that are not articles to check, relative to it, sorted. */
  List<String> otherFiles(Path folder) throws IOException {
    TreeSet<String> other = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .filter(file -> !matches(folder.relativize(file)))
          .forEach(file -> other.add(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return List.copyOf(other);
  }

  private boolean matches(Path relative) {
    return includes.stream().anyMatch(m -> m.matches(relative)) && excludes.stream().noneMatch(m -> m.matches(relative));
  }

  private static List<PathMatcher> matchers(List<String> patterns) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      String glob = pattern.strip().replace('\\', '/');
      if (glob.isEmpty()) {
        continue;
      }
      if (glob.endsWith("/")) {
        glob = glob + "**";
      }
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      while (glob.startsWith("**/")) {
        glob = glob.substring(3);
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      }
    }
    return matchers;
  }
}
