package com.tam.protos.testkit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetSettlement;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.BookingStatus;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillState;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.MarketState;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.reporting.v1.ReportTotals;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each invariant holds on a small consistent platform state (one matched BACK/LAY pair, settled,
 * with commission) and fails, naming the seed and the command that reproduces the run, when one
 * thing is broken: the failing case that proves each check can fail.
 */
class InvariantsTest {

  private static final Reproduction RUN = new Reproduction(42, 10, FaultProfile.DEFAULT);
  private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

  /** alice backs 10.00 at 3.00, bob lays it; the selection wins; alice pays 1.00 commission. */
  private static final class State {
    Map<String, GetBalanceResponse> balances = new HashMap<>();
    Map<String, List<Transaction>> ledgers = new HashMap<>();
    Map<String, List<Transaction>> eventLedgers;
    List<String> eventProblems = new ArrayList<>();
    List<String> eventFindings = new ArrayList<>();
    List<Reservation> reservations = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    List<Bet> bets = new ArrayList<>();
    List<Fill> fills = new ArrayList<>();
    List<Market> markets = new ArrayList<>();
    Set<String> voided = Set.of();
    ReportTotals report =
        ReportTotals.newBuilder()
            .setCommissionRevenue("1.00")
            .setDeposits("200.00")
            .setWithdrawals("0.00")
            .setWithdrawalReversalAmount("0.00")
            .setChargebackAmount("0.00")
            .setCommissionBookedAmount("1.00")
            .setRoundingRetainedAmount("0.00")
            .setFillCount(1)
            .build();
    String reportProblem = "";

    State() {
      balances.put("alice", balance("119.00", "0.00"));
      balances.put("bob", balance("80.00", "0.00"));
      List<Transaction> a = new ArrayList<>();
      a.add(
          tx(1, TransactionType.TRANSACTION_TYPE_DEPOSIT, "100.00", "0.00", "100.00")
              .setIdempotencyKey("dep-a")
              .build());
      a.add(
          tx(2, TransactionType.TRANSACTION_TYPE_RESERVATION_HOLD, "10.00", "100.00", "100.00")
              .setSagaId("s-a")
              .setReservationId("r-a")
              .build());
      a.add(
          tx(3, TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT, "10.00", "100.00", "90.00")
              .setSagaId("s-a")
              .setReservationId("r-a")
              .setBetId("b-a")
              .build());
      a.add(
          tx(4, TransactionType.TRANSACTION_TYPE_CREDIT, "30.00", "90.00", "120.00")
              .setCreditReason(CreditReason.CREDIT_REASON_BET_WIN)
              .setBetId("b-a")
              .setIdempotencyKey("settlement:b-a")
              .build());
      a.add(
          tx(5, TransactionType.TRANSACTION_TYPE_COMMISSION, "1.00", "120.00", "119.00")
              .setMarketId("m1")
              .setIdempotencyKey("commission:m1:alice")
              .build());
      List<Transaction> b = new ArrayList<>();
      b.add(
          tx(1, TransactionType.TRANSACTION_TYPE_DEPOSIT, "100.00", "0.00", "100.00")
              .setUserId("bob")
              .build());
      b.add(
          tx(2, TransactionType.TRANSACTION_TYPE_RESERVATION_HOLD, "20.00", "100.00", "100.00")
              .setUserId("bob")
              .setSagaId("s-b")
              .setReservationId("r-b")
              .build());
      b.add(
          tx(3, TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT, "20.00", "100.00", "80.00")
              .setUserId("bob")
              .setSagaId("s-b")
              .setReservationId("r-b")
              .setBetId("b-b")
              .build());
      ledgers.put("alice", a);
      ledgers.put("bob", b);
      eventLedgers = new HashMap<>(ledgers);
      reservations.add(
          reservation(
              "r-a", "alice", "s-a", "10.00", ReservationState.RESERVATION_STATE_COMMITTED));
      reservations.add(
          reservation("r-b", "bob", "s-b", "20.00", ReservationState.RESERVATION_STATE_COMMITTED));
      orders.add(
          Order.newBuilder()
              .setOrderId("o-a")
              .setSagaId("s-a")
              .setUserId("alice")
              .setBetId("b-a")
              .setState(OrderState.ORDER_STATE_COMPLETED)
              .build());
      orders.add(
          Order.newBuilder()
              .setOrderId("o-b")
              .setSagaId("s-b")
              .setUserId("bob")
              .setBetId("b-b")
              .setState(OrderState.ORDER_STATE_COMPLETED)
              .build());
      bets.add(
          bet(
              "b-a",
              "alice",
              "r-a",
              BetSide.BET_SIDE_BACK,
              "10.00",
              "30.00",
              BookingStatus.BOOKING_STATUS_BOOKED));
      bets.add(
          bet(
              "b-b",
              "bob",
              "r-b",
              BetSide.BET_SIDE_LAY,
              "20.00",
              "0.00",
              BookingStatus.BOOKING_STATUS_NOT_DUE));
      fills.add(
          Fill.newBuilder()
              .setFillId("f1")
              .setMarketId("m1")
              .setSelectionId("home")
              .setPrice("3.00")
              .setStake("10.00")
              .setCurrency("EUR")
              .setBackBetId("b-a")
              .setLayBetId("b-b")
              .setState(FillState.FILL_STATE_MATCHED)
              .build());
      markets.add(
          Market.newBuilder()
              .setMarketId("m1")
              .setCurrency("EUR")
              .setState(MarketState.MARKET_STATE_SETTLED)
              .build());
    }

