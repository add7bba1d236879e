package com.tam.protos.testkit.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests move by hand, so that TTLs, expiry and rate-limit windows are testable
 * without sleeping. Thread-safe; every reference service of one platform shares one.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock that starts at {@code start}, in UTC.
   *
   * @param start the first instant
   * @return the clock
   */
  public static MutableClock startingAt(Instant start) {
    return new MutableClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param step how far; must not be negative
   * @return the new instant
   */
  public Instant advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward: " + step);
    }
    return now.updateAndGet(t -> t.plus(step));
  }

  /**
   * Sets the clock to {@code instant}, which must not be before the current instant.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.updateAndGet(
        t -> {
          if (instant.isBefore(t)) {
            throw new IllegalArgumentException("a clock only moves forward: " + instant);
          }
          return instant;
        });
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }
}
