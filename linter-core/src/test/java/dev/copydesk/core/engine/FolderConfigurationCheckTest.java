package dev.copydesk.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.core.analysis.AnalyzedArticle;
import dev.copydesk.core.cache.CachingChecker;
import dev.copydesk.core.config.ConfigLoader;
import dev.copydesk.core.config.FolderConfigurations;
import dev.copydesk.core.model.Finding;
import dev.copydesk.core.model.Severity;
import dev.copydesk.core.model.TextRegion;
import dev.copydesk.core.rule.Category;
import dev.copydesk.core.rule.Issue;
import dev.copydesk.core.rule.Rule;
import dev.copydesk.core.rule.RuleContext;
import dev.copydesk.core.rule.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine checking each file under its folder's configuration, with and without the result cache. */
class FolderConfigurationCheckTest {
  private static final String STORY = "The minister said he wants toto continue the talks with Zorblat.\n";

  @TempDir Path root;
  private final WordRule slip = new WordRule("slip", "toto");
  private final WordRule house = new WordRule("house-word", "Zorblat");

  /** Flags one word, unless the configuration's dictionary has it; counts the articles it ran on. */
  private static final class WordRule implements Rule {
    private final String id;
    private final Pattern word;
    final AtomicInteger checked = new AtomicInteger();

    WordRule(String id, String word) {
      this.id = id;
      this.word = Pattern.compile("\\b" + word + "\\b");
    }

    @Override
    public RuleInfo info() {
      return new RuleInfo(id, Category.TYPOS, Severity.ERROR, "flags a word", "toto", "to");
    }

    @Override
    public void check(AnalyzedArticle article, RuleContext context) {
      checked.incrementAndGet();
      Matcher m = word.matcher(article.text());
      while (m.find()) {
        if (!context.configuration().dictionary().contains(m.group())) {
          context.report(Issue.at(TextRegion.of(m.start(), m.end()), "found " + m.group()));
        }
      }
    }
  }