    AuditSnapshot snapshot() {
      return new AuditSnapshot(
          T0.plusSeconds(3600),
          balances,
          ledgers,
          eventLedgers,
          eventProblems,
          eventFindings,
          reservations,
          orders,
          bets,
          fills,
          markets,
          voided,
          Map.of("EUR", new BigDecimal("200.00")),
          Map.of(),
          "EUR",
          report,
          reportProblem);
    }
  }

  private static GetBalanceResponse balance(String balance, String reserved) {
    return GetBalanceResponse.newBuilder()
        .setBalance(balance)
        .setReserved(reserved)
        .setCurrency("EUR")
        .build();
  }

  private static Transaction.Builder tx(
      long seq, TransactionType type, String amount, String before, String after) {
    return Transaction.newBuilder()
        .setTransactionId("t-" + seq + "-" + type.getNumber())
        .setUserId("alice")
        .setSequence(seq)
        .setType(type)
        .setAmount(amount)
        .setCurrency("EUR")
        .setBalanceBefore(before)
        .setBalanceAfter(after);
  }

  private static Reservation reservation(
      String id, String user, String saga, String amount, ReservationState state) {
    return Reservation.newBuilder()
        .setReservationId(id)
        .setUserId(user)
        .setSagaId(saga)
        .setAmount(amount)
        .setCurrency("EUR")
        .setState(state)
        .setExpireTime(Timestamp.newBuilder().setSeconds(T0.plusSeconds(300).getEpochSecond()))
        .build();
  }

  private static Bet bet(
      String id,
      String user,
      String reservation,
      BetSide side,
      String liability,
      String payout,
      BookingStatus booking) {
    return Bet.newBuilder()
        .setBetId(id)
        .setUserId(user)
        .setMarketId("m1")
        .setSelectionId("home")
        .setSide(side)
        .setPrice("3.00")
        .setStake("10.00")
        .setCurrency("EUR")
        .setState(BetState.BET_STATE_SETTLED)
        .setStakeMatched("10.00")
        .setStakeRemaining("0.00")
        .setStakeCancelled("0.00")
        .setStakeLapsed("0.00")
        .setStakeVoided("0.00")
        .setLiability(liability)
        .setRefundedAmount("0.00")
        .setLiabilityHeld(liability)
        .setReservationId(reservation)
        .setSettlement(
            BetSettlement.newBuilder()
                .setBetId(id)
                .setPayout(payout)
                .setSettlementVersion(1)
                .setBookingStatus(booking))
        .build();
  }

