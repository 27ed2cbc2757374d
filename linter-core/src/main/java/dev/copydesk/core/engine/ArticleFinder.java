package dev.copydesk.core.engine;

import dev.copydesk.core.source.ReadFailure;
import dev.copydesk.core.source.SourceFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns the paths a user gives into the article files to check: a file stands for itself, a folder
 * for every article file below it (sorted, so runs are repeatable), less what {@code ignore.paths}
 * excludes (the root configuration's globs relative to the folder given, a sub-folder
 * configuration's relative to its own folder). A path that does not exist, a symbolic link to
 * nothing, a folder that cannot be read or a folder with no article file in it becomes an entry
 * with an error, so nothing is silently skipped and a run over the wrong folder never passes for
 * "0 files checked".
 */
final class ArticleFinder {
  private final SourceFiles sources;
  private final List<PathMatcher> ignored;
  private final Predicate<Path> ignoredBelowRoot;

  ArticleFinder(SourceFiles sources, List<String> ignoreGlobs, Predicate<Path> ignoredBelowRoot) {
    this.sources = sources;
    this.ignored = ignoreGlobs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    this.ignoredBelowRoot = ignoredBelowRoot;
  }

  /** A file to check, or an input that failed before it could be read. */
  record Entry(Path file, String displayPath, String error) {}

  List<Entry> find(List<Path> inputs) {
    List<Entry> entries = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        entries.add(new Entry(input, input.toString(), "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        walk(input, entries);
      } else if (!isIgnored(input, input)) {
        entries.add(new Entry(input, input.toString(), null));
      }
    }
    return entries;
  }

  private void walk(Path folder, List<Entry> entries) {
    List<Entry> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(folder) && isIgnored(folder.relativize(dir), dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!sources.isArticle(file) || isIgnored(folder.relativize(file), file)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink() && !Files.exists(file)) {
            found.add(new Entry(file, file.toString(), "a symbolic link to a file that does not exist"));
          } else if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
            found.add(new Entry(file, file.toString(), null));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (Files.isDirectory(file) || sources.isArticle(file)) {
            found.add(new Entry(file, file.toString(), ReadFailure.describe(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      found.add(new Entry(folder, folder.toString(), ReadFailure.describe(e)));
    }
    found.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
    if (found.isEmpty()) {
      found.add(new Entry(folder, folder.toString(), "no article files (" + sources.kinds() + ") in this folder"
          + (ignored.isEmpty() ? "" : " that ignore.paths does not exclude")));
    }
    entries.addAll(found);
  }

  private boolean isIgnored(Path relative, Path full) {
    if (ignoredBelowRoot.test(full)) {
      return true;
    }
    for (PathMatcher m : ignored) {
      if (m.matches(relative) || m.matches(full)) {
        return true;
      }
    }
    return false;
  }
}
