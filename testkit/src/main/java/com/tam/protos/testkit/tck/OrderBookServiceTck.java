package com.tam.protos.testkit.tck;

import static com.tam.protos.testkit.tck.TckAssertions.fails;
import static com.tam.protos.testkit.tck.TckAssertions.metadata;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.FieldMask;
import com.google.protobuf.ProtocolMessageEnum;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.CancelBetOutcome;
import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.CancelBetResponse;
import com.tam.protos.order.v1.CancelBetResult;
import com.tam.protos.order.v1.CancelBetsRequest;
import com.tam.protos.order.v1.CancelBetsResponse;
import com.tam.protos.order.v1.CancelInstruction;
import com.tam.protos.order.v1.CloseMarketRequest;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillState;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.GetBetRequest;
import com.tam.protos.order.v1.GetMarketBookRequest;
import com.tam.protos.order.v1.GetMarketBookResponse;
import com.tam.protos.order.v1.GetMarketRequest;
import com.tam.protos.order.v1.GetSettlementJobRequest;
import com.tam.protos.order.v1.ListBetFillsRequest;
import com.tam.protos.order.v1.ListBetFillsResponse;
import com.tam.protos.order.v1.ListBetsRequest;
import com.tam.protos.order.v1.ListBetsResponse;
import com.tam.protos.order.v1.ListFixturesRequest;
import com.tam.protos.order.v1.ListFixturesResponse;
import com.tam.protos.order.v1.ListMarketsRequest;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.MarketState;
import com.tam.protos.order.v1.MarketUpdate;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.ReplaceBetResult;
import com.tam.protos.order.v1.ReplaceBetsRequest;
import com.tam.protos.order.v1.ReplaceInstruction;
import com.tam.protos.order.v1.ResettleMarketRequest;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerBook;
import com.tam.protos.order.v1.SelectionResult;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.order.v1.SettleMarketRequest;
import com.tam.protos.order.v1.SettlementJob;
import com.tam.protos.order.v1.StreamBetChangesRequest;
import com.tam.protos.order.v1.StreamBetChangesResponse;
import com.tam.protos.order.v1.StreamMarketChangesRequest;
import com.tam.protos.order.v1.StreamMarketChangesResponse;
import com.tam.protos.order.v1.SuspendMarketRequest;
import com.tam.protos.order.v1.UpdateMarketRequest;
import com.tam.protos.order.v1.VoidMarketRequest;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code order.v1.OrderBookService} (order-book): matching with price-time
 * priority, the ladder and minimum stake, the bet state machine of the saga, the bettor's cancel,
 * reduce and replace with their refunds, lapses, market lifecycle, settlement with payouts and
 * commission, corrections (resettle, void), paging, streams, replay and access per role.
 *
 * <p>The suite sets up everything through the contracts, as production does: markets with the
 * operator credentials, bets through the saga's steps with the service credentials (ReserveBalance,
 * PlaceBet, CommitReservation, ConfirmBet), bettors' controls with {@code newUser()} credentials.
 * The target must therefore serve {@code wallet.v1.WalletService} next to the order-book (the
 * order-book books refunds and payouts there); bettors are funded with an operator {@code
 * CreditBalance} (MANUAL_ADJUSTMENT). Every market uses EUR and runners {@code home}, {@code draw},
 * {@code away}. Money figures are compared as the exact contract strings.
 *
 * <p>Settlement jobs (AIP-151) are polled with GetSettlementJob until {@code done}, for at most 30
 * seconds.
 */
public class OrderBookServiceTck extends ServiceTck {
  private static final String CCY = "EUR";
  private static final String START_BALANCE = "1000.00";
  private static final Timestamp KICK_OFF =
      Timestamp.newBuilder().setSeconds(1_900_000_000L).build();

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub book(CallCredentials c) {
    return OrderBookServiceGrpc.newBlockingStub(target().channel()).withCallCredentials(c);
  }

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub operator() {
    return book(target().operatorCredentials());
  }

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub service() {
    return book(target().serviceCredentials());
  }

  private WalletServiceGrpc.WalletServiceBlockingStub wallet(CallCredentials c) {
    return WalletServiceGrpc.newBlockingStub(target().channel()).withCallCredentials(c);
  }

  private static String key() {
    return "tck-" + UUID.randomUUID();
  }

  // ---------------------------------------------------------------------------------------------
  // Set-up through the contracts.

  private String newMarket(int commissionBp) {
    String id = "tck-m-" + UUID.randomUUID();
    operator().openMarket(openRequest(id, commissionBp).build());
    return id;
  }

  private OpenMarketRequest.Builder openRequest(String id, int commissionBp) {
    return OpenMarketRequest.newBuilder()
        .setMarketId(id)
        .setFixture(
            Fixture.newBuilder()
                .setFixtureId("tck-f-" + id)
                .setDisplayName("Home v Away")
                .setSport("football")
                .setCompetitionId("tck-league")
                .setCompetitionName("TCK League")
                .setCountryCode("GB")
                .setStartTime(KICK_OFF))
        .setMarketType("MATCH_ODDS")
        .setDisplayName("Match Odds")
        .setCurrency(CCY)
        .addRunners(Runner.newBuilder().setSelectionId("home").setDisplayName("Home"))
        .addRunners(Runner.newBuilder().setSelectionId("draw").setDisplayName("The Draw"))
        .addRunners(Runner.newBuilder().setSelectionId("away").setDisplayName("Away"))
        .setCommissionRateBp(commissionBp)
        .setIdempotencyKey(key());
  }

  private TckUser bettor() {
    TckUser u = target().newUser();
    wallet(target().serviceCredentials())
        .openWallet(
            OpenWalletRequest.newBuilder()
                .setUserId(u.userId())
                .setCurrency(CCY)
                .setIdempotencyKey("open-wallet:" + u.userId())
                .build());
    wallet(target().operatorCredentials())
        .creditBalance(
            CreditBalanceRequest.newBuilder()
                .setUserId(u.userId())
                .setAmount(START_BALANCE)
                .setCurrency(CCY)
                .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                .setIdempotencyKey("tck-fund-" + u.userId())
                .setDescription("TCK funding")
                .build());
    return u;
  }

  private String balance(TckUser u) {
    return wallet(target().serviceCredentials())
        .getBalance(GetBalanceRequest.newBuilder().setUserId(u.userId()).build())
        .getBalance();
  }

  private static String liability(BetSide side, String price, String stake) {
    BigDecimal s = new BigDecimal(stake);
    BigDecimal l =
        side == BetSide.BET_SIDE_BACK
            ? s
            : s.multiply(new BigDecimal(price).subtract(BigDecimal.ONE))
                .setScale(2, RoundingMode.UP);
    return l.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  /** A bet after saga steps 1 and 2 (reserved, PENDING). */
  private record Placed(Bet bet, String sagaId, String reservationId, PlaceBetRequest request) {}

  private Placed place(
      TckUser u,
      String market,
      String selection,
      BetSide side,
      String price,
      String stake,
      PersistenceType persistence,
      long marketVersion) {
    String saga = "tck-saga-" + UUID.randomUUID();
    Reservation r = reserve(u, saga, liability(side, price, stake));
    PlaceBetRequest req =
        PlaceBetRequest.newBuilder()
            .setUserId(u.userId())
            .setMarketId(market)
            .setSelectionId(selection)
            .setSide(side)
            .setPrice(price)
            .setStake(stake)
            .setCurrency(CCY)
            .setReservationId(r.getReservationId())
            .setOrderId("tck-order-" + saga)
            .setSagaId(saga)
            .setIdempotencyKey(saga + ":place")
            .setPersistenceType(persistence)
            .setMarketVersion(marketVersion)
            .build();
    Bet bet = service().placeBet(req).getBet();
    return new Placed(bet, saga, r.getReservationId(), req);
  }

  /** Saga step 2: the wallet reservation of a bet's liability, in the suite's currency. */
  private Reservation reserve(TckUser u, String saga, String amount) {
    return wallet(target().serviceCredentials())
        .reserveBalance(
            ReserveBalanceRequest.newBuilder()
                .setUserId(u.userId())
                .setAmount(amount)
                .setSagaId(saga)
                .setIdempotencyKey(saga + ":reserve")
                .setCurrency(CCY)
                .build())
        .getReservation();
  }

  /** The bettor's bets, any state (empty when PlaceBet created none). */
  private List<Bet> betsOf(TckUser u) {
    return book(u.credentials())
        .listBets(ListBetsRequest.newBuilder().setUserId(u.userId()).setPageSize(500).build())
        .getBetsList();
  }

  /** A PENDING BACK of 5.00 at 2.00 on "home" (saga steps 1 and 2), any market version. */
  private Placed pendingBack(TckUser u, String market, PersistenceType persistence) {
    return place(u, market, "home", BetSide.BET_SIDE_BACK, "2.00", "5.00", persistence, 0);
  }

  private Bet confirm(Placed p) {
    String tx =
        wallet(target().serviceCredentials())
            .commitReservation(
                CommitReservationRequest.newBuilder()
                    .setReservationId(p.reservationId())
                    .setSagaId(p.sagaId())
                    .setIdempotencyKey(p.sagaId() + ":commit")
                    .setBetId(p.bet().getBetId())
                    .build())
            .getTransaction()
            .getTransactionId();
    return service()
        .confirmBet(
            ConfirmBetRequest.newBuilder()
                .setBetId(p.bet().getBetId())
                .setSagaId(p.sagaId())
                .setIdempotencyKey(p.sagaId() + ":confirm")
                .setCommitTransactionId(tx)
                .build())
        .getBet();
  }

  private Bet bet(
      TckUser u,
      String market,
      String selection,
      BetSide side,
      String price,
      String stake,
      PersistenceType persistence) {
    return confirm(place(u, market, selection, side, price, stake, persistence, 0));
  }

  private Bet back(TckUser u, String market, String price, String stake) {
    return bet(
        u,
        market,
        "home",
        BetSide.BET_SIDE_BACK,
        price,
        stake,
        PersistenceType.PERSISTENCE_TYPE_PERSIST);
  }

  private Bet lay(TckUser u, String market, String price, String stake) {
    return bet(
        u,
        market,
        "home",
        BetSide.BET_SIDE_LAY,
        price,
        stake,
        PersistenceType.PERSISTENCE_TYPE_PERSIST);
  }

  private Bet get(String betId) {
    return operator().getBet(GetBetRequest.newBuilder().setBetId(betId).build()).getBet();
  }

  private List<Fill> fillsOf(String betId) {
    return operator()
        .listBetFills(ListBetFillsRequest.newBuilder().setBetId(betId).setPageSize(1000).build())
        .getFillsList();
  }

  private CancelBetResult cancel(TckUser u, String market, String betId, String reduction) {
    CancelInstruction.Builder in = CancelInstruction.newBuilder().setBetId(betId);
    if (reduction != null) {
      in.setSizeReduction(reduction).setCurrency(CCY);
    }
    return book(u.credentials())
        .cancelBets(
            CancelBetsRequest.newBuilder()
                .setUserId(u.userId())
                .setMarketId(market)
                .addInstructions(in)
                .setIdempotencyKey(key())
                .build())
        .getResults(0);
  }

  private ReplaceBetResult replace(TckUser u, String market, String betId, String price) {
    return book(u.credentials())
        .replaceBets(
            ReplaceBetsRequest.newBuilder()
                .setUserId(u.userId())
                .setMarketId(market)
                .addInstructions(ReplaceInstruction.newBuilder().setBetId(betId).setNewPrice(price))
                .setIdempotencyKey(key())
                .build())
        .getResults(0);
  }

  private void close(String market) {
    operator()
        .closeMarket(
            CloseMarketRequest.newBuilder().setMarketId(market).setIdempotencyKey(key()).build());
  }

  /** Results with {@code home} as given, {@code draw} its opposite and {@code away} LOSE. */
  private static List<SelectionResult> results(SelectionResultType home) {
    SelectionResultType draw =
        home == SelectionResultType.SELECTION_RESULT_TYPE_WIN
            ? SelectionResultType.SELECTION_RESULT_TYPE_LOSE
            : SelectionResultType.SELECTION_RESULT_TYPE_WIN;
    return List.of(
        SelectionResult.newBuilder().setSelectionId("home").setResult(home).build(),
        SelectionResult.newBuilder().setSelectionId("draw").setResult(draw).build(),
        SelectionResult.newBuilder()
            .setSelectionId("away")
            .setResult(SelectionResultType.SELECTION_RESULT_TYPE_LOSE)
            .build());
  }

  private SettlementJob awaitJob(SettlementJob started, String rule) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    SettlementJob job = started;
    while (!job.getDone() && Instant.now().isBefore(deadline)) {
      job =
          operator()
              .getSettlementJob(
                  GetSettlementJobRequest.newBuilder()
                      .setSettlementJobId(started.getSettlementJobId())
                      .build())
              .getJob();
      if (!job.getDone()) {
        LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
      }
    }
    assertThat(job.getDone())
        .as(
            "[%s] the settlement job must reach SUCCEEDED (state %s, %d/%d bets, %d stalled"
                + " bookings)",
            rule,
            job.getState(),
            job.getSettledBetCount(),
            job.getBetCount(),
            job.getStalledBookingCount())
        .isTrue();
    return job;
  }

