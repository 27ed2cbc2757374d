package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.core.Version;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example, exactly as printed: the Java block of "Using the library" is
 * compiled against the library and run as its own program, in a folder with a {@code content/}
 * article and no {@code copydesk.yml}. It finds the seed's errors, writes its JSON report, exits 1
 * and prints nothing on standard error (no SLF4J warnings).
 */
class ReadmeLibrarySnippetTest {
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

  @Test
  void theReadmesLibrarySnippetCompilesAndRunsAsPrinted(@TempDir Path dir) throws Exception {
    String snippet = Readme.block("## Using the library", "java");
    Matcher name = CLASS_NAME.matcher(snippet);
    assertTrue(name.find(), "the snippet is a public class:\n" + snippet);
    Path source = Files.createDirectories(dir.resolve("src")).resolve(name.group(1) + ".java");
    Files.writeString(source, snippet);
    Path classes = Files.createDirectories(dir.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("--release", "17", "-Xlint:all", "-Xlint:-path", "-cp", System.getProperty("java.class.path"), "-d", classes.toString()),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile())).call();
    assertTrue(compiled, diagnostics.toString());
    assertEquals("", diagnostics.toString(), "no warnings either");

    Path work = Files.createDirectories(dir.resolve("newsroom"));
    Files.copy(Path.of(System.getProperty("copydesk.seed")), Files.createDirectories(work.resolve("content")).resolve("story.txt"));
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"), name.group(1)))
        .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the example did not end");
    }

    assertEquals("", Files.readString(err, StandardCharsets.UTF_8), "nothing on standard error");
    assertEquals(1, process.exitValue(), "errors at the default fail level");
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(printed.contains(Path.of("content", "story.txt") + ":15: error merged-word: 'toto' looks like 'to' typed twice"), printed);
    JsonNode json = new ObjectMapper().readTree(work.resolve("copydesk.json").toFile());
    assertEquals(Version.get(), json.at("/tool/version").asText());
    assertTrue(json.at("/summary/errors").asInt() >= 2, json.toString());
  }
}
