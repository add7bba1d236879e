package com.tam.protos.testkit.orderbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.testkit.orderbook.ReferenceOrderBookService.Defect;
import com.tam.protos.testkit.tck.OrderBookServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.testkit.tck.TckReport;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each deliberately broken order-book fails the conformance suite with a message naming the rule it
 * breaks.
 */
class BrokenOrderBookVariantsTest {
  @ParameterizedTest(name = "{0} fails [{1}]")
  @CsvSource({
    "VOID_FILLS_ON_CANCEL, order-book.fill.final",
    "BET_EVENT_SEQUENCE_GAP, order-book.events.bet-sequence",
    "SETTLE_TWICE, order-book.settle.paid-once",
    "MATCH_THROUGH_LIMIT, order-book.match.limit-price",
    "NO_REFUND_ON_CANCEL, order-book.cancel.refund",
    "CANCEL_ANY_USERS_BET, order-book.access.own-bets",
    "CANCEL_WITHOUT_REPLAY, order-book.idempotency.cancel-replay",
    "RESETTLE_WITHOUT_ADJUSTMENT, order-book.resettle.wallet",
    "LAPSE_PERSIST_IN_PLAY, order-book.lapse.in-play",
    "VOID_PENDING_BETS, order-book.void.pending",
  })
  void aBrokenVariantFailsTheSuiteNamingTheRule(Defect defect, String rule) {
    try (OrderBookPlatform platform = new OrderBookPlatform(Set.of(defect))) {
      TckReport report = Tck.run(platform.target(), OrderBookServiceTck.class);
      assertThat(report.passed()).as("the suite must fail for %s", defect).isFalse();
      assertThat(report.failures())
          .as("a failure must name [%s]; got:%n%s", rule, report.summary())
          .anySatisfy(f -> assertThat(f.failure()).contains("[" + rule + "]"));
    }
  }
}