  private SettlementJob voidMarket(String market, String rule) {
    SettlementJob job =
        operator()
            .voidMarket(
                VoidMarketRequest.newBuilder()
                    .setMarketId(market)
                    .setReason("abandoned")
                    .setIdempotencyKey(key())
                    .build())
            .getJob();
    return awaitJob(job, rule);
  }

  private SettlementJob settle(String market, SelectionResultType home) {
    SettlementJob job =
        operator()
            .settleMarket(
                SettleMarketRequest.newBuilder()
                    .setMarketId(market)
                    .addAllResults(results(home))
                    .setIdempotencyKey(key())
                    .build())
            .getJob();
    return awaitJob(job, "order-book.settle.job");
  }

  private static void assertError(
      StatusRuntimeException e, Status.Code code, ProtocolMessageEnum reason, String rule) {
    TckAssertions.assertError(rule, e, code, reason);
  }

  /** Removes a runner of a market (UpdateMarket, operator): ACTIVE to REMOVED. */
  private void removeRunner(String marketId, String selectionId) {
    operator()
        .updateMarket(
            UpdateMarketRequest.newBuilder()
                .setMarketId(marketId)
                .setMarketUpdate(MarketUpdate.newBuilder().addRemovedSelectionIds(selectionId))
                .setUpdateMask(FieldMask.newBuilder().addPaths("removed_selection_ids"))
                .setIdempotencyKey(key())
                .build());
  }

  /**
   * Asserts the error of a failed CancelBets / ReplaceBets instruction (AIP-193, in the result's
   * {@code error}): the code number, one {@code ErrorInfo} of domain "order.tam.internal" with the
   * reason, recorded like a failed call's reason.
   *
   * @return the ErrorInfo, for its metadata
   */
  private static ErrorInfo assertInstructionError(
      com.google.rpc.Status error, Status.Code code, OrderErrorReason reason, String rule) {
    assertThat(error.getCode())
        .as("[%s] per-instruction error code (%s)", rule, error)
        .isEqualTo(code.value());
    ErrorInfo info =
        RpcErrors.detail(error, ErrorInfo.class).orElse(ErrorInfo.getDefaultInstance());
    assertThat(info.getDomain())
        .as("[%s] per-instruction ErrorInfo.domain", rule)
        .isEqualTo("order.tam.internal");
    assertThat(info.getReason())
        .as("[%s] per-instruction ErrorInfo.reason", rule)
        .isEqualTo(ErrorReasons.toReason(reason));
    TckAssertions.assertDocumentedMetadata(rule, reason, info);
    return info;
  }

  // ---------------------------------------------------------------------------------------------
  // Matching.

  @Test
  @DisplayName("matching takes the best price first, then the oldest bet, at the resting price")
  void priceTimePriority() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    TckUser c = bettor();
    TckUser d = bettor();
    Bet oldLay = lay(a, m, "2.00", "6.00");
    Bet youngLay = lay(b, m, "2.00", "6.00");
    Bet bestLay = lay(c, m, "2.10", "4.00");

    Bet backer = back(d, m, "2.00", "10.00");