  private static Invariant check(State s, String name) {
    return Invariants.checkAll(s.snapshot(), RUN).stream()
        .filter(i -> i.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static void assertFails(State s, String name, String... fragments) {
    Invariant i = check(s, name);
    assertThat(i.ok()).as("%s must fail: %s", name, i.details()).isFalse();
    assertThat(i.details())
        .contains("seed 42")
        .contains("scripts/simulate.sh --seed 42 --orders 10 --faults default")
        .contains(fragments);
  }

  private static <T> void replace(List<T> list, int index, UnaryOperator<T> f) {
    list.set(index, f.apply(list.get(index)));
  }

  @Test
  @DisplayName("every invariant holds on a consistent settled platform")
  void allHold() {
    List<Invariant> all = Invariants.checkAll(new State().snapshot(), RUN);
    assertThat(all).hasSize(13);
    assertThat(all).allSatisfy(i -> assertThat(i.ok()).as(i.toString()).isTrue());
  }

  @Test
  @DisplayName("money-conserved fails when a wallet holds more than deposits minus withdrawals")
  void moneyConservedFails() {
    State s = new State();
    s.balances.put("alice", balance("124.00", "0.00"));
    assertFails(
        s,
        Invariants.MONEY_CONSERVED,
        "EUR: balances 204.00 + commission 1.00 = 205.00, but deposits − withdrawals = 200.00 (difference 5.00)");
  }

  @Test
  @DisplayName("money-conserved counts commission given back under a commission key")
  void commissionRefundCounts() {
    State s = new State();
    s.ledgers
        .get("alice")
        .add(
            tx(6, TransactionType.TRANSACTION_TYPE_CREDIT, "1.00", "119.00", "120.00")
                .setCreditReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                .setIdempotencyKey("commission:m1:alice:2")
                .build());
    s.balances.put("alice", balance("120.00", "0.00"));
    s.eventLedgers = new HashMap<>(s.ledgers);
    assertThat(check(s, Invariants.MONEY_CONSERVED).ok()).isTrue();
    assertThat(check(s, Invariants.LEDGER_ADDS_UP).ok()).isTrue();
  }

  @Test
  @DisplayName("ledger-adds-up fails when an entry does not move the balance by its amount")
  void ledgerAddsUpFails() {
    State s = new State();
    replace(s.ledgers.get("bob"), 2, t -> t.toBuilder().setBalanceAfter("85.00").build());
    assertFails(
        s,
        Invariants.LEDGER_ADDS_UP,
        "bob: entry 3 (TRANSACTION_TYPE_RESERVATION_COMMIT 20.00) goes from 100.00 to 85.00, expected 80.00");
  }

  @Test
  @DisplayName("ledger-adds-up fails on a sequence gap")
  void ledgerGapFails() {
    State s = new State();
    s.ledgers.get("bob").remove(1);
    assertFails(s, Invariants.LEDGER_ADDS_UP, "has sequence 3, expected 2");
  }

  @Test
  @DisplayName("no-expired-pending-hold fails when a reservation is PENDING after its TTL")
  void pendingHoldFails() {
    State s = new State();
    s.reservations.add(
        reservation("r-x", "alice", "s-x", "5.00", ReservationState.RESERVATION_STATE_PENDING));
    assertFails(
        s,
        Invariants.NO_EXPIRED_PENDING_HOLD,
        "reservation r-x of saga s-x (5.00 EUR) is still PENDING");
  }

  @Test
  @DisplayName(
      "reserved-matches-pending-holds fails when reserved disagrees with the PENDING holds")
  void reservedFails() {
    State s = new State();
    s.balances.put("bob", balance("80.00", "5.00"));
    assertFails(
        s,
        Invariants.RESERVED_MATCHES_HOLDS,
        "bob: reserved 5.00 but its PENDING reservations add up to 0");
  }

  @Test
  @DisplayName("orders-terminal-or-resolvable fails on an order left mid-saga")
  void orderMidSagaFails() {
    State s = new State();
    replace(s.orders, 0, o -> o.toBuilder().setState(OrderState.ORDER_STATE_COMMITTING).build());
    assertFails(
        s, Invariants.ORDERS_RESOLVED, "order o-a is ORDER_STATE_COMMITTING after quiescence");
  }

  @Test
  @DisplayName(
      "orders-terminal-or-resolvable accepts a FAILED order with its reason, not one without")
  void failedOrder() {
    State s = new State();
    replace(
        s.orders,
        0,
        o ->
            o.toBuilder()
                .setState(OrderState.ORDER_STATE_FAILED)
                .setFailureReason("RESERVATION_ALREADY_COMMITTED")
                .build());
    assertThat(check(s, Invariants.ORDERS_RESOLVED).ok()).isTrue();
    replace(s.orders, 0, o -> o.toBuilder().clearFailureReason().build());
    assertFails(s, Invariants.ORDERS_RESOLVED, "FAILED without a failure_reason");
  }

  @Test
  @DisplayName(
      "order-outcomes-match-money fails when a compensated order's reservation was committed")
  void compensatedButCommittedFails() {
    State s = new State();
    replace(s.orders, 1, o -> o.toBuilder().setState(OrderState.ORDER_STATE_COMPENSATED).build());
    assertFails(
        s,
        Invariants.ORDER_OUTCOMES_MATCH_MONEY,
        "order o-b is ORDER_STATE_COMPENSATED but its saga's reservation was committed");
  }

  @Test
  @DisplayName("no-bet-paid-twice fails on a second BET_WIN credit")
  void doubleWinFails() {
    State s = new State();
    s.ledgers
        .get("alice")
        .add(
            tx(6, TransactionType.TRANSACTION_TYPE_CREDIT, "30.00", "119.00", "149.00")
                .setCreditReason(CreditReason.CREDIT_REASON_BET_WIN)
                .setBetId("b-a")
                .setIdempotencyKey("settlement:b-a:again")
                .build());
    assertFails(s, Invariants.NO_BET_PAID_TWICE, "bet b-a has 2 BET_WIN credits");
  }

  @Test
  @DisplayName("no-bet-paid-twice fails on a second settlement credit under another reason")
  void secondSettlementCreditFails() {
    State s = new State();
    s.ledgers
        .get("alice")
        .add(
            tx(6, TransactionType.TRANSACTION_TYPE_CREDIT, "30.00", "119.00", "149.00")
                .setCreditReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                .setBetId("b-a")
                .setIdempotencyKey("settlement:b-a:again")
                .build());
    assertFails(s, Invariants.NO_BET_PAID_TWICE, "bet b-a has 2 settlement credits");
  }

  @Test
  @DisplayName("no-bet-paid-twice fails when refunds exceed the committed stake")
  void refundAboveStakeFails() {
    State s = new State();
    s.ledgers
        .get("bob")
        .add(
            tx(4, TransactionType.TRANSACTION_TYPE_CREDIT, "25.00", "80.00", "105.00")
                .setUserId("bob")
                .setCreditReason(CreditReason.CREDIT_REASON_BET_REFUND)
                .setBetId("b-b")
                .setIdempotencyKey("refund:b-b:i1")
                .build());
    assertFails(
        s,
        Invariants.NO_BET_PAID_TWICE,
        "bet b-b was refunded 25.00 but only 20.00 was committed for it");
  }

  @Test
  @DisplayName("no-fill-voided-outside-market-void fails on a voided fill in a settled market")
  void voidedFillFails() {
    State s = new State();
    replace(s.fills, 0, f -> f.toBuilder().setState(FillState.FILL_STATE_VOIDED).build());
    assertFails(
        s,
        Invariants.NO_FILL_VOIDED_OUTSIDE_VOID,
        "fill f1 (10.00 at 3.00, market m1, selection home) is VOIDED");
    s.voided = Set.of("m1");
    assertThat(check(s, Invariants.NO_FILL_VOIDED_OUTSIDE_VOID).ok()).isTrue();
  }

  @Test
  @DisplayName("ledger-rebuilt-from-events fails when the events miss an entry or one is held")
  void rebuiltLedgerFails() {
    State s = new State();
    s.eventLedgers.put("alice", s.ledgers.get("alice").subList(0, 4));
    assertFails(
        s,
        Invariants.LEDGER_REBUILT_FROM_EVENTS,
        "alice: the wallet has 5 ledger entries, the events rebuild 4");
    s = new State();
    s.eventProblems.add("alice: versions [7] held behind a gap after version 5");
    assertFails(s, Invariants.LEDGER_REBUILT_FROM_EVENTS, "held behind a gap");
  }

  @Test
  @DisplayName("events-conform fails with the finding of a published event that breaks a rule")
  void eventsConformFails() {
    State s = new State();
    s.eventFindings.add(
        "[events.fact-sequence] wallet alice: version 7 was published but version 6 was not");
    assertFails(
        s,
        Invariants.EVENTS_CONFORM,
        "[events.fact-sequence] wallet alice: version 7 was published");
  }

  @Test
  @DisplayName(
      "bet-money-matches-order-book fails when the payout booked differs from the settlement")
  void payoutMismatchFails() {
    State s = new State();
    replace(
        s.bets,
        0,
        b -> b.toBuilder().setSettlement(b.getSettlement().toBuilder().setPayout("31.00")).build());
    assertFails(
        s,
        Invariants.BET_MONEY_MATCHES_BOOK,
        "bet b-a (BET_STATE_SETTLED, settlement v1): the wallet paid 30.00, the settlement's payout is 31.00");
  }

  @Test
  @DisplayName("bet-money-matches-order-book fails when a bet's sizes do not add up")
  void sizesFail() {
    State s = new State();
    replace(s.bets, 1, b -> b.toBuilder().setStakeLapsed("1.00").build());
    assertFails(
        s, Invariants.BET_MONEY_MATCHES_BOOK, "bet b-b: sizes add up to 11.00, stake is 10.00");
  }

  @Test
  @DisplayName("markets-and-bets-final fails on a market left CLOSED and a bet left EXECUTABLE")
  void notFinalFails() {
    State s = new State();
    replace(s.markets, 0, m -> m.toBuilder().setState(MarketState.MARKET_STATE_CLOSED).build());
    replace(s.bets, 0, b -> b.toBuilder().setState(BetState.BET_STATE_EXECUTABLE).build());
    assertFails(
        s,
        Invariants.MARKETS_FINAL,
        "market m1 is MARKET_STATE_CLOSED",
        "bet b-a is BET_STATE_EXECUTABLE");
  }

  @Test
  @DisplayName(
      "reporting-agrees-with-wallet fails when the report's commission differs from the wallets'")
  void reportingCommissionFails() {
    State s = new State();
    s.report = s.report.toBuilder().setCommissionRevenue("2.00").build();
    assertFails(
        s,
        Invariants.REPORTING_AGREES,
        "commission_revenue is 2.00 but the wallets' net commission add up to 1.00");
  }

  @Test
  @DisplayName(
      "reporting-agrees-with-wallet fails when the report's chargebacks or booked commission"
          + " differ from the ledgers' CHARGEBACK and COMMISSION entries")
  void reportingLedgerFiguresFail() {
    State s = new State();
    s.report =
        s.report.toBuilder().setChargebackAmount("5.00").setCommissionBookedAmount("0.00").build();
    assertFails(
        s,
        Invariants.REPORTING_AGREES,
        "chargeback_amount is 5.00 but the CHARGEBACK entries add up to 0",
        "commission_booked_amount is 0.00 but the COMMISSION entries add up to 1.00");
  }

  @Test
  @DisplayName("reporting-agrees-with-wallet fails when there is no report")
  void noReportFails() {
    State s = new State();
    s.reportProblem = "GetReport stayed RUNNING";
    assertFails(s, Invariants.REPORTING_AGREES, "no report to compare: GetReport stayed RUNNING");
  }
}
