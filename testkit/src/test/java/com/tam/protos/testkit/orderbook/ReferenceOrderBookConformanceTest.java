package com.tam.protos.testkit.orderbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.OrderBookServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference order-book against its conformance suite, the way a service team runs the suite
 * against its own implementation: a subclass of {@link OrderBookServiceTck} that returns its target
 * from {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceOrderBookConformanceTest extends OrderBookServiceTck {
  private static OrderBookPlatform fixture;

  @BeforeAll
  static void start() {
    fixture = new OrderBookPlatform(Set.of());
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Override
  protected TckTarget target() {
    return fixture.target();
  }

  @Test
  void theTargetHasAMovableClockSoNoCaseIsSkipped() {
    assertThat(target().clock()).as("the clock-dependent cases skip without one").isPresent();
  }
}
