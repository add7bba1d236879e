package com.tam.protos.testkit.tck;

import java.time.Duration;

/**
 * The clock of an implementation under test, for suites that check time-dependent rules (TTL
 * expiry, rate-limit windows). Optional: a target without one ({@link TckTarget#clock()} empty)
 * skips those tests, and the report says so.
 */
public interface TckClock {
  /**
   * Moves the implementation's clock forward.
   *
   * @param step how far; not negative
   */
  void advance(Duration step);
}
