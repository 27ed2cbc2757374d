package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.fix.FileFixer;
import dev.copydesk.core.fix.SafeFixes;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.rule.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code copydesk fix} on the seed, the news corpus and the site trees (front matter, markup,
 * templates, CRLF files), in memory: in every pass, the bytes outside the fixed spans are the
 * original's, byte for byte, each span held the finding's text and now holds its fix; only safe
 * rules' fixes are applied; and fixing the fixed bytes again applies nothing.
 */
class FixCorpusTest {
  private static final Path CORPUS = Path.of(System.getProperty("copydesk.corpus"));

  @Test
  void onlyTheFixedSpansChangeAndASecondRunFixesNothing() {
    List<Rule> rules = Copydesk.discoverRules(getClass().getClassLoader());
    Set<String> safeRules = rules.stream().filter(r -> r.info().safeFix() != null).map(r -> r.info().id()).collect(Collectors.toSet());
    List<Path> inputs = List.of(Path.of(System.getProperty("copydesk.seed")), CORPUS.resolve("wikinews"),
        CORPUS.resolve("open-news"), CORPUS.resolve("cms"));
    Map<String, Integer> fixesByRule = new TreeMap<>();
    Map<String, Integer> changedFiles = new ConcurrentHashMap<>();
    List<String> problems = new ArrayList<>();
    AtomicInteger files = new AtomicInteger();
    try (Copydesk copydesk = Copydesk.create(FolderConfigurations.of(CORPUS, Configuration.defaults(),
        rules.stream().map(r -> r.info().id()).toList()), rules)) {
      FileFixer fixer = new FileFixer(copydesk, Set.of());
      copydesk.check(inputs, ProgressListener.NONE, (file, displayPath) -> {
        try {
          FileFixer.FixedFile fixed = fixer.fix(file, displayPath);
          files.incrementAndGet();
          for (FileFixer.Pass pass : fixed.passes()) {
            onlySpansChanged(displayPath, pass.before(), pass.result());
          }
          for (SafeFixes.Applied a : fixed.applied()) {
            assertTrue(safeRules.contains(a.finding().rule()), a.finding().toString());
            synchronized (fixesByRule) {
              fixesByRule.merge(a.finding().rule(), 1, Integer::sum);
            }
          }
          if (fixed.changed()) {
            changedFiles.put(displayPath, fixed.applied().size());
            FileFixer.FixedFile again = fixer.fix(file, displayPath, fixed.fixed());
            assertEquals(List.of(), again.applied().stream().map(a -> a.finding().rule() + " " + a.finding().text()).toList(),
                displayPath + ": a second run fixes nothing");
            assertArrayEquals(fixed.fixed(), again.fixed());
          }
          return fixed.remaining();
        } catch (Exception | AssertionError e) {
          synchronized (problems) {
            problems.add(displayPath + ": " + e);
          }
          return FileResult.unreadable(displayPath, e.toString());
        }
      });
    }
    assertEquals(List.of(), problems);
    System.out.printf("copydesk fix on %d files: %d changed, fixes by rule %s%n", files.get(), changedFiles.size(), fixesByRule);
    assertTrue(files.get() > 1000, "the corpus is there: " + files.get());
    assertTrue(fixesByRule.getOrDefault("merged-word", 0) >= 1 && fixesByRule.getOrDefault("term-variant", 0) >= 1, fixesByRule.toString());
  }

  /** Bytes outside the applied spans are {@code before}'s; each span held the finding's text and now holds its fix. */
  private static void onlySpansChanged(String path, byte[] before, SafeFixes.Result result) {
    byte[] after = result.fixed();
    int bom = before.length >= 3 && (before[0] & 0xFF) == 0xEF && (before[1] & 0xFF) == 0xBB && (before[2] & 0xFF) == 0xBF ? 3 : 0;
    String source = new String(before, bom, before.length - bom, StandardCharsets.UTF_8);
    int from = 0;
    int to = 0;
    List<SafeFixes.Applied> applied = new ArrayList<>(result.applied());
    applied.sort(Comparator.comparingInt(a -> a.finding().span().offset()));
    for (SafeFixes.Applied a : applied) {
      Finding f = a.finding();
      int start = bom + source.substring(0, f.span().offset()).getBytes(StandardCharsets.UTF_8).length;
      byte[] old = source.substring(f.span().offset(), f.span().offset() + f.span().length()).getBytes(StandardCharsets.UTF_8);
      assertEquals(f.text(), new String(old, StandardCharsets.UTF_8), path + ": the span held the finding's text");
      assertArrayEquals(Arrays.copyOfRange(before, from, start), Arrays.copyOfRange(after, to, to + start - from),
          path + ": bytes before " + f.rule() + " '" + f.text() + "' at line " + f.span().line());
      to += start - from;
      byte[] replacement = a.replacement().getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(replacement, Arrays.copyOfRange(after, to, to + replacement.length), path + ": the fix is in its span");
      to += replacement.length;
      from = start + old.length;
    }
    assertArrayEquals(Arrays.copyOfRange(before, from, before.length), Arrays.copyOfRange(after, to, after.length),
        path + ": the bytes after the last fix");
    assertEquals(after.length, to + before.length - from);
  }
}