    List<Fill> fills = fillsOf(backer.getBetId());
    assertThat(fills)
        .as("[order-book.match.price-time-priority] the backer's fills (any order: equal times)")
        .extracting(Fill::getPrice, Fill::getStake)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("2.10", "4.00"),
            org.assertj.core.groups.Tuple.tuple("2.00", "6.00"));
    assertThat(get(oldLay.getBetId()).getStakeMatched())
        .as("[order-book.match.price-time-priority] equal prices match the oldest bet first")
        .isEqualTo("6.00");
    assertThat(get(youngLay.getBetId()).getStakeMatched())
        .as("[order-book.match.price-time-priority] the younger bet at the same price waits")
        .isEqualTo("0.00");
    assertThat(get(bestLay.getBetId()).getState())
        .as("[order-book.match.price-time-priority] the best-priced bet is fully matched")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
    Bet after = get(backer.getBetId());
    assertThat(after.getState())
        .as("[order-book.bet.state] a fully matched bet is EXECUTION_COMPLETE")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
    assertThat(after.getAveragePriceMatched())
        .as("[order-book.match.average-price] (4 x 2.10 + 6 x 2.00) / 10")
        .isEqualTo("2.04");
    assertThat(after.getStakeMatched())
        .as("[order-book.bet.sizes] stake_matched")
        .isEqualTo("10.00");
  }

  @Test
  @DisplayName("a bet never matches at a price worse than its limit")
  void limitPrice() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet lay = lay(a, m, "2.00", "10.00");
    Bet back = back(b, m, "3.00", "10.00");

    assertThat(get(back.getBetId()).getStakeMatched())
        .as("[order-book.match.limit-price] a BACK at 3.00 must not match a LAY at 2.00")
        .isEqualTo("0.00");
    assertThat(get(lay.getBetId()).getStakeRemaining())
        .as("[order-book.match.limit-price] the LAY at 2.00 stays unmatched")
        .isEqualTo("10.00");
    assertThat(fillsOf(back.getBetId()))
        .as("[order-book.match.limit-price] no fill below the backer's price")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "a crossing bet is filled at the resting bet's price and keeps its price improvement")
  void restingPrice() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet back = back(a, m, "2.00", "10.00");
    Bet lay = lay(b, m, "2.50", "10.00");

    List<Fill> fills = fillsOf(lay.getBetId());
    assertThat(fills)
        .as("[order-book.match.resting-price] one fill at the resting BACK's 2.00")
        .extracting(Fill::getPrice)
        .containsExactly("2.00");
    Bet l = get(lay.getBetId());
    assertThat(l.getLiability())
        .as("[order-book.bet.liability] LAY liability is stake x (price - 1)")
        .isEqualTo("15.00");
    assertThat(l.getAveragePriceMatched())
        .as("[order-book.match.resting-price] average price matched")
        .isEqualTo("2.00");
    assertThat(get(back.getBetId()).getState())
        .as("[order-book.bet.state] the resting BACK is fully matched")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
  }

  @Test
  @DisplayName("a partial fill leaves the rest on the book and the sizes add up")
  void partialFill() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    lay(a, m, "3.00", "4.00");
    Bet back = get(back(b, m, "3.00", "10.00").getBetId());

    assertThat(back.getState())
        .as("[order-book.bet.state] a partly matched bet stays EXECUTABLE")
        .isEqualTo(BetState.BET_STATE_EXECUTABLE);
    assertThat(List.of(back.getStakeMatched(), back.getStakeRemaining()))
        .as("[order-book.bet.sizes] matched and remaining after a partial fill")
        .containsExactly("4.00", "6.00");
    assertSizesAddUp(back);
    GetMarketBookResponse book =
        operator().getMarketBook(GetMarketBookRequest.newBuilder().setMarketId(m).build());
    RunnerBook home = book.getBook().getRunnerBooks(0);
    assertThat(home.getLayLevelsList())
        .as("[order-book.book.levels] the unmatched BACK stake is available to lay at 3.00")
        .extracting(l -> l.getPrice() + "/" + l.getAvailableAmount())
        .containsExactly("3.00/6.00");
    assertThat(home.getMatchedAmount())
        .as("[order-book.book.matched] each match counted once")
        .isEqualTo("4.00");
    assertThat(home.getLastPriceTraded()).as("[order-book.book.last-price]").isEqualTo("3.00");
    assertThat(book.getBook().getTotalMatchedAmount())
        .as("[order-book.book.matched] total matched")
        .isEqualTo("4.00");
    assertThat(book.getBook().getMarketVersion())
        .as("[order-book.book.version] the book carries the market's version")
        .isEqualTo(book.getMarket().getMarketVersion());
  }

  private static void assertSizesAddUp(Bet b) {
    BigDecimal sum =
        new BigDecimal(b.getStakeMatched())
            .add(new BigDecimal(b.getStakeRemaining()))
            .add(new BigDecimal(b.getStakeCancelled()))
            .add(new BigDecimal(b.getStakeLapsed()))
            .add(new BigDecimal(b.getStakeVoided()));
    assertThat(sum.compareTo(new BigDecimal(b.getStake())))
        .as(
            "[order-book.bet.sizes] matched + remaining + cancelled + lapsed + voided = stake for %s",
            b)
        .isZero();
    assertThat(new BigDecimal(b.getLiabilityHeld()))
        .as("[order-book.bet.sizes] liability_held = liability - refunded_amount")
        .isEqualByComparingTo(
            new BigDecimal(b.getLiability()).subtract(new BigDecimal(b.getRefundedAmount())));
  }

  // ---------------------------------------------------------------------------------------------
  // Placement checks and the saga's state machine.

  @Test
  @DisplayName("a price off the ladder fails validation on the price field")
  void offLadderPrice() {
    String m = newMarket(0);
    for (String price : List.of("2.01", "2.5", "3.33", "1000.00")) {
      PlaceBetRequest req =
          PlaceBetRequest.newBuilder()
              .setUserId("tck-ladder")
              .setMarketId(m)
              .setSelectionId("home")
              .setSide(BetSide.BET_SIDE_BACK)
              .setPrice(price)
              .setStake("10.00")
              .setCurrency(CCY)
              .setReservationId("tck-r")
              .setOrderId("tck-o")
              .setSagaId("tck-s-" + UUID.randomUUID())
              .setIdempotencyKey(key())
              .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_LAPSE)
              .build();
      StatusRuntimeException e =
          fails("order-book.place.off-ladder", () -> service().placeBet(req));
      assertError(
          e,
          Status.Code.INVALID_ARGUMENT,
          ErrorReason.ERROR_REASON_VALIDATION_FAILED,
          "order-book.place.off-ladder");
      assertThat(RpcErrors.badRequest(e).map(Object::toString).orElse(""))
          .as("[order-book.place.off-ladder] the violation names the price field (%s)", price)
          .contains("price");
    }
  }

  @Test
  @DisplayName("a stake below the market's minimum is refused with STAKE_BELOW_MINIMUM")
  void minimumStake() {
    String m = newMarket(0);
    Market market =
        operator().getMarket(GetMarketRequest.newBuilder().setMarketId(m).build()).getMarket();
    assertThat(market.getMinStake())
        .as("[order-book.market.min-stake] EUR minimum")
        .isEqualTo("2.00");
    TckUser u = bettor();
    StatusRuntimeException e =
        fails(
            "order-book.place.min-stake",
            () ->
                place(
                    u,
                    m,
                    "home",
                    BetSide.BET_SIDE_BACK,
                    "2.00",
                    "1.99",
                    PersistenceType.PERSISTENCE_TYPE_LAPSE,
                    0));
    assertError(
        e,
        Status.Code.INVALID_ARGUMENT,
        OrderErrorReason.ORDER_ERROR_REASON_STAKE_BELOW_MINIMUM,
        "order-book.place.min-stake");
  }

  @Test
  @DisplayName("PlaceBet checks the wallet reservation holds exactly the bet's liability")
  void reservationMismatch() {
    String m = newMarket(0);
    TckUser u = bettor();
    Placed ok = pendingBack(u, m, PersistenceType.PERSISTENCE_TYPE_LAPSE);
    String saga = "tck-saga-" + UUID.randomUUID();
    PlaceBetRequest wrong =
        ok.request().toBuilder()
            .setSagaId(saga)
            .setIdempotencyKey(saga + ":place")
            .setStake("6.00")
            .build();
    StatusRuntimeException e =
        fails("order-book.place.reservation", () -> service().placeBet(wrong));
    assertError(
        e,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_RESERVATION_MISMATCH,
        "order-book.place.reservation");
  }

  @Test
  @DisplayName("PlaceBet on a removed runner fails with RUNNER_NOT_ACTIVE and creates no bet")
  void placeOnRemovedRunner() {
    String rule = "order-book.place.runner-active";
    String m = newMarket(0);
    removeRunner(m, "draw");
    TckUser u = bettor();
    StatusRuntimeException e =
        fails(
            rule,
            () ->
                place(
                    u,
                    m,
                    "draw",
                    BetSide.BET_SIDE_BACK,
                    "2.00",
                    "5.00",
                    PersistenceType.PERSISTENCE_TYPE_LAPSE,
                    0));
    assertError(
        e,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_RUNNER_NOT_ACTIVE,
        rule);
    assertThat(metadata(e, "marketId")).as("[%s] metadata marketId", rule).isEqualTo(m);
    assertThat(metadata(e, "selectionId")).as("[%s] metadata selectionId", rule).isEqualTo("draw");
    assertThat(metadata(e, "status"))
        .as("[%s] metadata status: the runner's status by its full name", rule)
        .isEqualTo("RUNNER_STATUS_REMOVED");
    assertThat(betsOf(u)).as("[%s] the refused PlaceBet created no bet", rule).isEmpty();
    assertThat(balance(u)).as("[%s] no money moved", rule).isEqualTo(START_BALANCE);
    assertThat(pendingBack(u, m, PersistenceType.PERSISTENCE_TYPE_LAPSE).bet().getState())
        .as("[%s] the market's ACTIVE runners still take bets", rule)
        .isEqualTo(BetState.BET_STATE_PENDING);
  }

  @Test
  @DisplayName(
      "PlaceBet in another currency than the market's fails with CURRENCY_MISMATCH and creates no bet")
  void placeInAnotherCurrency() {
    String rule = "order-book.place.currency";
    String m = newMarket(0);
    TckUser u = bettor();
    String saga = "tck-saga-" + UUID.randomUUID();
    Reservation r = reserve(u, saga, "5.00");
    PlaceBetRequest gbp =
        PlaceBetRequest.newBuilder()
            .setUserId(u.userId())
            .setMarketId(m)
            .setSelectionId("home")
            .setSide(BetSide.BET_SIDE_BACK)
            .setPrice("2.00")
            .setStake("5.00")
            .setCurrency("GBP")
            .setReservationId(r.getReservationId())
            .setOrderId("tck-order-" + saga)
            .setSagaId(saga)
            .setIdempotencyKey(saga + ":place")
            .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_LAPSE)
            .build();
    StatusRuntimeException e = fails(rule, () -> service().placeBet(gbp));
    assertError(
        e,
        Status.Code.INVALID_ARGUMENT,
        OrderErrorReason.ORDER_ERROR_REASON_CURRENCY_MISMATCH,
        rule);
    assertThat(metadata(e, "marketCurrency"))
        .as("[%s] metadata marketCurrency", rule)
        .isEqualTo(CCY);
    assertThat(betsOf(u)).as("[%s] the refused PlaceBet created no bet", rule).isEmpty();
    assertThat(balance(u)).as("[%s] no money moved", rule).isEqualTo(START_BALANCE);
    Bet placed =
        service()
            .placeBet(
                gbp.toBuilder().setCurrency(CCY).setIdempotencyKey(saga + ":place-again").build())
            .getBet();
    assertThat(placed.getState())
        .as("[%s] the saga has no bet yet: placed in the market's currency, it is PENDING", rule)
        .isEqualTo(BetState.BET_STATE_PENDING);
  }

  @Test
  @DisplayName("PlaceBet creates the bet PENDING and off the book; only ConfirmBet lets it match")
  void pendingIsOffTheBook() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Placed pending =
        place(
            a,
            m,
            "home",
            BetSide.BET_SIDE_LAY,
            "2.00",
            "10.00",
            PersistenceType.PERSISTENCE_TYPE_PERSIST,
            0);
    assertThat(pending.bet().getState())
        .as("[order-book.place.pending] PlaceBet returns the bet PENDING")
        .isEqualTo(BetState.BET_STATE_PENDING);
    Bet back = back(b, m, "2.00", "10.00");
    assertThat(get(back.getBetId()).getStakeMatched())
        .as("[order-book.place.pending-off-book] a PENDING bet must not be matched")
        .isEqualTo("0.00");
    Bet confirmed = confirm(pending);
    assertThat(confirmed.getStakeMatched())
        .as("[order-book.confirm.matches] ConfirmBet puts the bet on the book and matches it")
        .isEqualTo("10.00");
    assertThat(fillsOf(confirmed.getBetId()).get(0).getPrice())
        .as("[order-book.match.resting-price] filled at the resting BACK's price")
        .isEqualTo("2.00");
  }

  @Test
  @DisplayName("the saga's compensation cancels only PENDING bets and tolerates a missing bet")
  void sagaStateMachine() {
    String m = newMarket(0);
    TckUser u = bettor();
    Placed p = pendingBack(u, m, PersistenceType.PERSISTENCE_TYPE_LAPSE);
    CancelBetResponse cancelled =
        service()
            .cancelBet(
                CancelBetRequest.newBuilder()
                    .setBetId(p.bet().getBetId())
                    .setSagaId(p.sagaId())
                    .setIdempotencyKey(p.sagaId() + ":cancel-bet")
                    .build());
    assertThat(cancelled.getOutcome())
        .as("[order-book.saga.cancel-pending] outcome")
        .isEqualTo(CancelBetOutcome.CANCEL_BET_OUTCOME_CANCELLED);
    assertThat(cancelled.getBet().getState())
        .as("[order-book.saga.cancel-pending] state")
        .isEqualTo(BetState.BET_STATE_CANCELLED);
    CancelBetResponse again =
        service()
            .cancelBet(
                CancelBetRequest.newBuilder()
                    .setSagaId(p.sagaId())
                    .setIdempotencyKey(key())
                    .build());
    assertThat(again.getOutcome())
        .as("[order-book.saga.cancel-pending] a second cancel finds it ALREADY_CANCELLED")
        .isEqualTo(CancelBetOutcome.CANCEL_BET_OUTCOME_ALREADY_CANCELLED);
    StatusRuntimeException confirmCancelled =
        fails(
            "order-book.saga.confirm-cancelled",
            () ->
                service()
                    .confirmBet(
                        ConfirmBetRequest.newBuilder()
                            .setBetId(p.bet().getBetId())
                            .setSagaId(p.sagaId())
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        confirmCancelled,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_BET_CANCELLED,
        "order-book.saga.confirm-cancelled");

    String ghost = "tck-saga-" + UUID.randomUUID();
    CancelBetResponse none =
        service()
            .cancelBet(
                CancelBetRequest.newBuilder()
                    .setSagaId(ghost)
                    .setIdempotencyKey(ghost + ":cancel-bet")
                    .build());
    assertThat(none.getOutcome())
        .as("[order-book.saga.cancel-missing] a missing bet is NO_BET, not an error")
        .isEqualTo(CancelBetOutcome.CANCEL_BET_OUTCOME_NO_BET);
    PlaceBetRequest late =
        p.request().toBuilder().setSagaId(ghost).setIdempotencyKey(ghost + ":place").build();
    StatusRuntimeException tomb =
        fails("order-book.saga.tombstone", () -> service().placeBet(late));
    assertError(
        tomb,
        Status.Code.ABORTED,
        ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED,
        "order-book.saga.tombstone");

    TckUser v = bettor();
    Placed q = pendingBack(v, m, PersistenceType.PERSISTENCE_TYPE_LAPSE);
    confirm(q);
    StatusRuntimeException pastPivot =
        fails(
            "order-book.saga.cancel-confirmed",
            () ->
                service()
                    .cancelBet(
                        CancelBetRequest.newBuilder()
                            .setBetId(q.bet().getBetId())
                            .setSagaId(q.sagaId())
                            .setIdempotencyKey(q.sagaId() + ":cancel-bet")
                            .build()));
    assertError(
        pastPivot,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_BET_ALREADY_CONFIRMED,
        "order-book.saga.cancel-confirmed");
  }

  @Test
  @DisplayName(
      "PlaceBet replays its outcome for the same key and refuses a reused key or a second bet")
  void placeReplayAndKeyReuse() {
    String m = newMarket(0);
    TckUser u = bettor();
    Placed p = pendingBack(u, m, PersistenceType.PERSISTENCE_TYPE_LAPSE);
    Bet replay = service().placeBet(p.request()).getBet();
    assertThat(replay.getBetId())
        .as("[order-book.idempotency.replay] a same-key retry returns the same bet")
        .isEqualTo(p.bet().getBetId());
    StatusRuntimeException reused =
        fails(
            "order-book.idempotency.key-reused",
            () -> service().placeBet(p.request().toBuilder().setStake("6.00").build()));
    assertError(
        reused,
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED,
        "order-book.idempotency.key-reused");
    StatusRuntimeException second =
        fails(
            "order-book.place.one-bet-per-saga",
            () -> service().placeBet(p.request().toBuilder().setIdempotencyKey(key()).build()));
    assertError(
        second,
        Status.Code.ALREADY_EXISTS,
        OrderErrorReason.ORDER_ERROR_REASON_BET_ALREADY_EXISTS,
        "order-book.place.one-bet-per-saga");
    List<Bet> bets =
        book(u.credentials())
            .listBets(ListBetsRequest.newBuilder().setUserId(u.userId()).build())
            .getBetsList();
    assertThat(bets).as("[order-book.idempotency.replay] exactly one bet exists").hasSize(1);
  }

  @Test
  @DisplayName("ConfirmBet on a bet past PENDING returns it unchanged, whatever the key")
  void confirmTwice() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    lay(a, m, "2.00", "5.00");
    Placed p = pendingBack(b, m, PersistenceType.PERSISTENCE_TYPE_LAPSE);
    Bet first = confirm(p);
    Bet again =
        service()
            .confirmBet(
                ConfirmBetRequest.newBuilder()
                    .setBetId(p.bet().getBetId())
                    .setSagaId(p.sagaId())
                    .setIdempotencyKey(key())
                    .build())
            .getBet();
    assertThat(again.getFillCount())
        .as("[order-book.confirm.once] a second ConfirmBet makes no new fill")
        .isEqualTo(first.getFillCount());
    assertThat(again.getStakeMatched())
        .as("[order-book.confirm.once] sizes unchanged")
        .isEqualTo("5.00");
  }

  @Test
  @DisplayName("ConfirmBet lapses a bet priced on an older market version and refunds it at once")
  void confirmLapsesOnVersionChange() {
    String m = newMarket(0);
    TckUser u = bettor();
    long version =
        operator()
            .getMarket(GetMarketRequest.newBuilder().setMarketId(m).build())
            .getMarket()
            .getMarketVersion();
    Placed p =
        place(
            u,
            m,
            "home",
            BetSide.BET_SIDE_BACK,
            "2.00",
            "5.00",
            PersistenceType.PERSISTENCE_TYPE_PERSIST,
            version);
    operator()
        .suspendMarket(
            SuspendMarketRequest.newBuilder()
                .setMarketId(m)
                .setIdempotencyKey(key())
                .setMaterial(true)
                .build());
    assertLapsedAtConfirmation(confirm(p), u, "5.00", "order-book.confirm.version-lapse");
  }

  /** ConfirmBet lapsed the whole stake of a BACK bet and refunded it to the wallet at once. */
  private void assertLapsedAtConfirmation(Bet lapsed, TckUser u, String stake, String rule) {
    assertThat(lapsed.getState())
        .as("[%s] ConfirmBet lapses the bet: EXECUTION_COMPLETE", rule)
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
    assertThat(
            List.of(lapsed.getStakeLapsed(), lapsed.getRefundedAmount(), lapsed.getLiabilityHeld()))
        .as("[%s] the whole stake lapsed and was refunded", rule)
        .containsExactly(stake, stake, "0.00");
    assertThat(balance(u)).as("[%s] the refund reached the wallet", rule).isEqualTo(START_BALANCE);
  }

  @Test
  @DisplayName("an in-play bet waits the market's bet delay before it reaches the book")
  void inPlayBetDelay() {
    Optional<TckClock> clock = target().clock();
    Assumptions.assumeTrue(
        clock.isPresent(), "the target's clock cannot be moved (TckTarget.clock() is empty)");
    String m = "tck-m-" + UUID.randomUUID();
    operator()
        .openMarket(
            openRequest(m, 0)
                .setBetDelay(com.google.protobuf.Duration.newBuilder().setSeconds(5))
                .build());
    operator()
        .updateMarket(
            UpdateMarketRequest.newBuilder()
                .setMarketId(m)
                .setMarketUpdate(MarketUpdate.newBuilder().setInPlay(true))
                .setUpdateMask(FieldMask.newBuilder().addPaths("in_play"))
                .setIdempotencyKey(key())
                .build());
    TckUser a = bettor();
    TckUser b = bettor();
    Bet lay = lay(a, m, "2.00", "5.00");
    clock.get().advance(Duration.ofSeconds(5));
    Bet back = back(b, m, "2.00", "5.00");
    assertThat(back.getStakeMatched())
        .as("[order-book.confirm.bet-delay] the bet waits the 5 s delay before it can match")
        .isEqualTo("0.00");
    clock.get().advance(Duration.ofSeconds(4));
    assertThat(get(back.getBetId()).getStakeMatched())
        .as("[order-book.confirm.bet-delay] still waiting after 4 s")
        .isEqualTo("0.00");
    clock.get().advance(Duration.ofSeconds(1));
    assertThat(get(back.getBetId()).getStakeMatched())
        .as("[order-book.confirm.bet-delay] matched once the delay has passed")
        .isEqualTo("5.00");
    assertThat(get(lay.getBetId()).getStakeMatched())
        .as("[order-book.confirm.bet-delay] against the earlier lay")
        .isEqualTo("5.00");
  }

  // ---------------------------------------------------------------------------------------------
  // Bettor's controls and refunds.

  @Test
  @DisplayName("cancelling unmatched stake refunds it at once")
  void cancelRefunds() {
    String m = newMarket(0);
    TckUser u = bettor();
    Bet b = back(u, m, "3.00", "10.00");
    assertThat(balance(u))
        .as("[order-book.cancel.refund] the liability was debited")
        .isEqualTo("990.00");

    CancelBetResult r = cancel(u, m, b.getBetId(), null);

    assertThat(r.getSuccess()).as("[order-book.cancel.refund] instruction succeeded").isTrue();
    assertThat(List.of(r.getStakeCancelled(), r.getRefundedAmount()))
        .as("[order-book.cancel.refund] stake cancelled and refunded")
        .containsExactly("10.00", "10.00");
    Bet after = get(b.getBetId());
    assertThat(after.getState())
        .as("[order-book.cancel.refund] nothing left unmatched: EXECUTION_COMPLETE")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
    assertThat(
            List.of(after.getStakeCancelled(), after.getRefundedAmount(), after.getLiabilityHeld()))
        .as("[order-book.cancel.refund] bet sizes")
        .containsExactly("10.00", "10.00", "0.00");
    assertSizesAddUp(after);
    assertThat(balance(u))
        .as("[order-book.cancel.refund] the wallet got the stake back at once")
        .isEqualTo(START_BALANCE);
    CancelBetResult again = cancel(u, m, b.getBetId(), null);
    assertThat(again.getSuccess())
        .as("[order-book.cancel.not-executable] nothing left to cancel")
        .isFalse();
    assertInstructionError(
        again.getError(),
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_EXECUTABLE,
        "order-book.cancel.not-executable");
    assertThat(balance(u)).as("[order-book.cancel.refund] refunded once").isEqualTo(START_BALANCE);
  }

  @Test
  @DisplayName("a size reduction cancels part of the unmatched stake and refunds its liability")
  void reduce() {
    String m = newMarket(0);
    TckUser u = bettor();
    Bet layBet = lay(u, m, "3.00", "10.00");
    assertThat(balance(u))
        .as("[order-book.cancel.reduce] LAY liability 20.00 debited")
        .isEqualTo("980.00");
    CancelBetResult r = cancel(u, m, layBet.getBetId(), "4.00");
    assertThat(List.of(r.getStakeCancelled(), r.getRefundedAmount()))
        .as("[order-book.cancel.reduce] 4.00 of stake at 3.00 frees 8.00 of liability")
        .containsExactly("4.00", "8.00");
    Bet after = get(layBet.getBetId());
    assertThat(after.getState())
        .as("[order-book.cancel.reduce] the rest stays EXECUTABLE")
        .isEqualTo(BetState.BET_STATE_EXECUTABLE);
    assertThat(after.getStakeRemaining())
        .as("[order-book.cancel.reduce] remaining")
        .isEqualTo("6.00");
    assertSizesAddUp(after);
    assertThat(balance(u)).as("[order-book.cancel.reduce] wallet").isEqualTo("988.00");
  }

  @Test
  @DisplayName("a cancel never touches matched stake: a fill, once made, is final")
  void fillIsFinal() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet lay = lay(a, m, "3.00", "4.00");
    Bet back = back(b, m, "3.00", "10.00");

    CancelBetResult r = cancel(b, m, back.getBetId(), null);

    assertThat(r.getStakeCancelled())
        .as("[order-book.fill.final] only the unmatched 6.00 is cancelled")
        .isEqualTo("6.00");
    Bet after = get(back.getBetId());
    assertThat(List.of(after.getStakeMatched(), after.getStakeVoided()))
        .as("[order-book.fill.final] the matched stake stays matched, nothing voided")
        .containsExactly("4.00", "0.00");
    assertThat(fillsOf(back.getBetId()))
        .as("[order-book.fill.final] every fill stays MATCHED")
        .extracting(Fill::getState)
        .containsOnly(FillState.FILL_STATE_MATCHED);
    assertThat(get(lay.getBetId()).getStakeMatched())
        .as("[order-book.fill.final] the counterparty keeps its match")
        .isEqualTo("4.00");
    assertThat(balance(b)).as("[order-book.cancel.refund] 6.00 refunded").isEqualTo("996.00");
  }

  @Test
  @DisplayName("a LAY's liability rounds up, and a release refunds what it holds beyond its need")
  void layLiabilityAndRefundFormula() {
    String m = newMarket(0);
    TckUser a = bettor();
    Bet odd = lay(a, m, "1.57", "3.33");
    assertThat(odd.getLiability())
        .as("[order-book.bet.liability] 3.33 x 0.57 = 1.8981 rounds UP to 1.90")
        .isEqualTo("1.90");
    TckUser b = bettor();
    TckUser c = bettor();
    back(b, m, "2.50", "4.00");
    Bet lay = lay(c, m, "3.00", "10.00");
    assertThat(List.of(lay.getLiability(), lay.getStakeMatched()))
        .as("[order-book.match.resting-price] 4.00 matched at the resting 2.50")
        .containsExactly("20.00", "4.00");
    CancelBetResult r = cancel(c, m, lay.getBetId(), null);
    assertThat(r.getRefundedAmount())
        .as(
            "[order-book.cancel.refund-formula] held 20.00 - need 4.00 x 1.50 = 14.00 (the price"
                + " improvement included)")
        .isEqualTo("14.00");
    assertThat(get(lay.getBetId()).getLiabilityHeld())
        .as("[order-book.cancel.refund-formula] the bet still holds its fill's liability")
        .isEqualTo("6.00");
    assertThat(balance(c)).as("[order-book.cancel.refund-formula] wallet").isEqualTo("994.00");
  }

  @Test
  @DisplayName("a LAY filled at a better price is settled from what it holds")
  void layPriceImprovementSettlement() {
    String m = newMarket(0);
    TckUser b = bettor();
    TckUser c = bettor();
    back(b, m, "2.50", "10.00");
    Bet lay = lay(c, m, "3.00", "10.00");
    close(m);
    settle(m, SelectionResultType.SELECTION_RESULT_TYPE_WIN);
    Bet settled = get(lay.getBetId());
    assertThat(List.of(settled.getSettlement().getLiability(), settled.getSettlement().getPayout()))
        .as(
            "[order-book.settle.payout] LAY held 20.00, lost 10.00 x 1.50: the 5.00 it held beyond"
                + " its fill comes back")
        .containsExactly("20.00", "5.00");
    assertThat(balance(c)).as("[order-book.settle.payout] 1000 - 20 + 5").isEqualTo("985.00");
  }

  @Test
  @DisplayName("a bettor can cancel only their own bets")
  void cancelOnlyOwnBets() {
    String m = newMarket(0);
    TckUser owner = bettor();
    TckUser other = bettor();
    Bet b = back(owner, m, "3.00", "10.00");

    CancelBetResult foreign = cancel(other, m, b.getBetId(), null);
    assertThat(foreign.getSuccess())
        .as("[order-book.access.own-bets] another user's bet cannot be cancelled")
        .isFalse();
    assertInstructionError(
        foreign.getError(),
        Status.Code.NOT_FOUND,
        OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_IN_MARKET,
        "order-book.access.own-bets");
    StatusRuntimeException asOwner =
        fails(
            "order-book.access.own-bets",
            () ->
                book(other.credentials())
                    .cancelBets(
                        CancelBetsRequest.newBuilder()
                            .setUserId(owner.userId())
                            .setMarketId(m)
                            .addInstructions(CancelInstruction.newBuilder().setBetId(b.getBetId()))
                            .setIdempotencyKey(key())
                            .build()));
    assertThat(asOwner.getStatus().getCode())
        .as("[order-book.access.own-bets] user_id must be the caller")
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    Bet after = get(b.getBetId());
    assertThat(after.getStakeRemaining())
        .as("[order-book.access.own-bets] the owner's bet is untouched")
        .isEqualTo("10.00");
  }

  @Test
  @DisplayName("replace moves unmatched stake to a new price; LAY only to a lower liability")
  void replaceBets() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet restingLay = lay(a, m, "2.50", "10.00");
    Bet back = back(b, m, "3.00", "10.00");
    ReplaceBetResult r = replace(b, m, back.getBetId(), "2.50");
    assertThat(r.getSuccess()).as("[order-book.replace.matches] replaced").isTrue();
    assertThat(get(back.getBetId()).getStakeMatched())
        .as("[order-book.replace.matches] the new price crosses and matches at once")
        .isEqualTo("10.00");
    assertThat(get(back.getBetId()).getPrice()).as("[order-book.replace.price]").isEqualTo("2.50");
    assertThat(r.getRefundedAmount()).as("[order-book.replace.back-no-money]").isEqualTo("0.00");
    assertThat(get(restingLay.getBetId()).getState())
        .as("[order-book.replace.matches] counterparty")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);

    TckUser c = bettor();
    Bet lay = lay(c, m, "3.00", "10.00");
    ReplaceBetResult up = replace(c, m, lay.getBetId(), "4.00");
    assertThat(up.getSuccess())
        .as("[order-book.replace.lay-limit] a higher LAY price needs new money")
        .isFalse();
    assertInstructionError(
        up.getError(),
        Status.Code.INVALID_ARGUMENT,
        OrderErrorReason.ORDER_ERROR_REASON_REPLACE_EXCEEDS_LIABILITY,
        "order-book.replace.lay-limit");
    ReplaceBetResult down = replace(c, m, lay.getBetId(), "2.80");
    assertThat(down.getRefundedAmount())
        .as("[order-book.replace.lay-refund] 20.00 held, 18.00 needed at 2.80")
        .isEqualTo("2.00");
    assertThat(balance(c)).as("[order-book.replace.lay-refund] wallet").isEqualTo("982.00");
  }

  @Test
  @DisplayName(
      "a batch instruction for a bet not on the request's market, unknown or not the caller's, is"
          + " BET_NOT_IN_MARKET; the other instructions still run")
  void betNotInMarket() {
    String m = newMarket(0);
    String other = newMarket(0);
    TckUser u = bettor();
    Bet here = back(u, m, "3.00", "10.00");
    Bet there = back(u, other, "3.00", "10.00");
    CancelBetsResponse batch =
        book(u.credentials())
            .cancelBets(
                CancelBetsRequest.newBuilder()
                    .setUserId(u.userId())
                    .setMarketId(m)
                    .addInstructions(CancelInstruction.newBuilder().setBetId(there.getBetId()))
                    .addInstructions(
                        CancelInstruction.newBuilder()
                            .setBetId(here.getBetId())
                            .setSizeReduction("4.00")
                            .setCurrency(CCY))
                    .setIdempotencyKey(key())
                    .build());
    assertThat(batch.getResultsList())
        .as("[order-book.batch.per-instruction] one result per instruction, in request order")
        .extracting(CancelBetResult::getBetId)
        .containsExactly(there.getBetId(), here.getBetId());
    CancelBetResult wrong = batch.getResults(0);
    assertThat(wrong.getSuccess())
        .as("[order-book.cancel.not-in-market] a bet of another market is not cancelled")
        .isFalse();
    ErrorInfo info =
        assertInstructionError(
            wrong.getError(),
            Status.Code.NOT_FOUND,
            OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_IN_MARKET,
            "order-book.cancel.not-in-market");
    assertThat(
            List.of(
                info.getMetadataOrDefault("betId", ""), info.getMetadataOrDefault("marketId", "")))
        .as("[order-book.cancel.not-in-market] metadata betId, marketId (the request's market)")
        .containsExactly(there.getBetId(), m);
    assertThat(batch.getResults(1).getSuccess())
        .as("[order-book.batch.per-instruction] a failed instruction does not stop the others")
        .isTrue();
    assertThat(
            List.of(
                get(there.getBetId()).getStakeRemaining(),
                get(here.getBetId()).getStakeRemaining()))
        .as(
            "[order-book.cancel.not-in-market] the other market's bet is untouched; the valid"
                + " instruction reduced its bet")
        .containsExactly("10.00", "6.00");
    assertThat(balance(u))
        .as("[order-book.cancel.not-in-market] only the valid reduction was refunded")
        .isEqualTo("984.00");

    ReplaceBetResult unknown = replace(u, m, "tck-no-such-bet", "2.50");
    assertThat(unknown.getSuccess()).as("[order-book.replace.not-in-market] unknown bet").isFalse();
    ErrorInfo unknownInfo =
        assertInstructionError(
            unknown.getError(),
            Status.Code.NOT_FOUND,
            OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_IN_MARKET,
            "order-book.replace.not-in-market");
    assertThat(
            List.of(
                unknownInfo.getMetadataOrDefault("betId", ""),
                unknownInfo.getMetadataOrDefault("marketId", "")))
        .as("[order-book.replace.not-in-market] metadata betId, marketId")
        .containsExactly("tck-no-such-bet", m);

    TckUser stranger = bettor();
    ReplaceBetResult foreign = replace(stranger, m, here.getBetId(), "2.50");
    assertThat(foreign.getSuccess())
        .as("[order-book.access.own-bets] another user's bet cannot be replaced")
        .isFalse();
    assertInstructionError(
        foreign.getError(),
        Status.Code.NOT_FOUND,
        OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_IN_MARKET,
        "order-book.access.own-bets");
    assertThat(get(here.getBetId()).getPrice())
        .as("[order-book.access.own-bets] the owner's bet keeps its price")
        .isEqualTo("3.00");
  }

  @Test
  @DisplayName(
      "cancelling or replacing a bet without unmatched stake (PENDING, fully matched) is"
          + " BET_NOT_EXECUTABLE and changes nothing")
  void betNotExecutable() {
    String rule = "order-book.cancel.not-executable";
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Placed pending = pendingBack(a, m, PersistenceType.PERSISTENCE_TYPE_PERSIST);
    String betId = pending.bet().getBetId();
    CancelBetResult early = cancel(a, m, betId, null);
    assertThat(early.getSuccess()).as("[%s] a PENDING bet is not on the book yet", rule).isFalse();
    ErrorInfo info =
        assertInstructionError(
            early.getError(),
            Status.Code.FAILED_PRECONDITION,
            OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_EXECUTABLE,
            rule);
    assertThat(info.getMetadataOrDefault("betId", ""))
        .as("[%s] metadata betId", rule)
        .isEqualTo(betId);
    assertThat(info.getMetadataOrDefault("state", ""))
        .as("[%s] metadata state: the bet's state by its full name", rule)
        .isEqualTo("BET_STATE_PENDING");
    assertThat(get(betId).getState())
        .as("[%s] the bet stays PENDING", rule)
        .isEqualTo(BetState.BET_STATE_PENDING);
    assertThat(confirm(pending).getState())
        .as("[%s] and its saga still confirms it", rule)
        .isEqualTo(BetState.BET_STATE_EXECUTABLE);

    lay(b, m, "2.00", "5.00");
    assertThat(get(betId).getState())
        .as("[order-book.replace.not-executable] the BACK is fully matched")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
    ReplaceBetResult late = replace(a, m, betId, "3.00");
    assertThat(late.getSuccess())
        .as("[order-book.replace.not-executable] nothing unmatched to move")
        .isFalse();
    ErrorInfo lateInfo =
        assertInstructionError(
            late.getError(),
            Status.Code.FAILED_PRECONDITION,
            OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_EXECUTABLE,
            "order-book.replace.not-executable");
    assertThat(lateInfo.getMetadataOrDefault("state", ""))
        .as("[order-book.replace.not-executable] metadata state: the bet's state by its full name")
        .isEqualTo("BET_STATE_EXECUTION_COMPLETE");
    Bet after = get(betId);
    assertThat(List.of(after.getPrice(), after.getStakeMatched(), after.getRefundedAmount()))
        .as("[order-book.replace.not-executable] price, matched stake and refunds unchanged")
        .containsExactly("2.00", "5.00", "0.00");
    assertThat(fillsOf(betId))
        .as("[order-book.replace.not-executable] its fill stays MATCHED")
        .extracting(Fill::getState)
        .containsExactly(FillState.FILL_STATE_MATCHED);
    assertThat(balance(a))
        .as("[order-book.replace.not-executable] no money moved")
        .isEqualTo("995.00");
  }

  @Test
  @DisplayName(
      "a LAY moved to a higher price is REPLACE_EXCEEDS_LIABILITY and keeps its price, priority"
          + " and money")
  void replaceExceedsLiability() {
    String rule = "order-book.replace.lay-limit";
    String m = newMarket(0);
    TckUser c = bettor();
    Bet lay = lay(c, m, "3.00", "10.00");
    ReplaceBetResult up = replace(c, m, lay.getBetId(), "4.00");
    assertThat(up.getSuccess())
        .as("[%s] 10.00 at 4.00 needs 30.00; the bet holds 20.00", rule)
        .isFalse();
    ErrorInfo info =
        assertInstructionError(
            up.getError(),
            Status.Code.INVALID_ARGUMENT,
            OrderErrorReason.ORDER_ERROR_REASON_REPLACE_EXCEEDS_LIABILITY,
            rule);
    assertThat(
            List.of(
                info.getMetadataOrDefault("betId", ""),
                info.getMetadataOrDefault("heldAmount", ""),
                info.getMetadataOrDefault("requiredAmount", "")))
        .as("[%s] metadata betId, heldAmount, requiredAmount", rule)
        .containsExactly(lay.getBetId(), "20.00", "30.00");
    Bet after = get(lay.getBetId());
    assertThat(List.of(after.getPrice(), after.getStakeRemaining(), after.getLiabilityHeld()))
        .as("[%s] price, unmatched stake and held liability unchanged", rule)
        .containsExactly("3.00", "10.00", "20.00");
    assertThat(balance(c)).as("[%s] no money moved", rule).isEqualTo("980.00");
    TckUser d = bettor();
    TckUser e = bettor();
    Bet younger = lay(d, m, "3.00", "10.00");
    back(e, m, "3.00", "10.00");
    assertThat(
            List.of(
                get(lay.getBetId()).getStakeMatched(), get(younger.getBetId()).getStakeMatched()))
        .as("[%s] the refused replace kept the bet's time priority", rule)
        .containsExactly("10.00", "0.00");
  }

  @Test
  @DisplayName(
      "a size reduction in another currency than the market's is CURRENCY_MISMATCH for the"
          + " instruction and reduces nothing")
  void reductionInAnotherCurrency() {
    String rule = "order-book.cancel.currency";
    String m = newMarket(0);
    TckUser u = bettor();
    Bet b = back(u, m, "3.00", "10.00");
    CancelBetResult r =
        book(u.credentials())
            .cancelBets(
                CancelBetsRequest.newBuilder()
                    .setUserId(u.userId())
                    .setMarketId(m)
                    .addInstructions(
                        CancelInstruction.newBuilder()
                            .setBetId(b.getBetId())
                            .setSizeReduction("4.00")
                            .setCurrency("GBP"))
                    .setIdempotencyKey(key())
                    .build())
            .getResults(0);
    assertThat(r.getSuccess()).as("[%s] the instruction fails", rule).isFalse();
    ErrorInfo info =
        assertInstructionError(
            r.getError(),
            Status.Code.INVALID_ARGUMENT,
            OrderErrorReason.ORDER_ERROR_REASON_CURRENCY_MISMATCH,
            rule);
    assertThat(info.getMetadataOrDefault("marketCurrency", ""))
        .as("[%s] metadata marketCurrency", rule)
        .isEqualTo(CCY);
    Bet after = get(b.getBetId());
    assertThat(List.of(after.getStakeRemaining(), after.getStakeCancelled()))
        .as("[%s] nothing reduced", rule)
        .containsExactly("10.00", "0.00");
    assertThat(balance(u)).as("[%s] nothing refunded", rule).isEqualTo("990.00");
  }

  @Test
  @DisplayName("a CancelBets retry with the same key replays the result and refunds once")
  void cancelReplay() {
    String m = newMarket(0);
    TckUser u = bettor();
    Bet b = back(u, m, "3.00", "10.00");
    CancelBetsRequest req =
        CancelBetsRequest.newBuilder()
            .setUserId(u.userId())
            .setMarketId(m)
            .addInstructions(
                CancelInstruction.newBuilder()
                    .setBetId(b.getBetId())
                    .setSizeReduction("3.00")
                    .setCurrency(CCY))
            .setIdempotencyKey(key())
            .build();
    CancelBetResult first = book(u.credentials()).cancelBets(req).getResults(0);
    CancelBetResult retry = book(u.credentials()).cancelBets(req).getResults(0);
    assertThat(retry)
        .as("[order-book.idempotency.cancel-replay] the retry returns the first result")
        .isEqualTo(first);
    assertThat(first.getInstructionId())
        .as("[order-book.cancel.instruction-id] c<index>-<16 hex digits>")
        .matches("c0-[0-9a-f]{16}");
    assertThat(get(b.getBetId()).getStakeRemaining())
        .as("[order-book.idempotency.cancel-replay] reduced once")
        .isEqualTo("7.00");
    assertThat(balance(u))
        .as("[order-book.idempotency.cancel-replay] refunded once")
        .isEqualTo("993.00");
    StatusRuntimeException reused =
        fails(
            "order-book.idempotency.key-reused",
            () ->
                book(u.credentials())
                    .cancelBets(
                        req.toBuilder()
                            .setInstructions(
                                0, req.getInstructions(0).toBuilder().setSizeReduction("1.00"))
                            .build()));
    assertError(
        reused,
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED,
        "order-book.idempotency.key-reused");
  }

  @Test
  @DisplayName("market operations replay per key and refuse impossible changes")
  void marketReplayAndTransitions() {
    String m = "tck-m-" + UUID.randomUUID();
    OpenMarketRequest open = openRequest(m, 200).build();
    Market first = operator().openMarket(open).getMarket();
    Market replay = operator().openMarket(open).getMarket();
    assertThat(replay)
        .as("[order-book.idempotency.market-replay] OpenMarket replays its response")
        .isEqualTo(first);
    assertThat(List.of(first.getState().name(), Long.toString(first.getMarketVersion())))
        .as("[order-book.market.open] a new market is OPEN at version 1")
        .containsExactly("MARKET_STATE_OPEN", "1");
    SuspendMarketRequest suspend =
        SuspendMarketRequest.newBuilder().setMarketId(m).setIdempotencyKey(key()).build();
    Market suspended = operator().suspendMarket(suspend).getMarket();
    assertThat(suspended.getMarketVersion())
        .as("[order-book.market.version] a state change increments the version")
        .isEqualTo(2);
    StatusRuntimeException reused =
        fails(
            "order-book.idempotency.key-reused",
            () -> operator().suspendMarket(suspend.toBuilder().setMaterial(true).build()));
    assertError(
        reused,
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED,
        "order-book.idempotency.key-reused");
    operator()
        .updateMarket(
            UpdateMarketRequest.newBuilder()
                .setMarketId(m)
                .setMarketUpdate(MarketUpdate.newBuilder().setInPlay(true))
                .setUpdateMask(FieldMask.newBuilder().addPaths("in_play"))
                .setIdempotencyKey(key())
                .build());
    StatusRuntimeException back =
        fails(
            "order-book.market.in-play-final",
            () ->
                operator()
                    .updateMarket(
                        UpdateMarketRequest.newBuilder()
                            .setMarketId(m)
                            .setMarketUpdate(MarketUpdate.newBuilder().setInPlay(false))
                            .setUpdateMask(FieldMask.newBuilder().addPaths("in_play"))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        back,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_INVALID_MARKET_TRANSITION,
        "order-book.market.in-play-final");
    TckUser u = bettor();
    StatusRuntimeException replaceSuspended =
        fails(
            "order-book.replace.market-open",
            () ->
                book(u.credentials())
                    .replaceBets(
                        ReplaceBetsRequest.newBuilder()
                            .setUserId(u.userId())
                            .setMarketId(m)
                            .addInstructions(
                                ReplaceInstruction.newBuilder().setBetId("x").setNewPrice("2.00"))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        replaceSuspended,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_OPEN,
        "order-book.replace.market-open");
  }

  @Test
  @DisplayName("the catalogue lists fixtures and markets; unknown ids are NOT_FOUND")
  void catalogueAndNotFound() {
    String m = newMarket(0);
    TckUser u = bettor();
    List<Market> markets =
        book(u.credentials())
            .listMarkets(
                ListMarketsRequest.newBuilder()
                    .setFixtureId("tck-f-" + m)
                    .addStates(MarketState.MARKET_STATE_OPEN)
                    .build())
            .getMarketsList();
    assertThat(markets)
        .as("[order-book.catalogue.markets] filtered by fixture and state")
        .extracting(Market::getMarketId)
        .containsExactly(m);
    assertThat(markets.get(0).getRunnersList())
        .as("[order-book.catalogue.markets] runners ACTIVE, in display order")
        .extracting(r -> r.getSelectionId() + "/" + r.getStatus().name())
        .containsExactly(
            "home/RUNNER_STATUS_ACTIVE", "draw/RUNNER_STATUS_ACTIVE", "away/RUNNER_STATUS_ACTIVE");
    List<String> fixtures = new ArrayList<>();
    String token = "";
    do {
      ListFixturesResponse page =
          book(u.credentials())
              .listFixtures(
                  ListFixturesRequest.newBuilder()
                      .setCompetitionId("tck-league")
                      .setPageSize(200)
                      .setPageToken(token)
                      .build());
      page.getFixturesList().forEach(f -> fixtures.add(f.getFixtureId()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    assertThat(fixtures).as("[order-book.catalogue.fixtures]").contains("tck-f-" + m);
    StatusRuntimeException market =
        fails(
            "order-book.market.not-found",
            () ->
                book(u.credentials())
                    .getMarket(GetMarketRequest.newBuilder().setMarketId("tck-none").build()));
    assertError(
        market,
        Status.Code.NOT_FOUND,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_FOUND,
        "order-book.market.not-found");
    StatusRuntimeException cancel =
        fails(
            "order-book.market.not-found",
            () ->
                book(u.credentials())
                    .cancelBets(
                        CancelBetsRequest.newBuilder()
                            .setUserId(u.userId())
                            .setMarketId("tck-none")
                            .addInstructions(CancelInstruction.newBuilder().setBetId("x"))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        cancel,
        Status.Code.NOT_FOUND,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_FOUND,
        "order-book.market.not-found");
    StatusRuntimeException job =
        fails(
            "order-book.settle.job-not-found",
            () ->
                operator()
                    .getSettlementJob(
                        GetSettlementJobRequest.newBuilder()
                            .setSettlementJobId("tck-none")
                            .build()));
    assertError(
        job,
        Status.Code.NOT_FOUND,
        OrderErrorReason.ORDER_ERROR_REASON_SETTLEMENT_JOB_NOT_FOUND,
        "order-book.settle.job-not-found");
    StatusRuntimeException bet =
        fails(
            "order-book.bet.not-found",
            () -> operator().getBet(GetBetRequest.newBuilder().setBetId("tck-none").build()));
    assertError(
        bet,
        Status.Code.NOT_FOUND,
        OrderErrorReason.ORDER_ERROR_REASON_BET_NOT_FOUND,
        "order-book.bet.not-found");
  }

  @Test
  @DisplayName("a market stream resumed from a cursor receives the changes after it")
  void marketStreamResume() {
    String m = newMarket(0);
    TckUser u = bettor();
    String cursor;
    Context.CancellableContext first = Context.current().withCancellation();
    try {
      cursor =
          first.call(
              () ->
                  book(u.credentials())
                      .streamMarketChanges(
                          StreamMarketChangesRequest.newBuilder().addMarketIds(m).build())
                      .next()
                      .getCursor());
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      first.cancel(null);
    }
    back(u, m, "4.00", "3.00");
    Context.CancellableContext resume = Context.current().withCancellation();
    try {
      resume.run(
          () -> {
            Iterator<StreamMarketChangesResponse> it =
                book(u.credentials())
                    .streamMarketChanges(
                        StreamMarketChangesRequest.newBuilder()
                            .addMarketIds(m)
                            .setCursor(cursor)
                            .build());
            StreamMarketChangesResponse last = it.next();
            while (last.getBook().getRunnerBooks(0).getLayLevelsCount() == 0) {
              last = it.next();
            }
            assertThat(last.getBook().getRunnerBooks(0).getLayLevels(0).getAvailableAmount())
                .as("[order-book.stream.resume] the new resting stake arrives after the cursor")
                .isEqualTo("3.00");
          });
    } finally {
      resume.cancel(null);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Market lifecycle, lapses.

  @Test
  @DisplayName("turning in-play lapses LAPSE stake with a refund and keeps PERSIST stake")
  void inPlayLapse() {
    String m = newMarket(0);
    TckUser u = bettor();
    Bet lapseBet =
        bet(
            u,
            m,
            "home",
            BetSide.BET_SIDE_BACK,
            "3.00",
            "10.00",
            PersistenceType.PERSISTENCE_TYPE_LAPSE);
    Bet persistBet =
        bet(
            u,
            m,
            "away",
            BetSide.BET_SIDE_BACK,
            "3.00",
            "5.00",
            PersistenceType.PERSISTENCE_TYPE_PERSIST);
    long before =
        operator()
            .getMarket(GetMarketRequest.newBuilder().setMarketId(m).build())
            .getMarket()
            .getMarketVersion();

    Market market =
        operator()
            .updateMarket(
                UpdateMarketRequest.newBuilder()
                    .setMarketId(m)
                    .setMarketUpdate(MarketUpdate.newBuilder().setInPlay(true))
                    .setUpdateMask(FieldMask.newBuilder().addPaths("in_play"))
                    .setIdempotencyKey(key())
                    .build())
            .getMarket();

    assertThat(market.getInPlay()).as("[order-book.market.in-play]").isTrue();
    assertThat(market.getMarketVersion())
        .as("[order-book.market.version] turning in-play increments the version")
        .isGreaterThan(before);
    Bet l = get(lapseBet.getBetId());
    assertThat(List.of(l.getStakeLapsed(), l.getRefundedAmount()))
        .as("[order-book.lapse.in-play] LAPSE stake lapsed and refunded")
        .containsExactly("10.00", "10.00");
    assertThat(l.getState())
        .as("[order-book.lapse.in-play] state")
        .isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
    assertThat(get(persistBet.getBetId()).getStakeRemaining())
        .as("[order-book.lapse.in-play] PERSIST stake stays on the book")
        .isEqualTo("5.00");
    assertThat(balance(u)).as("[order-book.lapse.in-play] wallet").isEqualTo("995.00");
  }

  @Test
  @DisplayName(
      "a suspended market does not match; a material suspension lapses LAPSE stake; reopening matches")
  void suspension() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet lapseBet =
        bet(
            a,
            m,
            "draw",
            BetSide.BET_SIDE_BACK,
            "4.00",
            "5.00",
            PersistenceType.PERSISTENCE_TYPE_LAPSE);
    Bet persistLay = lay(a, m, "2.00", "5.00");
    operator()
        .suspendMarket(
            SuspendMarketRequest.newBuilder()
                .setMarketId(m)
                .setIdempotencyKey(key())
                .setMaterial(true)
                .build());
    assertThat(get(lapseBet.getBetId()).getStakeLapsed())
        .as("[order-book.lapse.material-suspension] LAPSE stake lapses")
        .isEqualTo("5.00");
    assertThat(get(persistLay.getBetId()).getStakeRemaining())
        .as("[order-book.lapse.material-suspension] PERSIST stake stays")
        .isEqualTo("5.00");
    Bet back = back(b, m, "2.00", "5.00");
    assertThat(back.getStakeMatched())
        .as("[order-book.market.suspended-no-matching] nothing matches while SUSPENDED")
        .isEqualTo("0.00");
    assertThat(back.getState())
        .as("[order-book.market.suspended-no-matching] the bet joins the book")
        .isEqualTo(BetState.BET_STATE_EXECUTABLE);
    Market reopened = operator().openMarket(openRequest(m, 0).build()).getMarket();
    assertThat(reopened.getState())
        .as("[order-book.market.reopen]")
        .isEqualTo(MarketState.MARKET_STATE_OPEN);
    assertThat(get(back.getBetId()).getStakeMatched())
        .as("[order-book.market.reopen] matching resumes at the reopening")
        .isEqualTo("5.00");
  }

  @Test
  @DisplayName("closing a market lapses every unmatched stake and refunds it")
  void closeLapses() {
    String m = newMarket(0);
    TckUser u = bettor();
    Bet b = back(u, m, "3.00", "10.00");
    close(m);
    Bet after = get(b.getBetId());
    assertThat(
            List.of(after.getStakeLapsed(), after.getRefundedAmount(), after.getStakeRemaining()))
        .as("[order-book.market.close-lapses] PERSIST stake lapses at the close")
        .containsExactly("10.00", "10.00", "0.00");
    assertThat(balance(u)).as("[order-book.market.close-lapses] wallet").isEqualTo(START_BALANCE);
    StatusRuntimeException e =
        fails(
            "order-book.market.transition",
            () ->
                operator()
                    .suspendMarket(
                        SuspendMarketRequest.newBuilder()
                            .setMarketId(m)
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        e,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_INVALID_MARKET_TRANSITION,
        "order-book.market.transition");
    StatusRuntimeException place =
        fails(
            "order-book.place.market-not-open",
            () -> pendingBack(u, m, PersistenceType.PERSISTENCE_TYPE_LAPSE));
    assertError(
        place,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_OPEN,
        "order-book.place.market-not-open");
  }

  @Test
  @DisplayName(
      "market operations: definition mismatch, settle before close, results for every runner")
  void marketErrors() {
    String m = newMarket(0);
    Market same = operator().openMarket(openRequest(m, 0).build()).getMarket();
    assertThat(same.getState())
        .as("[order-book.market.open-idempotent] opening an OPEN market")
        .isEqualTo(MarketState.MARKET_STATE_OPEN);
    StatusRuntimeException mismatch =
        fails(
            "order-book.market.definition",
            () -> operator().openMarket(openRequest(m, 0).setCurrency("GBP").build()));
    assertError(
        mismatch,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_DEFINITION_MISMATCH,
        "order-book.market.definition");
    StatusRuntimeException notClosed =
        fails(
            "order-book.settle.not-closed",
            () ->
                operator()
                    .settleMarket(
                        SettleMarketRequest.newBuilder()
                            .setMarketId(m)
                            .addAllResults(results(SelectionResultType.SELECTION_RESULT_TYPE_WIN))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        notClosed,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_CLOSED,
        "order-book.settle.not-closed");
    close(m);
    StatusRuntimeException partial =
        fails(
            "order-book.settle.results",
            () ->
                operator()
                    .settleMarket(
                        SettleMarketRequest.newBuilder()
                            .setMarketId(m)
                            .addResults(
                                results(SelectionResultType.SELECTION_RESULT_TYPE_WIN).get(0))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        partial,
        Status.Code.INVALID_ARGUMENT,
        OrderErrorReason.ORDER_ERROR_REASON_SELECTION_RESULTS_INVALID,
        "order-book.settle.results");
    settle(m, SelectionResultType.SELECTION_RESULT_TYPE_WIN);
    StatusRuntimeException twice =
        fails(
            "order-book.settle.once",
            () ->
                operator()
                    .settleMarket(
                        SettleMarketRequest.newBuilder()
                            .setMarketId(m)
                            .addAllResults(results(SelectionResultType.SELECTION_RESULT_TYPE_WIN))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(
        twice,
        Status.Code.FAILED_PRECONDITION,
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_ALREADY_SETTLED,
        "order-book.settle.once");
  }

  @Test
  @DisplayName(
      "an update_mask path that is not a field of MarketUpdate fails validation, changing nothing")
  void updateMaskPathNotUpdatable() {
    String rule = "order-book.market.update-path";
    String m = newMarket(0);
    Market before =
        operator().getMarket(GetMarketRequest.newBuilder().setMarketId(m).build()).getMarket();
    StatusRuntimeException e =
        fails(
            rule,
            () ->
                operator()
                    .updateMarket(
                        UpdateMarketRequest.newBuilder()
                            .setMarketId(m)
                            .setMarketUpdate(MarketUpdate.newBuilder().setDisplayName("Renamed"))
                            .setUpdateMask(
                                FieldMask.newBuilder()
                                    .addPaths("display_name")
                                    .addPaths("currency"))
                            .setIdempotencyKey(key())
                            .build()));
    assertError(e, Status.Code.INVALID_ARGUMENT, ErrorReason.ERROR_REASON_VALIDATION_FAILED, rule);
    assertThat(RpcErrors.badRequest(e).map(Object::toString).orElse(""))
        .as("[%s] the violation names update_mask (CEL rule update_market.update_mask)", rule)
        .contains("update_mask");
    Market after =
        operator().getMarket(GetMarketRequest.newBuilder().setMarketId(m).build()).getMarket();
    assertThat(List.of(after.getDisplayName(), Long.toString(after.getMarketVersion())))
        .as("[%s] no path of the refused update was applied", rule)
        .containsExactly(before.getDisplayName(), Long.toString(before.getMarketVersion()));
  }

  @Test
  @DisplayName("removing a runner voids its fills and refunds its bets")
  void runnerRemoved() {
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet lay = lay(a, m, "3.00", "10.00");
    Bet back = back(b, m, "3.00", "10.00");
    removeRunner(m, "home");
    Bet l = get(lay.getBetId());
    assertThat(List.of(l.getStakeVoided(), l.getStakeMatched(), l.getLiabilityHeld()))
        .as("[order-book.runner-removed] fills void and liability refunded")
        .containsExactly("10.00", "0.00", "0.00");
    assertThat(fillsOf(back.getBetId()))
        .as("[order-book.runner-removed] fills VOIDED")
        .extracting(Fill::getState)
        .containsOnly(FillState.FILL_STATE_VOIDED);
    assertThat(List.of(balance(a), balance(b)))
        .as("[order-book.runner-removed] both wallets whole again")
        .containsExactly(START_BALANCE, START_BALANCE);
  }

  // ---------------------------------------------------------------------------------------------
  // Settlement and corrections.

  @Test
  @DisplayName(
      "settlement pays the winner once, charges commission on net winnings, and the loser gets nothing")
  void settlement() {
    String m = newMarket(500);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet layBet = lay(b, m, "3.00", "10.00");
    Bet backBet = back(a, m, "3.00", "10.00");
    close(m);

    SettlementJob job = settle(m, SelectionResultType.SELECTION_RESULT_TYPE_WIN);

    Bet won = get(backBet.getBetId());
    Bet lost = get(layBet.getBetId());
    assertThat(won.getState())
        .as("[order-book.settle.state] SETTLED")
        .isEqualTo(BetState.BET_STATE_SETTLED);
    assertThat(List.of(won.getSettlement().getPayout(), won.getSettlement().getProfit()))
        .as("[order-book.settle.payout] BACK 10.00 @ 3.00 wins 30.00")
        .containsExactly("30.00", "20.00");
    assertThat(List.of(lost.getSettlement().getPayout(), lost.getSettlement().getProfit()))
        .as("[order-book.settle.payout] the LAY loses its 20.00 liability")
        .containsExactly("0.00", "-20.00");
    assertThat(balance(a))
        .as("[order-book.settle.paid-once] 1000 - 10 + 30 - 1.00 commission, credited exactly once")
        .isEqualTo("1019.00");
    assertThat(balance(b)).as("[order-book.settle.payout] 1000 - 20").isEqualTo("980.00");
    List<Transaction> credits =
        wallet(target().serviceCredentials())
            .listTransactions(
                ListTransactionsRequest.newBuilder()
                    .setUserId(a.userId())
                    .setBetId(backBet.getBetId())
                    .addTypes(TransactionType.TRANSACTION_TYPE_CREDIT)
                    .build())
            .getTransactionsList();
    assertThat(credits)
        .as("[order-book.settle.paid-once] one settlement credit for the bet")
        .extracting(Transaction::getAmount)
        .containsExactly("30.00");
    assertThat(job.getTotalCommissionAmount())
        .as("[order-book.settle.commission] 5 %% of A's net 20.00")
        .isEqualTo("1.00");
    Market market =
        operator().getMarket(GetMarketRequest.newBuilder().setMarketId(m).build()).getMarket();
    assertThat(market.getState())
        .as("[order-book.settle.market]")
        .isEqualTo(MarketState.MARKET_STATE_SETTLED);
    assertThat(market.getSettlementVersion())
        .as("[order-book.settle.market] version 1")
        .isEqualTo(1);
    assertThat(market.getRunners(0).getStatus().name())
        .as("[order-book.settle.market] runner")
        .isEqualTo("RUNNER_STATUS_WINNER");
  }

  @Test
  @DisplayName(
      "resettlement books the payout and commission differences; a void gives everything back")
  void resettleAndVoid() {
    String m = newMarket(500);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet layBet = lay(b, m, "3.00", "10.00");
    Bet backBet = back(a, m, "3.00", "10.00");
    close(m);
    settle(m, SelectionResultType.SELECTION_RESULT_TYPE_WIN);

    SettlementJob resettle =
        awaitJob(
            operator()
                .resettleMarket(
                    ResettleMarketRequest.newBuilder()
                        .setMarketId(m)
                        .addAllResults(results(SelectionResultType.SELECTION_RESULT_TYPE_LOSE))
                        .setReason("result corrected")
                        .setIdempotencyKey(key())
                        .build())
                .getJob(),
            "order-book.resettle.job");
    assertThat(resettle.getSettlementVersion()).as("[order-book.resettle.version]").isEqualTo(2);
    Bet back = get(backBet.getBetId());
    assertThat(
            List.of(back.getSettlement().getPayout(), back.getSettlement().getPayoutAdjustment()))
        .as("[order-book.resettle.adjustment] the backer now loses: payout 0.00, adjustment -30.00")
        .containsExactly("0.00", "-30.00");
    assertThat(get(layBet.getBetId()).getSettlement().getPayout())
        .as("[order-book.resettle.adjustment] the layer now wins 30.00")
        .isEqualTo("30.00");
    assertThat(balance(a))
        .as("[order-book.resettle.wallet] A: 1000 - 10 (commission 1.00 given back)")
        .isEqualTo("990.00");
    assertThat(balance(b))
        .as("[order-book.resettle.wallet] B: 1000 - 20 + 30 - 0.50 commission")
        .isEqualTo("1009.50");

    SettlementJob voided = voidMarket(m, "order-book.void.job");
    assertThat(voided.getSettlementVersion()).as("[order-book.void.version]").isEqualTo(3);
    assertThat(get(backBet.getBetId()).getState())
        .as("[order-book.void.state]")
        .isEqualTo(BetState.BET_STATE_VOIDED);
    assertThat(fillsOf(backBet.getBetId()))
        .as("[order-book.void.fills] every fill is void")
        .extracting(Fill::getState)
        .containsOnly(FillState.FILL_STATE_VOIDED);
    assertThat(List.of(balance(a), balance(b)))
        .as("[order-book.void.wallet] everyone has their money back, no commission")
        .containsExactly(START_BALANCE, START_BALANCE);
    assertThat(
            operator()
                .getMarket(GetMarketRequest.newBuilder().setMarketId(m).build())
                .getMarket()
                .getState())
        .as("[order-book.void.market]")
        .isEqualTo(MarketState.MARKET_STATE_VOIDED);
  }

  @Test
  @DisplayName(
      "ResettleMarket on a market that is not SETTLED fails with MARKET_NOT_SETTLED and settles"
          + " nothing")
  void resettleNeedsASettledMarket() {
    String rule = "order-book.resettle.not-settled";
    String m = newMarket(0);
    TckUser a = bettor();
    TckUser b = bettor();
    Bet layBet = lay(b, m, "3.00", "10.00");
    Bet backBet = back(a, m, "3.00", "10.00");
    for (MarketState state :
        List.of(MarketState.MARKET_STATE_OPEN, MarketState.MARKET_STATE_CLOSED)) {
      if (state == MarketState.MARKET_STATE_CLOSED) {
        close(m);
      }
      StatusRuntimeException e =
          fails(
              rule,
              () ->
                  operator()
                      .resettleMarket(
                          ResettleMarketRequest.newBuilder()
                              .setMarketId(m)
                              .addAllResults(results(SelectionResultType.SELECTION_RESULT_TYPE_WIN))
                              .setReason("result corrected")
                              .setIdempotencyKey(key())
                              .build()));
      assertError(
          e,
          Status.Code.FAILED_PRECONDITION,
          OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_SETTLED,
          rule);
      assertThat(metadata(e, "marketId")).as("[%s] metadata marketId", rule).isEqualTo(m);
      assertThat(metadata(e, "state"))
          .as("[%s] metadata state names the market's state", rule)
          .contains(state.name().substring("MARKET_STATE_".length()));
      Market market =
          operator().getMarket(GetMarketRequest.newBuilder().setMarketId(m).build()).getMarket();
      assertThat(List.of(market.getState().name(), Integer.toString(market.getSettlementVersion())))
          .as("[%s] the market keeps its state, without a settlement", rule)
          .containsExactly(state.name(), "0");
      assertThat(get(backBet.getBetId()).hasSettlement())
          .as("[%s] no bet was settled", rule)
          .isFalse();
      assertThat(List.of(balance(a), balance(b)))
          .as("[%s] no money moved", rule)
          .containsExactly("990.00", "980.00");
    }
    assertThat(settle(m, SelectionResultType.SELECTION_RESULT_TYPE_WIN).getSettlementVersion())
        .as("[%s] the refused corrections left the first settlement to SettleMarket", rule)
        .isEqualTo(1);
    assertThat(get(layBet.getBetId()).getState())
        .as("[%s] settled once", rule)
        .isEqualTo(BetState.BET_STATE_SETTLED);
  }

  @Test
  @DisplayName("a void leaves a PENDING bet out; ConfirmBet then lapses it and refunds it at once")
  void voidLeavesPendingBetsToConfirmBet() {
    String m = newMarket(0);
    TckUser u = bettor();
    Placed p = pendingBack(u, m, PersistenceType.PERSISTENCE_TYPE_PERSIST);
    SettlementJob voided = voidMarket(m, "order-book.void.pending");
    assertThat(voided.getBetCount())
        .as("[order-book.void.pending] a PENDING bet has no fills and is not in the void's job")
        .isZero();
    assertThat(get(p.bet().getBetId()).getState())
        .as("[order-book.void.pending] the bet stays PENDING until its saga confirms it")
        .isEqualTo(BetState.BET_STATE_PENDING);
    assertLapsedAtConfirmation(confirm(p), u, "5.00", "order-book.void.pending");
  }

  // ---------------------------------------------------------------------------------------------
  // Reads, paging, streams, events, access.

  @Test
  @DisplayName(
      "ListBets pages newest first without overlap and rejects a token used with other filters")
  void paging() {
    String m = newMarket(0);
    TckUser u = bettor();
    List<String> placed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      placed.add(back(u, m, "5.00", "2.00").getBetId());
    }
    List<String> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      ListBetsResponse page =
          book(u.credentials())
              .listBets(
                  ListBetsRequest.newBuilder()
                      .setUserId(u.userId())
                      .setMarketId(m)
                      .setPageSize(2)
                      .setPageToken(token)
                      .build());
      assertThat(page.getBetsCount())
          .as("[order-book.list.paging] page size respected")
          .isLessThanOrEqualTo(2);
      page.getBetsList().forEach(b -> seen.add(b.getBetId()));
      token = page.getNextPageToken();
      pages++;
    } while (!token.isEmpty() && pages < 10);
    assertThat(seen)
        .as("[order-book.list.paging] every bet once")
        .hasSameElementsAs(placed)
        .doesNotHaveDuplicates();
    assertThat(pages).as("[order-book.list.paging] 5 bets in pages of 2").isEqualTo(3);
    String firstToken =
        book(u.credentials())
            .listBets(
                ListBetsRequest.newBuilder()
                    .setUserId(u.userId())
                    .setMarketId(m)
                    .setPageSize(2)
                    .build())
            .getNextPageToken();
    StatusRuntimeException other =
        fails(
            "order-book.list.page-token",
            () ->
                book(u.credentials())
                    .listBets(
                        ListBetsRequest.newBuilder()
                            .setUserId(u.userId())
                            .addStates(BetState.BET_STATE_EXECUTABLE)
                            .setPageSize(2)
                            .setPageToken(firstToken)
                            .build()));
    assertError(
        other,
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN,
        "order-book.list.page-token");
    StatusRuntimeException tooBig =
        fails(
            "order-book.list.page-size",
            () ->
                book(u.credentials())
                    .listBets(
                        ListBetsRequest.newBuilder()
                            .setUserId(u.userId())
                            .setPageSize(501)
                            .build()));
    assertThat(tooBig.getStatus().getCode())
        .as("[order-book.list.page-size] above 500 is rejected, not coerced")
        .isEqualTo(Status.Code.INVALID_ARGUMENT);
  }

  @Test
  @DisplayName("ListBetFills pages oldest first and hides the counterparty from a bettor")
  void fillPaging() {
    String m = newMarket(0);
    TckUser backer = bettor();
    List<TckUser> layers = List.of(bettor(), bettor(), bettor());
    for (TckUser l : layers) {
      lay(l, m, "2.00", "2.00");
    }
    Bet b = back(backer, m, "2.00", "6.00");
    ListBetFillsResponse first =
        book(backer.credentials())
            .listBetFills(
                ListBetFillsRequest.newBuilder().setBetId(b.getBetId()).setPageSize(2).build());
    ListBetFillsResponse second =
        book(backer.credentials())
            .listBetFills(
                ListBetFillsRequest.newBuilder()
                    .setBetId(b.getBetId())
                    .setPageSize(2)
                    .setPageToken(first.getNextPageToken())
                    .build());
    assertThat(first.getFillsCount() + second.getFillsCount())
        .as("[order-book.fills.paging] 3 fills")
        .isEqualTo(3);
    assertThat(second.getNextPageToken()).as("[order-book.fills.paging] last page").isEmpty();
    Set<String> ids = new HashSet<>();
    first.getFillsList().forEach(f -> ids.add(f.getFillId()));
    second.getFillsList().forEach(f -> ids.add(f.getFillId()));
    assertThat(ids).as("[order-book.fills.paging] no fill twice").hasSize(3);
    assertThat(first.getFills(0).getLayBetId())
        .as("[order-book.fills.counterparty-hidden] a bettor does not see the counterparty's bet")
        .isEmpty();
    assertThat(first.getFills(0).getBackBetId())
        .as("[order-book.fills.counterparty-hidden] own bet id")
        .isEqualTo(b.getBetId());
  }

  @Test
  @DisplayName("each bet event advances the bet's event_sequence by exactly one")
  void betEventSequence() {
    String m = newMarket(0);
    TckUser u = bettor();
    Placed p =
        place(
            u,
            m,
            "home",
            BetSide.BET_SIDE_BACK,
            "3.00",
            "10.00",
            PersistenceType.PERSISTENCE_TYPE_PERSIST,
            0);
    assertThat(p.bet().getEventSequence())
        .as("[order-book.events.bet-sequence] BetPlacedEvent is 1")
        .isEqualTo(1);
    Bet confirmed = confirm(p);
    assertThat(confirmed.getEventSequence())
        .as("[order-book.events.bet-sequence] BetConfirmedEvent is 2")
        .isEqualTo(2);
    cancel(u, m, p.bet().getBetId(), "4.00");
    cancel(u, m, p.bet().getBetId(), null);
    assertThat(get(p.bet().getBetId()).getEventSequence())
        .as("[order-book.events.bet-sequence] two stake releases follow gap-free: 4")
        .isEqualTo(4);
  }

  @Test
  @DisplayName("streams start with the current state and resume after a cursor")
  void streams() {
    String m = newMarket(0);
    TckUser u = bettor();
    Bet first = back(u, m, "3.00", "10.00");

    Context.CancellableContext scope = Context.current().withCancellation();
    try {
      scope.run(
          () -> {
            Iterator<StreamMarketChangesResponse> market =
                book(u.credentials())
                    .streamMarketChanges(
                        StreamMarketChangesRequest.newBuilder().addMarketIds(m).build());
            StreamMarketChangesResponse head = market.next();
            assertThat(head.getMarket().getMarketId())
                .as("[order-book.stream.market-first] the current book first")
                .isEqualTo(m);
            assertThat(head.getBook().getRunnerBooks(0).getLayLevelsList())
                .as("[order-book.stream.market-first] with the resting stake")
                .extracting(l -> l.getAvailableAmount())
                .containsExactly("10.00");
            assertThat(head.getCursor())
                .as("[order-book.stream.cursor] every message has a cursor")
                .isNotEmpty();
          });
    } finally {
      scope.cancel(null);
    }

    String cursor;
    Context.CancellableContext bets = Context.current().withCancellation();
    try {
      cursor =
          bets.call(
              () -> {
                Iterator<StreamBetChangesResponse> it =
                    book(u.credentials())
                        .streamBetChanges(
                            StreamBetChangesRequest.newBuilder().setUserId(u.userId()).build());
                StreamBetChangesResponse head = it.next();
                assertThat(head.getBet().getBetId())
                    .as("[order-book.stream.bets-first] the unsettled bet first")
                    .isEqualTo(first.getBetId());
                return head.getCursor();
              });
    } catch (Exception e) {
      throw new AssertionError(e);
    } finally {
      bets.cancel(null);
    }
    cancel(u, m, first.getBetId(), "4.00");
    Context.CancellableContext resume = Context.current().withCancellation();
    try {
      resume.run(
          () -> {
            Iterator<StreamBetChangesResponse> it =
                book(u.credentials())
                    .streamBetChanges(
                        StreamBetChangesRequest.newBuilder()
                            .setUserId(u.userId())
                            .setCursor(cursor)
                            .build());
            StreamBetChangesResponse next = it.next();
            assertThat(next.getBet().getStakeCancelled())
                .as("[order-book.stream.resume] the change after the cursor is replayed")
                .isEqualTo("4.00");
          });
    } finally {
      resume.cancel(null);
    }
    StatusRuntimeException expired =
        fails(
            "order-book.stream.cursor-expired",
            () ->
                book(u.credentials())
                    .streamBetChanges(
                        StreamBetChangesRequest.newBuilder()
                            .setUserId(u.userId())
                            .setCursor("bm90LWEtY3Vyc29y")
                            .build())
                    .next());
    assertError(
        expired,
        Status.Code.OUT_OF_RANGE,
        OrderErrorReason.ORDER_ERROR_REASON_CURSOR_EXPIRED,
        "order-book.stream.cursor-expired");
  }

  @Test
  @DisplayName("market writes need an operator, saga steps the service role, and bets are private")
  void accessPerRole() {
    TckUser u = bettor();
    StatusRuntimeException open =
        fails(
            "order-book.access.roles",
            () ->
                book(u.credentials())
                    .openMarket(openRequest("tck-m-" + UUID.randomUUID(), 0).build()));
    assertThat(open.getStatus().getCode())
        .as("[order-book.access.roles] a bettor cannot open a market")
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    String m = newMarket(0);
    Placed p =
        place(
            u,
            m,
            "home",
            BetSide.BET_SIDE_BACK,
            "3.00",
            "10.00",
            PersistenceType.PERSISTENCE_TYPE_PERSIST,
            0);
    StatusRuntimeException confirmAsUser =
        fails(
            "order-book.access.roles",
            () ->
                book(u.credentials())
                    .confirmBet(
                        ConfirmBetRequest.newBuilder()
                            .setBetId(p.bet().getBetId())
                            .setSagaId(p.sagaId())
                            .setIdempotencyKey(key())
                            .build()));
    assertThat(confirmAsUser.getStatus().getCode())
        .as("[order-book.access.roles] a bettor cannot run saga steps")
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    TckUser other = target().newUser();
    StatusRuntimeException read =
        fails(
            "order-book.access.read-own",
            () ->
                book(other.credentials())
                    .getBet(GetBetRequest.newBuilder().setBetId(p.bet().getBetId()).build()));
    assertThat(read.getStatus().getCode())
        .as("[order-book.access.read-own] another bettor's bet is not readable")
        .isIn(Status.Code.NOT_FOUND, Status.Code.PERMISSION_DENIED);
    assertThat(
            book(u.credentials())
                .getBet(GetBetRequest.newBuilder().setBetId(p.bet().getBetId()).build())
                .getBet()
                .getUserId())
        .as("[order-book.access.read-own] the owner reads it")
        .isEqualTo(u.userId());
  }
}
