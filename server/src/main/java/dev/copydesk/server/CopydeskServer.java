package dev.copydesk.server;

import dev.copydesk.core.config.ConfigException;
import dev.copydesk.core.config.Configuration;
import dev.copydesk.core.rule.RuleInfo;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Copydesk as an HTTP service, on Javalin (Jetty 12): LanguageTool's {@code /v2/check} and
 * {@code /v2/languages} for editors' tools, {@code /api/v1/check} for a CMS's pre-publish hook,
 * {@code /health} and {@code /metrics}. One engine, made at start and warmed on every worker;
 * requests are checked by a fixed pool of workers behind a bounded queue.
 *
 * <pre>{@code
 * try (CopydeskServer server = CopydeskServer.start(configuration, ServerOptions.defaults())) {
 *   server.awaitWarm();
 *   server.awaitStop();   // until close(), e.g. from a shutdown hook on SIGTERM
 * }
 * }</pre>
 */
public final class CopydeskServer implements AutoCloseable {
  /** How long a shutdown waits for requests in flight. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final ServerOptions options;
  private final Engines engines;
  private final CheckQueue queue;
  private final GracefulHandler graceful = new GracefulHandler();
  private final ServerMetrics metrics;
  private final CompletableFuture<Void> warm = new CompletableFuture<>();
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private final AtomicReference<Javalin> app = new AtomicReference<>();

  private CopydeskServer(Engines engines, ServerOptions options) {
    this.options = options;
    this.engines = engines;
    this.queue = new CheckQueue(options.workers(), options.queueCapacity(), options.requestTimeout());
    this.metrics = new ServerMetrics(queue, graceful);
  }

  /**
   * Starts a server checking under {@code configuration}: it listens at once and warms its
   * workers in the background ({@code /health} says when it is ready).
   *
   * @throws ConfigException when the configuration sets a rule no rule on the class path has
   */
  public static CopydeskServer start(Configuration configuration, ServerOptions options) throws ConfigException {
    Engines engines = new Engines(configuration);
    try {
      configuration.checkRuleIds(engines.rules().stream().map(RuleInfo::id).toList());
    } catch (ConfigException e) {
      engines.close();
      throw e;
    }
    CopydeskServer server = new CopydeskServer(engines, options);
    server.listen();
    Thread warming = new Thread(server::warmUp, "copydesk-server-warm-up");
    warming.setDaemon(true);
    warming.start();
    return server;
  }

  private void listen() {
    LanguageToolApi languageTool = new LanguageToolApi(engines, queue);
    CmsApi cms = new CmsApi(engines, queue);
    ApiKeyCheck apiKey = new ApiKeyCheck(options.apiKey());
    Javalin javalin = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      // Javalin puts its handlers inside this one: on stop, Jetty answers new requests 503 and
      // waits (up to the stop timeout) for those in flight to be answered completely.
      config.jetty.modifyServer(server -> {
        server.setHandler(graceful);
        server.setStopTimeout(GRACE.toMillis());
      });
      config.http.maxRequestSize = options.maxBodyBytes();
      config.http.prefer405over404 = true;
      if (!options.corsOrigins().isEmpty()) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
          options.corsOrigins().forEach(rule::allowHost);
          rule.maxAge = 3600;
        }));
      }
      config.requestLogger.http(metrics::record);
      config.routes.before(apiKey::check);
      config.routes.post("/v2/check", languageTool::check);
      config.routes.get("/v2/languages", languageTool::languages);
      config.routes.post("/api/v1/check", cms::check);
      config.routes.get("/health", this::health);
      config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
          .result(metrics.scrape().getBytes(StandardCharsets.UTF_8)));
      config.routes.exception(ApiException.class, (e, ctx) -> ErrorAnswer.write(ctx, e));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> ErrorAnswer.write(ctx, e.getStatus(), message(e), 0));
      config.routes.exception(Exception.class, (e, ctx) -> {
        if (causedByIo(e)) {
          ErrorAnswer.write(ctx, 400, "the request body could not be read (the client sent less than it said, or went away)", 0);
        } else {
          ErrorAnswer.write(ctx, 500, "internal error: " + e, 0);
        }
      });
      config.routes.error(404, ctx -> notFound(ctx));
      config.routes.error(405, ctx -> ErrorAnswer.write(ctx, 405, ctx.method() + " is not allowed on " + ctx.path(), 0));
    });
    javalin.start();
    app.set(javalin);
  }

  private static boolean causedByIo(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException || t instanceof UncheckedIOException) {
        return true;
      }
    }
    return false;
  }

  private static String message(HttpResponseException e) {
    return switch (e.getStatus()) {
      case 413 -> "the request body is larger than the server's limit";
      default -> e.getMessage();
    };
  }

  private static void notFound(Context ctx) {
    if (ctx.result() == null || !"application/json".equals(ctx.contentType())) {
      ErrorAnswer.write(ctx, 404, "no such endpoint: " + ctx.path()
          + " (POST /v2/check, GET /v2/languages, POST /api/v1/check, GET /health, GET /metrics)", 0);
    }
  }

  private void health(Context ctx) {
    boolean ready = warm.isDone() && !warm.isCompletedExceptionally();
    ctx.status(ready ? 200 : 503).contentType("application/json").result(String.format(
        "{\"status\":\"%s\",\"workers\":%d,\"queueDepth\":%d}",
        ready ? "ready" : warm.isCompletedExceptionally() ? "failed" : "warming", options.workers(), queue.queueDepth()));
  }

  /** Checks every rule's example on every worker, so each has made its LanguageTool. */
  private void warmUp() {
    try {
      String examples = String.join("\n\n", engines.rules().stream().map(RuleInfo::exampleWrong).toList());
      byte[] content = examples.getBytes(StandardCharsets.UTF_8);
      queue.onEveryWorker(() -> engines.main().check("warm-up.txt", "txt", content));
      warm.complete(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      warm.completeExceptionally(e);
    } catch (RuntimeException e) {
      warm.completeExceptionally(e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.get().port();
  }

  /** The options it runs with. */
  public ServerOptions options() {
    return options;
  }

  /** Waits until every worker is warm ({@code /health} answers 200). */
  public void awaitWarm() throws InterruptedException {
    try {
      warm.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("warming up failed: " + e.getCause(), e.getCause());
    }
  }

  /** Waits until {@link #close()} has stopped the server. */
  public void awaitStop() throws InterruptedException {
    try {
      stopped.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Stops gracefully: the server stops listening, new requests on open connections get 503,
   * requests in flight are answered (up to 30 s); then the workers and the engines stop.
   */
  @Override
  public void close() {
    Javalin javalin = app.getAndSet(null);
    if (javalin == null) {
      return;
    }
    javalin.stop();
    queue.close(GRACE);
    engines.close();
    stopped.complete(null);
  }
}
