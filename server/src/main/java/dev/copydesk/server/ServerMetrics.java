package dev.copydesk.server;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The server's Prometheus metrics (Micrometer): {@code copydesk_http_requests_seconds}, a latency
 * histogram by endpoint and status (its {@code _count} counts requests), and gauges of the
 * requests waiting for a worker ({@code copydesk_queue_depth}), being checked
 * ({@code copydesk_workers_busy}) and in flight ({@code copydesk_http_in_flight}).
 */
final class ServerMetrics {
  private static final Set<String> ENDPOINTS = Set.of("/v2/check", "/v2/languages", "/api/v1/check", "/health", "/metrics");
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  ServerMetrics(CheckQueue queue, GracefulHandler inFlight) {
    Gauge.builder("copydesk.queue.depth", queue, CheckQueue::queueDepth)
        .description("requests waiting for a worker").register(registry);
    Gauge.builder("copydesk.workers.busy", queue, CheckQueue::active)
        .description("workers checking an article").register(registry);
    Gauge.builder("copydesk.http.in.flight", inFlight, GracefulHandler::getCurrentRequestCount)
        .description("requests being answered").register(registry);
  }

  /** Records one answered request (Javalin's request logger). */
  void record(Context ctx, Float millis) {
    String endpoint = ENDPOINTS.contains(ctx.path()) ? ctx.path() : "other";
    Timer.builder("copydesk.http.requests")
        .description("HTTP requests answered, by endpoint and status")
        .tag("endpoint", endpoint)
        .tag("method", ctx.method().name())
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
  }

  /** The metrics in Prometheus' text format. */
  String scrape() {
    return registry.scrape();
  }
}
