package com.tam.protos.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.order.v1.BetSettlement;
import com.tam.protos.order.v1.CommissionCharge;
import com.tam.protos.order.v1.CommissionChargedEvent;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillCreatedEvent;
import com.tam.protos.order.v1.FillVoidedEvent;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.reporting.v1.ReportData;
import com.tam.protos.testkit.support.RecordingEventBus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Report figures from events: the ordering rule, deduplication and the exchange maths. */
class ReportingFiguresTest {
  private static final Instant DAY = ReportingFixture.DAY;
  private final ReportingFixture f = new ReportingFixture();
  private final RecordingEventBus bus = f.bus;

  @AfterEach
  void stop() {
    f.close();
  }

  private static EventMetadata meta(String aggregateId, long version) {
    return ReportingFixture.meta(aggregateId, version, DAY.plusSeconds(3600));
  }

  private static Fill fill(String id) {
    return Fill.newBuilder()
        .setFillId(id)
        .setMarketId("m1")
        .setStake("10.00")
        .setPrice("3.00")
        .setCurrency("EUR")
        .build();
  }

  private ReportData day() {
    return f.figures("EUR");
  }

  @Test
  void aFactAfterAGapIsHeldUntilTheGapIsFilled() {
    bus.publish(
        FillVoidedEvent.newBuilder().setMetadata(meta("f1", 2)).setFill(fill("f1")).build());

    assertThat(day().getTotals().getMatchedVolumeAmount()).isEqualTo("0.00");

    bus.publish(
        FillCreatedEvent.newBuilder().setMetadata(meta("f1", 1)).setFill(fill("f1")).build());

    assertThat(day().getTotals().getMatchedVolumeAmount()).isEqualTo("0.00");
    assertThat(day().getTotals().getFillCount()).isEqualTo(1);
  }

  @Test
  void aRedeliveredFactCountsOnceAndEachFillOnce() {
    FillCreatedEvent created =
        FillCreatedEvent.newBuilder().setMetadata(meta("f2", 1)).setFill(fill("f2")).build();
    bus.publish(created);
    bus.publish(created);

    assertThat(day().getTotals().getMatchedVolumeAmount()).isEqualTo("10.00");
  }

  @Test
  void theWorkedExampleOfTheContract() {
    // A backs 10.00 @ 3.00, B lays it; the selection wins; commission 5 %.
    bus.publish(
        FillCreatedEvent.newBuilder().setMetadata(meta("f3", 1)).setFill(fill("f3")).build());
    bus.publish(
        settled(
            "a",
            BetSide.BET_SIDE_BACK,
            "10.00",
            "30.00",
            SelectionResultType.SELECTION_RESULT_TYPE_WIN));
    bus.publish(
        settled(
            "b",
            BetSide.BET_SIDE_LAY,
            "20.00",
            "0.00",
            SelectionResultType.SELECTION_RESULT_TYPE_WIN));
    bus.publish(
        CommissionChargedEvent.newBuilder()
            .setMetadata(meta("m1:a", 1))
            .setCharge(
                CommissionCharge.newBuilder()
                    .setMarketId("m1")
                    .setUserId("a")
                    .setCurrency("EUR")
                    .setBookedAmount("1.00"))
            .build());

    var t = day().getTotals();
    assertThat(t.getMatchedVolumeAmount()).isEqualTo("10.00");
    assertThat(t.getSettledVolumeAmount()).isEqualTo("10.00");
    assertThat(t.getCommissionRevenue()).isEqualTo("1.00");
    assertThat(t.getRoundingRetainedAmount()).isEqualTo("0.00");
    assertThat(t.getGgr()).isEqualTo("1.00");
    assertThat(t.getMarginBps()).isEqualTo(1000);
    assertThat(t.getWonBetCount()).isEqualTo(1);
    assertThat(t.getLostBetCount()).isEqualTo(1);
    assertThat(t.getPayouts()).isEqualTo("30.00");
  }

  private static BetSettledEvent settled(
      String user, BetSide side, String liability, String payout, SelectionResultType result) {
    String betId = "bet-" + user;
    BetSettlement s =
        BetSettlement.newBuilder()
            .setBetId(betId)
            .setUserId(user)
            .setMarketId("m1")
            .setSide(side)
            .setResult(result)
            .setStakeMatched("10.00")
            .setLiability(liability)
            .setPayout(payout)
            .setCurrency("EUR")
            .setSettlementVersion(1)
            .build();
    return BetSettledEvent.newBuilder()
        .setMetadata(meta(betId, 1))
        .setSettlement(s)
        .setBet(
            Bet.newBuilder()
                .setBetId(betId)
                .setUserId(user)
                .setMarketId("m1")
                .setCurrency("EUR")
                .setSport("football"))
        .build();
  }
}
