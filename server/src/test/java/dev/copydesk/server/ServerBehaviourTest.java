package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server's behaviour at its edges, on a one-worker server with a queue of two, a 64 KB body
 * limit, an API key and one CORS origin: authentication, CORS, the body limit, 503 with
 * Retry-After when the queue is full, health and metrics, the time limit, and a graceful shutdown
 * that finishes the requests in flight.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerBehaviourTest {
  private static final String KEY = "test-key-20210727";
  private static final String ORIGIN = "https://cms.example.org";
  private static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + KEY);
  private static CopydeskServer server;

  @BeforeAll
  static void start() throws InterruptedException {
    server = TestServers.start(new ServerOptions(ServerOptions.LOOPBACK, 0, 1, 2, 64 * 1024, Duration.ofSeconds(60), KEY, List.of(ORIGIN)));
    server.awaitWarm();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @Order(1)
  void requestsWithoutTheKeyAreRefusedButHealthIsOpen() {
    Http.Answer none = Http.postForm(server.port(), "/v2/check", Map.of("language", "en-US", "text", "Hello."));
    assertEquals(401, none.status());
    assertEquals("Bearer realm=\"copydesk\"", none.header("WWW-Authenticate"));
    assertTrue(none.json().get("error").get("message").asText().contains("Bearer"));
    Http.Answer wrong = Http.post(server.port(), "/v2/languages", ContentTypes.FORM, new byte[0], Map.of("Authorization", "Bearer nope"));
    assertEquals(401, wrong.status());
    assertEquals(200, Http.get(server.port(), "/health", Map.of()).status());
    assertEquals(200, post(Map.of("language", "en-US", "text", "He intends toto go.")).status());
  }

  @Test
  @Order(2)
  void corsAnswersOnlyTheNamedOrigin() {
    Http.Answer named = Http.post(server.port(), "/v2/check", ContentTypes.FORM, form("He intends toto go."),
        Map.of("Authorization", "Bearer " + KEY, "Origin", ORIGIN));
    assertEquals(ORIGIN, named.header("Access-Control-Allow-Origin"));
    Http.Answer other = Http.post(server.port(), "/v2/check", ContentTypes.FORM, form("He intends toto go."),
        Map.of("Authorization", "Bearer " + KEY, "Origin", "https://elsewhere.example.com"));
    assertNull(other.header("Access-Control-Allow-Origin"));
    HttpRequest preflight = HttpRequest.newBuilder(Http.uri(server.port(), "/v2/check"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type").build();
    Http.Answer answer = Http.send(preflight);
    assertEquals(ORIGIN, answer.header("Access-Control-Allow-Origin"));
  }

  @Test
  @Order(3)
  void aBodyOverTheLimitIs413() {
    Http.Answer big = Http.post(server.port(), "/api/v1/check", "text/plain", new byte[65 * 1024], AUTH);
    assertEquals(413, big.status());
    assertTrue(big.json().get("error").get("message").asText().contains("larger"));
  }

  @Test
  @Order(4)
  void aFullQueueGets503WithRetryAfterAndNothingElseFails() throws Exception {
    String article = TestServers.seed();
    ExecutorService clients = Executors.newFixedThreadPool(12);
    List<Future<Http.Answer>> answers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      answers.add(clients.submit(() -> post(Map.of("language", "en-US", "text", article))));
    }
    int ok = 0;
    int busy = 0;
    for (Future<Http.Answer> f : answers) {
      Http.Answer a = f.get(2, TimeUnit.MINUTES);
      if (a.status() == 503) {
        busy++;
        assertNotNull(a.header("Retry-After"));
        assertTrue(a.json().get("error").get("message").asText().contains("busy"));
      } else {
        assertEquals(200, a.status(), a.body());
        ok++;
      }
    }
    clients.shutdown();
    assertTrue(busy > 0, "12 requests at once on 1 worker with a queue of 2 should overflow");
    assertTrue(ok >= 3, "the worker and the queue's places should be served: " + ok);
  }

  @Test
  @Order(5)
  void metricsCountRequestsAndShowTheQueue() {
    post(Map.of("language", "en-US", "text", "He intends toto go."));
    String metrics = Http.get(server.port(), "/metrics", AUTH).body();
    assertTrue(metrics.contains("copydesk_http_requests_seconds_count{endpoint=\"/v2/check\",method=\"POST\",status=\"200\"}"), metrics);
    assertTrue(metrics.contains("copydesk_http_requests_seconds_bucket{"), metrics);
    assertTrue(metrics.contains("status=\"503\""), metrics);
    assertTrue(metrics.contains("copydesk_queue_depth "), metrics);
    assertTrue(metrics.contains("copydesk_workers_busy "), metrics);
  }

  @Test
  @Order(6)
  void shutdownFinishesTheRequestsInFlightAndThenStopsListening() throws Exception {
    String longArticle = (TestServers.seed() + "\n").repeat(6);
    CompletableFuture<Http.Answer> inFlight = CompletableFuture.supplyAsync(() -> post(Map.of("language", "en-US", "text", longArticle)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Http.get(server.port(), "/metrics", AUTH).body().contains("copydesk_workers_busy 1.0") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    int port = server.port();
    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    Http.Answer answer = inFlight.get(2, TimeUnit.MINUTES);
    assertEquals(200, answer.status(), answer.body());
    assertTrue(answer.body().contains("\"merged-word\""));
    closing.get(1, TimeUnit.MINUTES);
    assertThrows(UncheckedIOException.class, () -> Http.get(port, "/health", Map.of()));
  }

  @Test
  void aCheckOverTheTimeLimitIs503() throws Exception {
    try (CopydeskServer slow = TestServers.start(new ServerOptions(ServerOptions.LOOPBACK, 0, 1, 2, 8L * 1024 * 1024,
        Duration.ofMillis(200), null, List.of()))) {
      String huge = (TestServers.seed() + "\n").repeat(30);
      Http.Answer answer = Http.postForm(slow.port(), "/v2/check", Map.of("language", "en-US", "text", huge));
      assertEquals(503, answer.status(), answer.body());
      assertEquals("2", answer.header("Retry-After"));
      assertTrue(answer.json().get("error").get("message").asText().contains("limit"));
    }
  }

  @Test
  void otherAddressesThanLoopbackNeedAnApiKey() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ServerOptions("0.0.0.0", 8081, 1, 1, 1024, Duration.ofSeconds(1), null, List.of()));
    assertTrue(e.getMessage().contains("--api-key"));
    assertFalse(ServerOptions.isLoopback("0.0.0.0"));
    assertTrue(ServerOptions.isLoopback("localhost"));
    assertTrue(ServerOptions.isLoopback("::1"));
  }

  private static Http.Answer post(Map<String, String> params) {
    return Http.post(server.port(), "/v2/check", ContentTypes.FORM, Http.form(params).getBytes(StandardCharsets.UTF_8), AUTH);
  }

  private static byte[] form(String text) {
    return Http.form(Map.of("language", "en-US", "text", text)).getBytes(StandardCharsets.UTF_8);
  }
}
