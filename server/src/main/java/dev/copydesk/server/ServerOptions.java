package dev.copydesk.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * How {@code copydesk serve} listens and how much it takes on.
 *
 * @param host the address to bind ({@code 127.0.0.1} unless the user names another)
 * @param port the port, or 0 for any free one
 * @param workers how many articles are checked at once (one LanguageTool each)
 * @param queueCapacity how many requests may wait for a worker; past that the answer is 503
 * @param maxBodyBytes the largest request body; past that the answer is 413
 * @param requestTimeout how long one request may wait and be checked; past that the answer is 503
 * @param apiKey the Bearer token every request but {@code /health} must carry, or null for none
 * @param corsOrigins the origins (browser add-ons, web editors) allowed to call from a page; empty
 *     for none
 */
public record ServerOptions(
    String host,
    int port,
    int workers,
    int queueCapacity,
    long maxBodyBytes,
    Duration requestTimeout,
    String apiKey,
    List<String> corsOrigins) {

  /** The default address: this machine only. */
  public static final String LOOPBACK = "127.0.0.1";

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    if (queueCapacity < 0) {
      throw new IllegalArgumentException("the queue cannot be negative, got " + queueCapacity);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
    }
    if (apiKey != null && apiKey.isBlank()) {
      throw new IllegalArgumentException("the API key is empty");
    }
    corsOrigins = List.copyOf(corsOrigins);
    if (!isLoopback(host) && apiKey == null) {
      throw new IllegalArgumentException("listening on " + host
          + " lets other machines in: give --api-key (or COPYDESK_API_KEY), or bind 127.0.0.1");
    }
  }

  /**
   * The defaults: 127.0.0.1:8081, one worker per core, a queue of 4 requests per worker, 2 MB
   * bodies, 20 s per request, no API key, no CORS.
   */
  public static ServerOptions defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ServerOptions(LOOPBACK, 8081, cores, 4 * cores, 2L * 1024 * 1024, Duration.ofSeconds(20), null, List.of());
  }

  /** These options on another port. */
  public ServerOptions withPort(int newPort) {
    return new ServerOptions(host, newPort, workers, queueCapacity, maxBodyBytes, requestTimeout, apiKey, corsOrigins);
  }

  /** These options with {@code count} workers and a queue of 4 per worker. */
  public ServerOptions withWorkers(int count) {
    return new ServerOptions(host, port, count, 4 * count, maxBodyBytes, requestTimeout, apiKey, corsOrigins);
  }

  /** Whether {@code host} is an address of this machine only (127.0.0.0/8, ::1, localhost). */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
