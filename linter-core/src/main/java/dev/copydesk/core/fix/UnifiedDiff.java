package dev.copydesk.core.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, three lines of context) between a file's bytes and its fixed
 * bytes, as {@code copydesk fix --dry-run} prints it. Lines keep a carriage return they end with.
 */
public final class UnifiedDiff {
  private UnifiedDiff() {}

  /** The diff of {@code original} to {@code fixed}, both UTF-8, headed {@code --- a/path} and {@code +++ b/path}; empty when equal. */
  public static String of(String path, byte[] original, byte[] fixed) {
    if (Arrays.equals(original, fixed)) {
      return "";
    }
    List<String> before = lines(original);
    List<String> after = lines(fixed);
    Patch<String> patch = DiffUtils.diff(before, after);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, before, patch, 3);
    return String.join("\n", diff) + "\n";
  }

  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> lines = Arrays.asList(text.split("\n", -1));
    return text.endsWith("\n") ? lines.subList(0, lines.size() - 1) : lines;
  }
}
