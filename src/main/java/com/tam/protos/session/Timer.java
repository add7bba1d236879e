package com.tam.protos.session;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Schedules the re-validation and expiry of streaming calls; replaced by a fake in tests. */
interface Timer {

  /**
   * Runs {@code task} once after {@code delay}.
   *
   * @return an action that cancels the task if it has not run yet
   */
  Runnable schedule(Runnable task, Duration delay);

  /** A timer on a scheduled executor. */
  static Timer on(ScheduledExecutorService executor) {
    return (task, delay) -> {
      long nanos;
      try {
        nanos = Math.max(0, delay.toNanos());
      } catch (ArithmeticException tooFar) {
        nanos = Long.MAX_VALUE;
      }
      var future = executor.schedule(task, nanos, TimeUnit.NANOSECONDS);
      return () -> future.cancel(false);
    };
  }

  /** The timer every interceptor uses unless told otherwise: one daemon thread per JVM. */
  static Timer shared() {
    return Shared.TIMER;
  }

  /** Lazily created holder of the shared timer thread. */
  final class Shared {
    private static final Timer TIMER;

    static {
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(
              1,
              runnable -> {
                Thread thread = new Thread(runnable, "tam-session-timer");
                thread.setDaemon(true);
                return thread;
              });
      executor.setRemoveOnCancelPolicy(true);
      TIMER = on(executor);
    }

    private Shared() {}
  }
}
