package com.tam.protos.testkit.orderbook;

import com.tam.protos.testkit.tck.ConformanceTarget;
import com.tam.protos.testkit.tck.OrderBookServiceTck;
import com.tam.protos.testkit.tck.TckTarget;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reference order-book against its conformance suite, the way a service team runs the suite
 * against its own implementation: a subclass of {@link OrderBookServiceTck} that returns its target
 * from {@link #target()}. Every case of the suite is a test of this class, reported on its own.
 */
class ReferenceOrderBookConformanceTest extends OrderBookServiceTck {
  @RegisterExtension
  static final ConformanceTarget<OrderBookPlatform> REFERENCE =
      new ConformanceTarget<>(() -> new OrderBookPlatform(Set.of()), f -> f.target());

  @Override
  protected TckTarget target() {
    return REFERENCE.target();
  }
}
