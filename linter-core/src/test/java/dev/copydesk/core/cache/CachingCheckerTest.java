package dev.copydesk.core.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.ProgressListener;
import dev.copydesk.core.engine.Report;
import dev.copydesk.core.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingCheckerTest {
  private static final String FAULTY = "WASHINGTON (AP) — The minister said he wants toto continue the talks on Monday.\n";
  private static final String CLEAN = "WASHINGTON (AP) — The minister said he wants to continue the talks on Monday.\n";
  private static final String FIXED = "WASHINGTON (AP) — The minister said he intends to continue the talks on Monday.\n";

  private static final CountingWordRule RULE = new CountingWordRule();
  private static Copydesk copydesk;

  @TempDir Path dir;
  private Path cacheDir;
  private Path content;

  @BeforeAll
  static void startEngine() {
    copydesk = Copydesk.create(Configuration.defaults(), List.of(RULE), 2);
  }

  @AfterAll
  static void stopEngine() {
    copydesk.close();
  }

  @BeforeEach
  void writeArticles() throws IOException {
    cacheDir = dir.resolve("cache");
    content = Files.createDirectories(dir.resolve("content"));
    write("a.txt", FAULTY);
    write("b.txt", CLEAN);
  }

  @Test
  void unchangedFilesAreServedFromTheIndexWithTheirFindings() throws IOException {
    Report first = run();
    int checksBefore = RULE.articlesChecked.get();
    CachingChecker second = CachingChecker.open(copydesk, cacheDir);
    Report again = second.check(List.of(content), ProgressListener.NONE);

    assertEquals(0, second.checked());
    assertEquals(2, second.hits());
    assertEquals(checksBefore, RULE.articlesChecked.get(), "no article was analysed again");
    assertEquals(first, again, "the same findings, words and paths");
    Finding finding = again.files().get(0).findings().get(0);
    assertEquals("toto", finding.text());
    assertEquals(List.of("to"), finding.suggestions());
  }

  @Test
  void aChangedFileIsCheckedAgainAndTheOthersAreNot() throws IOException {
    run();
    write("a.txt", FIXED);
    CachingChecker second = CachingChecker.open(copydesk, cacheDir);
    Report again = second.check(List.of(content), ProgressListener.NONE);
    second.save();

    assertEquals(1, second.checked());
    assertEquals(1, second.hits());
    assertTrue(again.files().get(0).findings().isEmpty(), "the fixed article has no finding now");

    CachingChecker third = CachingChecker.open(copydesk, cacheDir);
    third.check(List.of(content), ProgressListener.NONE);
    assertEquals(2, third.hits(), "the re-checked file's new result was kept");
  }

  @Test
  void aFileMovedOrCopiedUnchangedIsServedFromTheIndexButNotAsAnotherKind() throws IOException {
    run();
    Files.move(content.resolve("a.txt"), Files.createDirectories(content.resolve("2021")).resolve("moved.txt"));
    write("copy.txt", CLEAN);
    write("same-bytes.md", FAULTY);
    int checksBefore = RULE.articlesChecked.get();
    CachingChecker second = CachingChecker.open(copydesk, cacheDir);
    Report again = second.check(List.of(content), ProgressListener.NONE);

    assertEquals(3, second.hits(), "moved.txt, b.txt and copy.txt");
    assertEquals(1, second.checked(), "same-bytes.md is read as Markdown, so it is checked");
    assertEquals(checksBefore + 1, RULE.articlesChecked.get());
    assertEquals(List.of("2021/moved.txt", "b.txt", "copy.txt", "same-bytes.md"),
        again.files().stream().map(f -> f.path().substring(content.toString().length() + 1).replace('\\', '/')).toList());
    assertEquals("toto", again.files().get(0).findings().get(0).text());
  }

  @Test
  void anotherConfigurationOrVersionStartsFromNothing() throws IOException {
    run();
    ResultCache otherConfig = ResultCache.open(cacheDir, "another fingerprint");
    assertEquals(0, otherConfig.previousSize());
    assertEquals("the configuration or the rules changed", otherConfig.discardedBecause().orElseThrow());
    CachingChecker checker = new CachingChecker(copydesk, otherConfig);
    checker.check(List.of(content), ProgressListener.NONE);
    assertEquals(2, checker.checked());

    String fingerprint = ConfigurationFingerprint.of(copydesk.configuration(), copydesk.rules());
    ResultCache otherVersion = ResultCache.open(cacheDir, "9.9.9", fingerprint);
    assertEquals(0, otherVersion.previousSize());
    assertTrue(otherVersion.discardedBecause().orElseThrow().contains("9.9.9"));
  }

  @Test
  void aCorruptIndexIsIgnoredAndReplaced() throws IOException {
    Files.createDirectories(cacheDir);
    Files.writeString(cacheDir.resolve(ResultCache.INDEX_FILE), "{\"format\": 1, \"files\": {\"a.txt\": [tru");
    CachingChecker checker = CachingChecker.open(copydesk, cacheDir);
    assertTrue(checker.cache().discardedBecause().orElseThrow().contains("cannot be read"));

    Report report = checker.check(List.of(content), ProgressListener.NONE);
    checker.save();
    assertEquals(2, checker.checked());
    assertEquals(1, report.files().get(0).findings().size());
    assertEquals(2, CachingChecker.open(copydesk, cacheDir).cache().previousSize(), "a sound index replaced it");
  }

  @Test
  void noIndexYetIsNoProblem() {
    CachingChecker checker = CachingChecker.open(copydesk, cacheDir);
    assertFalse(checker.cache().discardedBecause().isPresent());
    assertEquals(0, checker.cache().previousSize());
  }

  @Test
  void unreadableFilesAreNotKeptAndFilesGoneAreDropped() throws IOException {
    write("bad.txt", "");
    Files.write(content.resolve("bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
    run();
    ResultCache cache = CachingChecker.open(copydesk, cacheDir).cache();
    assertEquals(2, cache.previousSize(), "the unreadable file is checked again next time");

    Files.delete(content.resolve("b.txt"));
    run();
    assertEquals(1, CachingChecker.open(copydesk, cacheDir).cache().previousSize(), "b.txt is gone from the index");
  }

  private Report run() throws IOException {
    CachingChecker checker = CachingChecker.open(copydesk, cacheDir);
    Report report = checker.check(List.of(content), ProgressListener.NONE);
    checker.save();
    return report;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
  }
}
