package dev.copydesk.core.fix;

import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Fixes one file in memory: checks its bytes, applies the safe fixes ({@link SafeFixes}), and
 * checks again until no safe fix is left (a rule that flags only the first use of a form flags the
 * next one once the first is fixed), at most {@value #MAX_PASSES} times. Writing the result is the
 * caller's choice ({@link #write}), so a dry run shares every step but the last.
 */
public final class FileFixer {
  /** More passes than any article needs; a fix that keeps producing fixes stops here. */
  static final int MAX_PASSES = 8;
  private final Copydesk copydesk;
  private final Set<String> rules;

  /** A fixer applying the safe fixes of {@code rules} (every rule when empty), checking with {@code copydesk}. */
  public FileFixer(Copydesk copydesk, Set<String> rules) {
    this.copydesk = copydesk;
    this.rules = Set.copyOf(rules);
  }

  /**
   * What fixing one file gives.
   *
   * @param path the path as reported
   * @param file the file
   * @param original its bytes as read
   * @param fixed its bytes with the fixes applied (the same array when nothing was fixed)
   * @param applied the fixes applied, pass by pass, in source order within a pass
   * @param skipped the fixes not applied, and why
   * @param remaining the check of {@code fixed}: the findings left (the file's error when it could not be read)
   * @param passes each pass that applied fixes: the bytes it fixed, and what it gave
   */
  public record FixedFile(String path, Path file, byte[] original, byte[] fixed, List<SafeFixes.Applied> applied,
      List<SafeFixes.Skipped> skipped, FileResult remaining, List<Pass> passes) {
    public FixedFile {
      applied = List.copyOf(applied);
      skipped = List.copyOf(skipped);
      passes = List.copyOf(passes);
    }

    /** Whether any fix was applied. */
    public boolean changed() {
      return !applied.isEmpty();
    }
  }

  /** One pass: the bytes checked and fixed, and the fixes applied to them (spans are into {@code before}). */
  public record Pass(byte[] before, SafeFixes.Result result) {}

  /** Fixes {@code file} (reported as {@code displayPath}) in memory. */
  public FixedFile fix(Path file, String displayPath) throws IOException {
    return fix(file, displayPath, Files.readAllBytes(file));
  }

  /** Fixes {@code original}, the content of {@code file} (reported as {@code displayPath}), in memory. */
  public FixedFile fix(Path file, String displayPath, byte[] original) {
    byte[] current = original;
    List<SafeFixes.Applied> applied = new ArrayList<>();
    List<SafeFixes.Skipped> skipped = new ArrayList<>();
    List<Pass> passes = new ArrayList<>();
    FileResult result = copydesk.check(file, displayPath, current);
    for (int pass = 0; pass < MAX_PASSES && result.error() == null; pass++) {
      if (result.findings().stream().noneMatch(f -> SafeFixes.applies(f, rules))) {
        break;
      }
      SafeFixes.Result fixed = SafeFixes.apply(current, result.findings(), rules);
      skipped.addAll(fixed.skipped());
      if (fixed.applied().isEmpty()) {
        break;
      }
      applied.addAll(fixed.applied());
      passes.add(new Pass(current, fixed));
      current = fixed.fixed();
      result = copydesk.check(file, displayPath, current);
    }
    return new FixedFile(displayPath, file, original, current, applied, skipped, result, passes);
  }

  /**
   * Writes {@code fixed}'s bytes to its file, unless the file changed since it was read (then it is
   * left alone and false returned).
   */
  public static boolean write(FixedFile fixed) throws IOException {
    if (!fixed.changed()) {
      return true;
    }
    if (!Arrays.equals(Files.readAllBytes(fixed.file()), fixed.original())) {
      return false;
    }
    Path temporary = Files.createTempFile(fixed.file().toAbsolutePath().getParent(), ".copydesk-fix", ".tmp");
    try {
      Files.write(temporary, fixed.fixed());
      try {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(fixed.file()));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the temporary file's permissions stand
      }
      Files.move(temporary, fixed.file(), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return true;
  }
}
