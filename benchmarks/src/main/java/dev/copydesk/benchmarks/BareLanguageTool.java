package dev.copydesk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;

/**
 * The reference Copydesk is measured against: bare LanguageTool (en-US, default rules, one JVM,
 * one instance) over every {@code .md}, {@code .txt} and {@code .html} file below the given paths,
 * as its own command line would check them. Prints the matches and matches per 1,000 words.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.copydesk.benchmarks.BareLanguageTool corpus/wikinews</pre>
 */
public final class BareLanguageTool {
  private BareLanguageTool() {}

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      try (Stream<Path> walk = Files.walk(Path.of(arg))) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(md|markdown|txt|html|htm)$"))
            .sorted()
            .forEach(files::add);
      }
    }
    JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
    long matches = 0;
    long words = 0;
    for (Path file : files) {
      String text = Files.readString(file);
      matches += languageTool.check(text).size();
      words += text.split("\\s+").length;
    }
    System.out.printf(Locale.ROOT, "%d files, %d words, %d matches, %.1f per 1,000 words%n",
        files.size(), words, matches, matches * 1000.0 / Math.max(1, words));
  }
}
