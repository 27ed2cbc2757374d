package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A short load smoke for the build (the full load figures come from {@code benchmarks/server-load.sh}):
 * four clients send the seed 25 times each to the shared server; every answer is 200 with the
 * seed's findings, and the server is healthy after. It times nothing: the machine is shared.
 */
class LoadSmokeTest {
  private static final int CLIENTS = 4;
  private static final int REQUESTS_EACH = 25;

  @Test
  void fourClientsGetEveryAnswerRight() throws Exception {
    int port = TestServers.shared().port();
    String seed = TestServers.seed();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<Future<List<Integer>>> runs = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      runs.add(clients.submit(() -> {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < REQUESTS_EACH; i++) {
          Http.Answer a = Http.postForm(port, "/v2/check", Map.of("language", "en-US", "text", seed));
          statuses.add(a.status());
          assertTrue(a.body().contains("\"Kadhimi\""), a.body());
        }
        return statuses;
      }));
    }
    for (Future<List<Integer>> run : runs) {
      assertEquals(List.of(200), run.get(5, TimeUnit.MINUTES).stream().distinct().toList());
    }
    clients.shutdown();
    assertEquals(200, Http.get(port, "/health", Map.of()).status());
  }
}
