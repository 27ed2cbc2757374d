package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code copydesk serve}: refuses to open itself to other machines without an API key, and as its
 * own process answers {@code /v2/check} and, on SIGTERM, finishes the request in flight before it
 * exits.
 */
class ServeCommandTest {

  @Test
  void anotherAddressThanLoopbackNeedsAnApiKey() {
    CommandRun run = CommandRun.of("serve", "--host", "0.0.0.0", "--port", "0");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--api-key"), run.err());
  }

  @Test
  void aBadConfigurationIsOneLineAndExitTwo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path config = dir.resolve("copydesk.yml");
    Files.writeString(config, "rules:\n  speling: off\n");
    CommandRun run = CommandRun.of("serve", "--port", "0", "--config", config.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("rules.speling: no such rule"), run.err());
  }

  @Test
  void servesTheSeedAndFinishesTheRequestInFlightOnSigterm(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path log = dir.resolve("serve.log");
    Process process = new ProcessBuilder(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC",
            "-cp", System.getProperty("java.class.path"),
            CopydeskCommand.class.getName(), "serve", "--port", "0", "--workers", "1"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      String started = awaitLine(log, "copydesk: ready", process);
      Matcher serving = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)").matcher(started);
      assertTrue(serving.find(), started);
      int port = Integer.parseInt(serving.group(1));
      String seed = Files.readString(Path.of(System.getProperty("copydesk.seed")), StandardCharsets.UTF_8);
      String form = "language=en-US&text=" + URLEncoder.encode(seed.repeat(4), StandardCharsets.UTF_8);
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/check"))
          .timeout(Duration.ofMinutes(2))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build();
      HttpClient client = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
      HttpRequest metrics = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!client.send(metrics, HttpResponse.BodyHandlers.ofString()).body().contains("copydesk_workers_busy 1.0")
          && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      process.destroy();
      HttpResponse<String> response = inFlight.get(2, TimeUnit.MINUTES);
      assertEquals(200, response.statusCode(), response.body());
      assertTrue(response.body().contains("\"merged-word\""), response.body());
      assertTrue(process.waitFor(2, TimeUnit.MINUTES), "copydesk serve did not stop");
      String all = Files.readString(log, StandardCharsets.UTF_8);
      assertTrue(all.contains("stopping; finishing the requests in flight"), all);
      assertEquals(143, process.exitValue(), "the exit code of a process ended by SIGTERM");
    } finally {
      process.destroyForcibly();
    }
  }

  /** Waits (up to 3 minutes) until {@code log} has a line with {@code words}; returns the log so far. */
  private static String awaitLine(Path log, String words, Process process) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (text.contains(words)) {
        return text;
      }
      if (!process.isAlive()) {
        throw new AssertionError("copydesk serve ended: " + text);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no '" + words + "' in the log");
  }
}
