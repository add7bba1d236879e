package com.tam.protos.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Timer} driven by the test: tasks run when {@link #advance} moves the clock past them.
 */
final class FakeTimer implements Timer {

  private final SessionInterceptorTest.MutableClock clock;
  private final List<Task> tasks = new ArrayList<>();

  private static final class Task {
    final Instant due;
    final Runnable run;
    boolean cancelled;

    Task(Instant due, Runnable run) {
      this.due = due;
      this.run = run;
    }
  }

  FakeTimer(SessionInterceptorTest.MutableClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Runnable schedule(Runnable task, Duration delay) {
    Instant due;
    try {
      due = clock.instant().plus(delay);
    } catch (ArithmeticException | java.time.DateTimeException tooFar) {
      due = Instant.MAX;
    }
    Task t = new Task(due, task);
    tasks.add(t);
    return () -> {
      synchronized (this) {
        t.cancelled = true;
      }
    };
  }

  /** Tasks scheduled and neither run nor cancelled. */
  synchronized int pending() {
    return (int) tasks.stream().filter(t -> !t.cancelled).count();
  }

  /** Moves the clock on and runs, in time order, every task that has come due. */
  void advance(Duration d) {
    clock.advance(d);
    while (true) {
      Task next;
      synchronized (this) {
        next =
            tasks.stream()
                .filter(t -> !t.cancelled && !t.due.isAfter(clock.instant()))
                .min(Comparator.comparing(t -> t.due))
                .orElse(null);
        if (next == null) {
          return;
        }
        tasks.remove(next);
      }
      next.run.run();
    }
  }
}
