package com.tam.protos.testkit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import com.tam.protos.testkit.orderbook.ReferenceOrderBookService;
import com.tam.protos.testkit.orderbook.SimulationOrderBookVariants;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The simulation catches deliberately broken platforms: each test breaks one service (a defect
 * switch of a reference service, or a lossy event outbox), runs a small simulation and asserts that
 * the named invariant fails, with the seed and the command that reproduces the run.
 */
class SimulationBrokenVariantsTest {

  private static final String[] NO_WALLET_DEFECT = new String[0];

  private static SimulationResult run(
      long seed, int orders, FaultProfile faults, LocalPlatform.Variant v) {
    SimulationResult r =
        Simulation.run(Simulation.Config.of(seed, orders, faults), LocalPlatform.factory(v));
    System.out.println(r.report());
    return r;
  }

  private static void assertFails(SimulationResult r, String invariant, long seed) {
    Invariant i =
        r.invariants().stream().filter(x -> x.name().equals(invariant)).findFirst().orElseThrow();
    assertThat(i.ok()).as("%s must fail:%n%s", invariant, r.report()).isFalse();
    assertThat(i.details()).contains("seed " + seed).contains("scripts/simulate.sh --seed " + seed);
  }

  private static LocalPlatform.Variant book(String defect) {
    return new LocalPlatform.Variant(
        ctx -> SimulationOrderBookVariants.broken(ctx, defect), NO_WALLET_DEFECT, b -> b);
  }

  @Test
  @DisplayName("an order-book that credits each payout a second time breaks no-bet-paid-twice")
  void settleTwice() {
    assertFails(
        run(21, 50, FaultProfile.NONE, book("SETTLE_TWICE")), Invariants.NO_BET_PAID_TWICE, 21);
  }

  @Test
  @DisplayName(
      "an order-book whose CancelBets voids fills breaks no-fill-voided-outside-market-void")
  void voidFillsOnCancel() {
    assertFails(
        run(22, 80, FaultProfile.NONE, book("VOID_FILLS_ON_CANCEL")),
        Invariants.NO_FILL_VOIDED_OUTSIDE_VOID,
        22);
  }

  @Test
  @DisplayName(
      "an order-book that releases cancelled stake without a refund breaks money-conserved")
  void noRefundOnCancel() {
    assertFails(
        run(23, 80, FaultProfile.NONE, book("NO_REFUND_ON_CANCEL")),
        Invariants.MONEY_CONSERVED,
        23);
  }

  @Test
  @DisplayName(
      "a wallet that publishes ledger entries without their sequence breaks events-conform")
  void eventsWithoutSequence() {
    LocalPlatform.Variant v =
        new LocalPlatform.Variant(
            ReferenceOrderBookService::new, new String[] {"EVENT_WITHOUT_SEQUENCE"}, b -> b);
    SimulationResult r = run(25, 20, FaultProfile.NONE, v);
    assertFails(r, Invariants.EVENTS_CONFORM, 25);
    assertThat(
            r.invariants().stream()
                .filter(i -> i.name().equals(Invariants.EVENTS_CONFORM))
                .findFirst()
                .orElseThrow()
                .details())
        .contains("[events.envelope] wallet.v1.TransactionRecordedEvent")
        .contains("metadata.aggregate_version: must be >= 1");
  }

  @Test
  @DisplayName("a wallet whose replayed reserve holds again breaks reserved-matches-pending-holds")
  void replayHoldsTwice() {
    LocalPlatform.Variant v =
        new LocalPlatform.Variant(
            ReferenceOrderBookService::new, new String[] {"REPLAY_DEBITS_TWICE"}, b -> b);
    assertFails(run(24, 50, FaultProfile.HEAVY, v), Invariants.RESERVED_MATCHES_HOLDS, 24);
  }

  @Test
  @DisplayName("an outbox that loses ledger events breaks ledger-rebuilt-from-events")
  void lossyOutbox() {
    LocalPlatform.Variant v =
        new LocalPlatform.Variant(
            ReferenceOrderBookService::new, NO_WALLET_DEFECT, LossyOutbox::new);
    assertFails(run(25, 40, FaultProfile.NONE, v), Invariants.LEDGER_REBUILT_FROM_EVENTS, 25);
  }

  /** Loses every 25th TransactionRecordedEvent the services publish, for good. */
  private static final class LossyOutbox implements EventBus {
    private final EventBus bus;
    private final AtomicLong published = new AtomicLong();

    LossyOutbox(EventBus bus) {
      this.bus = bus;
    }

    @Override
    public void publish(Message event) {
      if (event instanceof TransactionRecordedEvent && published.incrementAndGet() % 25 == 0) {
        return;
      }
      bus.publish(event);
    }

    @Override
    public <T extends Message> void subscribe(
        String consumer, T prototype, Consumer<? super T> handler) {
      bus.subscribe(consumer, prototype, handler);
    }
  }
}
