package com.tam.protos.testkit.orderbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.tck.OrderBookServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The order-book conformance suite passes against the reference order-book, with the reference
 * wallet on the same platform server.
 */
class OrderBookServiceTckTest {
  @Test
  void theReferenceOrderBookPassesTheSuite() {
    try (OrderBookPlatform platform = new OrderBookPlatform(Set.of())) {
      TckReport report = Tck.run(platform.target(), OrderBookServiceTck.class);
      assertThat(report.passed()).as(report.summary()).isTrue();
      assertThat(report.skipped()).as("nothing skipped: the target has a clock").isEmpty();
      assertThat(report.outcomes()).hasSizeGreaterThanOrEqualTo(30);
    }
  }
}
