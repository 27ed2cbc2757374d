package dev.copydesk.server;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Counts the requests being answered, so that a shutdown can refuse new ones (503) and wait for
 * those in flight to finish before the HTTP server stops.
 */
final class InFlight {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private int count;
  private boolean draining;

  /**
   * Counts a request in.
   *
   * @throws ApiException 503 once the server is shutting down
   */
  void enter() {
    lock.lock();
    try {
      if (draining) {
        throw ApiException.unavailable("the server is shutting down", 5);
      }
      count++;
    } finally {
      lock.unlock();
    }
  }

  /** Counts a request out. */
  void leave() {
    lock.lock();
    try {
      count--;
      if (count == 0) {
        idle.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Refuses new requests and waits up to {@code grace} for those in flight; whether all finished. */
  boolean drain(Duration grace) {
    lock.lock();
    try {
      draining = true;
      long nanos = grace.toNanos();
      while (count > 0 && nanos > 0) {
        nanos = idle.awaitNanos(nanos);
      }
      return count == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** How many requests are being answered. */
  int count() {
    lock.lock();
    try {
      return count;
    } finally {
      lock.unlock();
    }
  }
}
