package dev.copydesk.spark;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.engine.Copydesk;
import dev.copydesk.core.engine.FileResult;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Copydesk engines of this JVM, one per configuration, made on first use and kept for the
 * life of the JVM: an executor pays LanguageTool's start-up once, not once per partition or per
 * article. The engine is thread-safe (one LanguageTool per task thread), so an executor's task
 * slots share it.
 *
 * <p>An engine is made, and warmed up on a short article, on a thread of its own rather than on
 * the task's: Spark interrupts the threads of tasks it cancels (a failed job, a speculative copy),
 * and an interrupt that lands inside one of LanguageTool's static initialisers leaves its class
 * unusable for the rest of the JVM. A cancelled task stops waiting; the engine is still finished
 * for the next.
 */
final class Engines {
  private static final String WARM_UP = "WASHINGTON, July 27, 2021 - The council met on Tuesday, July 27.\n\n"
      + "\"We will vote on the budget next week,\" Mayor Jane Smith told reporters.\n";
  private static final Map<ConfigurationText, CompletableFuture<Copydesk>> ENGINES = new ConcurrentHashMap<>();
  private static final AtomicInteger MADE = new AtomicInteger();

  private Engines() {}

  /** The engine for {@code configuration}, made now if this JVM has none for it yet. */
  static Copydesk forConfiguration(ConfigurationText configuration) {
    CompletableFuture<Copydesk> engine = ENGINES.computeIfAbsent(configuration, Engines::start);
    try {
      return engine.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the Copydesk engine was being made", e);
    } catch (ExecutionException e) {
      ENGINES.remove(configuration, engine);   // a later task tries again
      throw new IllegalStateException("the Copydesk engine could not be made: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** How many engines this JVM has made (for tests: never more than one per configuration). */
  static int made() {
    return MADE.get();
  }

  private static CompletableFuture<Copydesk> start(ConfigurationText configuration) {
    CompletableFuture<Copydesk> engine = new CompletableFuture<>();
    Thread maker = new Thread(() -> {
      try {
        engine.complete(make(configuration));
      } catch (RuntimeException | Error e) {
        engine.completeExceptionally(e);
      }
    }, "copydesk-engine");
    maker.setDaemon(true);
    maker.start();
    return engine;
  }

  private static Copydesk make(ConfigurationText configuration) {
    Copydesk copydesk;
    try {
      copydesk = Copydesk.create(configuration.parse());
    } catch (ConfigException e) {
      // The driver validated the text; this is a configuration that changed meaning between JVMs.
      throw new IllegalStateException("copydesk.yml could not be read on this executor: " + e.getMessage(), e);
    }
    FileResult warmUp = copydesk.check("warm-up.txt", WARM_UP.getBytes(StandardCharsets.UTF_8));
    if (warmUp.error() != null) {
      throw new IllegalStateException("the engine could not check its warm-up article: " + warmUp.error());
    }
    MADE.incrementAndGet();
    return copydesk;
  }
}
