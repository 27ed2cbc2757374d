package dev.copydesk.server;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.Configuration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Servers for the tests, on free loopback ports. The shared one (default configuration, two
 * workers) is started once per test JVM and warmed, since every worker makes its own LanguageTool.
 */
final class TestServers {
  private static CopydeskServer shared;

  private TestServers() {}

  /** The shared, warm server. */
  static synchronized CopydeskServer shared() {
    if (shared == null) {
      shared = start(new ServerOptions(ServerOptions.LOOPBACK, 0, 2, 64, 2L * 1024 * 1024, Duration.ofSeconds(60), null, List.of()));
      try {
        shared.awaitWarm();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return shared;
  }

  /** A new server with {@code options} (port 0 picks a free one) and the default configuration. */
  static CopydeskServer start(ServerOptions options) {
    try {
      return CopydeskServer.start(Configuration.defaults(), options);
    } catch (ConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One-worker options for servers that test a limit. */
  static ServerOptions small() {
    return new ServerOptions(ServerOptions.LOOPBACK, 0, 1, 2, 64 * 1024, Duration.ofSeconds(60), null, List.of());
  }

  /** The seed article's path (system property {@code copydesk.seed}, set by the root pom). */
  static Path seedPath() {
    return Path.of(System.getProperty("copydesk.seed", "../samples/asianews-2021-07-27.txt"));
  }

  /** The seed article's text. */
  static String seed() {
    try {
      return Files.readString(seedPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
