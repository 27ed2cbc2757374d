package dev.copydesk.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's checking workers: a fixed number of threads (each keeps its own LanguageTool, as
 * the engine's pool hands out one per thread) behind a bounded queue. A request that finds the
 * queue full, or that waits and runs longer than the time limit, is refused with a 503 at once
 * rather than left to pile up.
 */
final class CheckQueue implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  private final Duration timeLimit;
  private final int workers;

  CheckQueue(int workers, int capacity, Duration timeLimit) {
    this.workers = workers;
    this.timeLimit = timeLimit;
    AtomicInteger number = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
        capacity == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(capacity),
        task -> {
          Thread t = new Thread(task, "copydesk-server-worker-" + number.incrementAndGet());
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.AbortPolicy());
    executor.prestartAllCoreThreads();
  }

  /**
   * Runs {@code task} on a worker and waits for it within the time limit.
   *
   * @throws ApiException 503 when the queue is full or the limit passes
   */
  <T> T run(Callable<T> task) {
    Future<T> future;
    try {
      future = executor.submit(task);
    } catch (RejectedExecutionException e) {
      throw ApiException.unavailable("the server is busy (" + workers + " workers, " + queueDepth()
          + " requests waiting); try again shortly", 1);
    }
    try {
      return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw ApiException.unavailable("the check took longer than the server's limit of "
          + timeLimit.toSeconds() + " s; try again when it is less busy, or send less text", 2);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw ApiException.unavailable("the server is shutting down", 5);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Runs {@code task} once on every worker thread, all at the same time (so that each thread makes
   * its LanguageTool), and returns when all are done.
   */
  void onEveryWorker(Runnable task) throws InterruptedException {
    CountDownLatch arrived = new CountDownLatch(workers);
    CountDownLatch done = new CountDownLatch(workers);
    for (int i = 0; i < workers; i++) {
      executor.execute(() -> {
        try {
          task.run();
        } finally {
          arrived.countDown();
          awaitQuietly(arrived);
          done.countDown();
        }
      });
    }
    done.await();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How many requests wait for a worker now. */
  int queueDepth() {
    return executor.getQueue().size();
  }

  /** How many requests are being checked now. */
  int active() {
    return executor.getActiveCount();
  }

  /** Finishes what was accepted (up to {@code grace}), then stops the workers. */
  void close(Duration grace) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