  @BeforeEach
  void writeSite() throws IOException {
    write("copydesk.yml", "rules:\n  slip: warning\n");
    write("content/news/story.txt", STORY);
    write("content/blog/copydesk.yml", "dictionary: [Zorblat]\nrules:\n  slip: off\n");
    write("content/blog/post.txt", STORY);
    write("content/blog/drafts/copydesk.yml", "rules:\n  slip: error\nignore:\n  paths: [\"wip-*\"]\n");
    write("content/blog/drafts/idea.txt", STORY);
    write("content/blog/drafts/wip-1.txt", STORY);
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Copydesk copydesk() throws Exception {
    FolderConfigurations folders = FolderConfigurations.of(root, ConfigLoader.discover(root), List.of("slip", "house-word"));
    return Copydesk.create(folders, List.of(slip, house), 2);
  }

  private static Map<String, List<String>> findings(Report report, Path root) {
    Map<String, List<String>> byFile = new TreeMap<>();
    for (FileResult file : report.files()) {
      String path = root.relativize(Path.of(file.path())).toString().replace('\\', '/');
      byFile.put(path, file.error() != null ? List.of("error")
          : file.findings().stream().map(f -> f.rule() + ":" + f.severity().id()).toList());
    }
    return byFile;
  }

  @Test
  void eachFileIsCheckedUnderItsFoldersConfiguration() throws Exception {
    try (Copydesk copydesk = copydesk()) {
      Report report = copydesk.check(List.of(root.resolve("content")), ProgressListener.NONE);

      assertEquals(Map.of(
          "content/news/story.txt", List.of("slip:warning", "house-word:error"),
          "content/blog/post.txt", List.of(),
          "content/blog/drafts/idea.txt", List.of("slip:error")), findings(report, root),
          "blog/: slip off and Zorblat in the dictionary; drafts/: slip back on as an error, wip-* ignored");
    }
  }

  @Test
  void aBrokenSubFolderFileFailsItsFilesOnlyNamingFileLineAndKey() throws Exception {
    write("content/blog/copydesk.yml", "dictionary: [Zorblat]\nrules:\n  slipp: off\n");
    try (Copydesk copydesk = copydesk()) {
      Report report = copydesk.check(List.of(root.resolve("content")), ProgressListener.NONE);

      Map<String, List<String>> byFile = findings(report, root);
      assertEquals(List.of("slip:warning", "house-word:error"), byFile.get("content/news/story.txt"), "the other files are still checked");
      FileResult post = report.files().stream().filter(f -> f.path().endsWith("post.txt")).findFirst().orElseThrow();
      assertTrue(post.error().contains(root.resolve("content/blog/copydesk.yml") + ":3: rules.slipp: no such rule (did you mean slip?)"),
          post.error());
      assertEquals(2, report.exitCode(ConfigLoader.discover(root).failOn()));
    }
  }

  @Test
  void theCacheKeysEachFileOnItsFoldersConfiguration() throws Exception {
    Path cache = root.resolve("target/cache");
    try (Copydesk copydesk = copydesk()) {
      CachingChecker first = CachingChecker.open(copydesk, cache);
      first.check(List.of(root.resolve("content")), ProgressListener.NONE);
      first.save();
      assertEquals(3, first.checked());
    }
    write("content/blog/drafts/copydesk.yml", "rules:\n  slip: info\nignore:\n  paths: [\"wip-*\"]\n");
    try (Copydesk copydesk = copydesk()) {
      CachingChecker second = CachingChecker.open(copydesk, cache);
      Report report = second.check(List.of(root.resolve("content")), ProgressListener.NONE);

      assertEquals(1, second.checked(), "only the file below the edited configuration is checked again");
      assertEquals(2, second.hits());
      assertEquals(List.of("slip:info"), findings(report, root).get("content/blog/drafts/idea.txt"));
    }
  }

  @Test
  void aFileMovedToAnotherConfigurationIsCheckedAgain() throws Exception {
    write("content/news/story.txt", STORY + "It is the only copy of this story.\n");
    Path cache = root.resolve("target/cache");
    try (Copydesk copydesk = copydesk()) {
      CachingChecker first = CachingChecker.open(copydesk, cache);
      first.check(List.of(root.resolve("content")), ProgressListener.NONE);
      first.save();
    }
    Files.move(root.resolve("content/news/story.txt"), root.resolve("content/blog/moved.txt"));
    try (Copydesk copydesk = copydesk()) {
      CachingChecker second = CachingChecker.open(copydesk, cache);
      Report report = second.check(List.of(root.resolve("content")), ProgressListener.NONE);

      assertEquals(List.of(), findings(report, root).get("content/blog/moved.txt"), "the blog's settings apply, not the news result");
      assertEquals(1, second.checked());
    }
  }

  @Test
  void progressIsToldInPathOrderWhateverOrderWorkersFinishIn() throws Exception {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String name = String.format("content/many/%02d.txt", i);
      write(name, "Story number " + i + " says toto" + " once.\n".repeat(1 + (11 - i) * 40));
      names.add(root.resolve(name).toString());
    }
    List<String> told = Collections.synchronizedList(new ArrayList<>());
    List<Integer> counts = Collections.synchronizedList(new ArrayList<>());
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    try (Copydesk copydesk = copydesk()) {
      Report report = copydesk.check(List.of(root.resolve("content/many")), (done, total, path) -> {
        told.add(path);
        counts.add(done);
        threads.add(Thread.currentThread().getName());
      });

      assertEquals(names, told);
      assertEquals(names, report.files().stream().map(FileResult::path).toList());
      assertEquals(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList(), counts);
      assertEquals(Map.of(Thread.currentThread().getName(), 12L),
          threads.stream().collect(Collectors.groupingBy(t -> t, Collectors.counting())));
    }
  }

  @Test
  void aLibraryCallerAsksForTheConfigurationOfOneFile() throws Exception {
    try (Copydesk copydesk = copydesk()) {
      assertEquals(List.of("Zorblat"), copydesk.configurationFor(root.resolve("content/blog/drafts/idea.txt")).dictionary());
      assertEquals(Severity.WARNING, copydesk.configurationFor(root.resolve("content/news/story.txt")).rule("slip").severity());
      assertNull(copydesk.configurationFor(root.resolve("content/news/story.txt")).baseline());
      List<Finding> inMemory = copydesk.check(root.resolve("content/blog/post.txt"), "post.txt", STORY.getBytes()).findings();
      assertEquals(List.of(), inMemory);
    }
  }
}
