package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command as its own process, in another working directory: {@code copydesk.yml} there is
 * found without {@code --config}, and the process exits with the command's code.
 */
class ProcessTest {

  @Test
  void findsCopydeskYmlInTheWorkingDirectoryAndExitsTwoWhenItIsWrong(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("copydesk.yml"), "locale: en-US\nfailOn: sometimes\n");
    Files.writeString(dir.resolve("story.txt"), "The council met on Monday.\n");
    Path err = dir.resolve("err.txt");

    Process process = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"),
            CopydeskCommand.class.getName(), "check", "story.txt"))
        .directory(dir.toFile())
        .redirectError(err.toFile())
        .redirectOutput(new File(dir.toFile(), "out.txt"))
        .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("copydesk did not end");
    }

    assertEquals(2, process.exitValue());
    assertEquals("copydesk: copydesk.yml:2: failOn: expected error, warning, info or none, got 'sometimes'",
        Files.readString(err, StandardCharsets.UTF_8).strip());
  }
}
