package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real editor as the client: Neovim, headless, opens a copy of the seed article with {@code
 * copydesk lsp} as its language server (its built-in client, configured by {@code
 * neovim-lsp.lua}), and the test checks what arrived at which range, then that the quick fix
 * Neovim applied on "toto" and wrote is in the file and nothing else changed. Skipped, saying
 * so, when {@code nvim} is not installed ({@code .ci/run} installs it).
 */
class NeovimLspTest {
  @TempDir
  Path workspace;

  @Test
  void neovimShowsTheSeedsFindingsAndAppliesTheQuickFix() throws Exception {
    String nvim = onPath("nvim");
    Assumptions.assumeTrue(nvim != null, "nvim is not installed (apt-get install neovim; .ci/run does): the Neovim test is skipped");
    Path seedFile = Path.of(System.getProperty("copydesk.seed"));
    byte[] seed = Files.readAllBytes(seedFile);
    Path article = workspace.resolve(seedFile.getFileName().toString());
    Files.write(article, seed);
    Path script = workspace.resolve("neovim-lsp.lua");
    try (InputStream in = NeovimLspTest.class.getResourceAsStream("neovim-lsp.lua")) {
      Files.copy(in, script);
    }
    Path out = workspace.resolve("nvim-out.txt");
    List<String> server = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), CopydeskCommand.class.getName(), "lsp");
    ProcessBuilder builder = new ProcessBuilder(nvim, "--headless", "-n", "-i", "NONE", "-u", "NONE",
        article.toString(), "-c", "luafile " + script)
        .directory(workspace.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workspace.resolve("nvim-log.txt").toFile());
    Map<String, String> env = builder.environment();
    env.put("COPYDESK_NVIM_OUT", out.toString());
    env.put("COPYDESK_LSP_CMD", new ObjectMapper().writeValueAsString(server));
    env.put("XDG_STATE_HOME", workspace.resolve("state").toString());
    env.put("XDG_DATA_HOME", workspace.resolve("data").toString());
    Process process = builder.start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("nvim did not finish in 5 minutes: " + read(out));
    }
    String log = read(out);
    assertTrue(log.contains("WRITTEN"), log + "\nnvim: " + read(workspace.resolve("nvim-log.txt")));

    String text = new String(seed, StandardCharsets.UTF_8);
    JsonNode published = new ObjectMapper().readTree(line(log, "DIAGNOSTICS "));
    Map<String, String> ranges = new HashMap<>();
    for (JsonNode d : published.get("diagnostics")) {
      JsonNode r = d.get("range");
      String word = text.lines().toList().get(r.at("/start/line").asInt())
          .substring(r.at("/start/character").asInt(), r.at("/end/character").asInt());
      ranges.put(word, d.get("code").asText() + " " + r.at("/start/line").asInt() + ":" + r.at("/start/character").asInt()
          + "-" + r.at("/end/line").asInt() + ":" + r.at("/end/character").asInt());
    }
    assertEquals("merged-word 14:276-14:280", ranges.get("toto"), ranges.toString());
    assertEquals("name-variant 22:286-22:292", ranges.get("Kachin"), ranges.toString());
    assertEquals("term-variant 14:264-14:266", ranges.get("US"), ranges.toString());
    assertEquals("term-variant 14:333-14:337", ranges.get("ISIS"), ranges.toString());
    assertEquals("unattributed-quote 5:255-5:278", ranges.get("\"strategic partnership\""), ranges.toString());
    assertEquals("date-format 28:0-28:10", ranges.get("24/01/2017"), ranges.toString());
    assertEquals(String.valueOf(published.get("diagnostics").size()), line(log, "SHOWN "), "Neovim shows every diagnostic");
    assertEquals("Replace with 'to' (merged-word)", line(log, "ACTION "));

    String written = Files.readString(article, StandardCharsets.UTF_8);
    assertTrue(written.contains("intends\u00a0\"to continue"), written);
    assertEquals(text.replace("\"toto continue", "\"to continue"), written, "the fix, and nothing else, changed");
  }

  private static String line(String log, String prefix) {
    return log.lines().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()))
        .orElseThrow(() -> new AssertionError("no " + prefix + "in " + log));
  }

  private static String read(Path file) throws java.io.IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(nothing)";
  }

  private static String onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
