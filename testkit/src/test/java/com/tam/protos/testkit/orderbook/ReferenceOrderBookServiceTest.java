package com.tam.protos.testkit.orderbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Duration;
import com.google.protobuf.FieldMask;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventKind;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetStakeReleasedEvent;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.CloseMarketRequest;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.GetBetRequest;
import com.tam.protos.order.v1.GetMarketRequest;
import com.tam.protos.order.v1.GetSettlementJobRequest;
import com.tam.protos.order.v1.MarketUpdate;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.ResettleMarketRequest;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.SelectionResult;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.order.v1.SettleMarketRequest;
import com.tam.protos.order.v1.SettlementJob;
import com.tam.protos.order.v1.SettlementJobState;
import com.tam.protos.order.v1.StakeReleaseReason;
import com.tam.protos.order.v1.UpdateMarketRequest;
import com.tam.protos.order.v1.UpdateMarketResponse;
import com.tam.protos.order.v1.VoidMarketRequest;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.orderbook.ReferenceOrderBookService.Defect;
import com.tam.protos.testkit.platform.FaultInjector;
import com.tam.protos.testkit.platform.FaultPlan;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.tck.OrderBookServiceTck;
import com.tam.protos.testkit.tck.Tck;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Context;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * What the conformance suite cannot see from outside: the events on the bus, the wallet keys and
 * the clock-driven behaviour of the reference order-book.
 */
class ReferenceOrderBookServiceTest {

  /** Problems with the FACT / SNAPSHOT sequences of everything published, empty when correct. */
  static List<String> sequenceProblems(List<Message> published) {
    Map<String, Long> last = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Message m : published) {
      EventType type = EventRegistry.type(m.getDescriptorForType(), m.getDefaultInstanceForType());
      EventMetadata meta = Envelopes.metadata(m);
      String aggregate = type.aggregate() + "/" + meta.getAggregateId();
      long previous = last.getOrDefault(aggregate, 0L);
      long version = meta.getAggregateVersion();
      if (type.kind() == EventKind.EVENT_KIND_FACT && version != previous + 1) {
        problems.add(type.typeName() + " " + aggregate + ": " + version + " after " + previous);
      }
      if (type.kind() == EventKind.EVENT_KIND_SNAPSHOT && version <= previous) {
        problems.add(type.typeName() + " " + aggregate + ": " + version + " not after " + previous);
      }
      last.put(aggregate, Math.max(previous, version));
    }
    return problems;
  }

  @Test
  void aWholeSuiteRunLeavesGapFreeSequencesDocumentedKeysAndNoStrayVoids() {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of())) {
      Tck.run(p.target(), OrderBookServiceTck.class);
      List<Message> published = p.bus.published();
      assertThat(published).hasSizeGreaterThan(100);
      assertThat(sequenceProblems(published))
          .as("[order-book.events.sequence] FACT gap-free from 1, SNAPSHOT increasing")
          .isEmpty();
      for (Bet bet : p.orderBook.bets()) {
        long events =
            published.stream()
                .filter(
                    m ->
                        Envelopes.metadata(m).getAggregateId().equals(bet.getBetId())
                            && m.getDescriptorForType().getFullName().startsWith("order.v1.Bet"))
                .count();
        assertThat(bet.getEventSequence())
            .as("[order-book.events.bet-sequence] event_sequence of %s", bet.getBetId())
            .isEqualTo(events);
      }
      checkBookingsAndVoids(p);
    }
  }

  @Test
  void aSequenceGapIsSeenOnTheBus() {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of(Defect.BET_EVENT_SEQUENCE_GAP))) {
      Tck.run(p.target(), OrderBookServiceTck.class);
      assertThat(sequenceProblems(p.bus.published())).isNotEmpty();
    }
  }

  /** Wallet keys, one credit per bet, voided fills only where a void is allowed. */
  private static void checkBookingsAndVoids(OrderBookPlatform p) {
    {
      List<ReferenceOrderBookService.WalletBooking> bookings = p.orderBook.walletBookings();
      assertThat(bookings).allSatisfy(b -> assertThat(b.booked()).as(b.toString()).isTrue());
      assertThat(bookings)
          .extracting(ReferenceOrderBookService.WalletBooking::idempotencyKey)
          .doesNotHaveDuplicates()
          .allMatch(
              k ->
                  k.matches(
                          "refund:[0-9a-f-]{36}:(c\\d+-[0-9a-f]{16}|r\\d+-[0-9a-f]{16}|lapse-v\\d+|lapse-confirm)")
                      || k.matches("settlement:[0-9a-f-]{36}")
                      || k.matches("resettle:[0-9a-f-]{36}:\\d+")
                      || k.matches("commission:tck-m-[0-9a-f-]{36}:tck-[0-9a-f-]{36}(:\\d+)?"));
      assertThat(
              bookings.stream()
                  .filter(b -> b.kind().equals("settlement"))
                  .map(ReferenceOrderBookService.WalletBooking::betId))
          .as("one settlement credit per bet")
          .doesNotHaveDuplicates();
      assertThat(p.orderBook.settlementsPaid().values())
          .as("settlementsPaid: at most one settlement credit per bet")
          .allSatisfy(
              list ->
                  assertThat(list)
                      .filteredOn(b -> b.kind().equals("settlement"))
                      .hasSizeLessThanOrEqualTo(1));
      // Every fill voided belongs to a voided market or a removed runner.
      Set<String> voidable = new java.util.HashSet<>();
      p.orderBook
          .markets()
          .forEach(
              m -> {
                m.getRunnersList().stream()
                    .filter(
                        r ->
                            r.getStatus().name().equals("RUNNER_STATUS_REMOVED")
                                || m.getState().name().equals("MARKET_STATE_VOIDED"))
                    .forEach(r -> voidable.add(m.getMarketId() + "/" + r.getSelectionId()));
              });
      assertThat(p.orderBook.fills())
          .filteredOn(f -> f.getState().name().equals("FILL_STATE_VOIDED"))
          .allSatisfy(
              f -> assertThat(voidable).contains(f.getMarketId() + "/" + f.getSelectionId()));
    }
  }

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub book(
      OrderBookPlatform p, String token) {
    return OrderBookServiceGrpc.newBlockingStub(p.server.channel())
        .withCallCredentials(BearerToken.of(token));
  }

  private Bet placeAndConfirm(
      OrderBookPlatform p,
      String user,
      String market,
      BetSide side,
      String price,
      String stake,
      String liability) {
    var wallet =
        WalletServiceGrpc.newBlockingStub(p.server.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
    wallet.openWallet(
        OpenWalletRequest.newBuilder()
            .setUserId(user)
            .setCurrency("EUR")
            .setIdempotencyKey("open-wallet:" + user)
            .build());
    wallet.creditBalance(
        CreditBalanceRequest.newBuilder()
            .setUserId(user)
            .setAmount("100.00")
            .setCurrency("EUR")
            .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
            .setIdempotencyKey("fund-" + user + price)
            .build());
    String saga = "saga-" + user + "-" + price;
    var r =
        wallet
            .reserveBalance(
                ReserveBalanceRequest.newBuilder()
                    .setUserId(user)
                    .setAmount(liability)
                    .setSagaId(saga)
                    .setIdempotencyKey(saga + ":reserve")
                    .build())
            .getReservation();
    Bet bet =
        book(p, DemoTokens.SERVICE_TOKEN)
            .placeBet(
                PlaceBetRequest.newBuilder()
                    .setUserId(user)
                    .setMarketId(market)
                    .setSelectionId("home")
                    .setSide(side)
                    .setPrice(price)
                    .setStake(stake)
                    .setCurrency("EUR")
                    .setReservationId(r.getReservationId())
                    .setOrderId("order-" + saga)
                    .setSagaId(saga)
                    .setIdempotencyKey(saga + ":place")
                    .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_PERSIST)
                    .build())
            .getBet();
    wallet.commitReservation(
        CommitReservationRequest.newBuilder()
            .setReservationId(r.getReservationId())
            .setSagaId(saga)
            .setIdempotencyKey(saga + ":commit")
            .setBetId(bet.getBetId())
            .build());
    return book(p, DemoTokens.SERVICE_TOKEN)
        .confirmBet(
            ConfirmBetRequest.newBuilder()
                .setBetId(bet.getBetId())
                .setSagaId(saga)
                .setIdempotencyKey(saga + ":confirm")
                .build())
        .getBet();
  }

  private void openInPlay(OrderBookPlatform p, String market, int delaySeconds) {
    var op = book(p, DemoTokens.OPERATOR_TOKEN);
    op.openMarket(
        OpenMarketRequest.newBuilder()
            .setMarketId(market)
            .setFixture(
                Fixture.newBuilder()
                    .setFixtureId("f-" + market)
                    .setDisplayName("A v B")
                    .setSport("football")
                    .setCompetitionId("c")
                    .setCompetitionName("C")
                    .setStartTime(Timestamp.newBuilder().setSeconds(1_800_000_000L)))
            .setMarketType("MATCH_ODDS")
            .setDisplayName("Match Odds")
            .setCurrency("EUR")
            .addRunners(Runner.newBuilder().setSelectionId("home").setDisplayName("Home"))
            .addRunners(Runner.newBuilder().setSelectionId("away").setDisplayName("Away"))
            .setBetDelay(Duration.newBuilder().setSeconds(delaySeconds))
            .setIdempotencyKey("open-" + market)
            .build());
    op.updateMarket(
        UpdateMarketRequest.newBuilder()
            .setMarketId(market)
            .setMarketUpdate(MarketUpdate.newBuilder().setInPlay(true))
            .setUpdateMask(FieldMask.newBuilder().addPaths("in_play"))
            .setIdempotencyKey("in-play-" + market)
            .build());
  }

  @Test
  void inPlayBetsWaitTheBetDelayBeforeTheyMatch() {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of())) {
      openInPlay(p, "m-delay", 5);
      Bet lay =
          placeAndConfirm(p, "layer", "m-delay", BetSide.BET_SIDE_LAY, "2.00", "10.00", "10.00");
      p.clock.advance(java.time.Duration.ofSeconds(5));
      Bet back =
          placeAndConfirm(p, "backer", "m-delay", BetSide.BET_SIDE_BACK, "2.00", "10.00", "10.00");
      assertThat(back.getStakeMatched()).as("held for the bet delay").isEqualTo("0.00");
      p.clock.advance(java.time.Duration.ofSeconds(4));
      assertThat(
              book(p, DemoTokens.OPERATOR_TOKEN)
                  .getBet(GetBetRequest.newBuilder().setBetId(back.getBetId()).build())
                  .getBet()
                  .getStakeMatched())
          .as("still within the delay")
          .isEqualTo("0.00");
      p.clock.advance(java.time.Duration.ofSeconds(1));
      assertThat(
              book(p, DemoTokens.OPERATOR_TOKEN)
                  .getBet(GetBetRequest.newBuilder().setBetId(back.getBetId()).build())
                  .getBet()
                  .getStakeMatched())
          .as("matched once the delay has passed")
          .isEqualTo("10.00");
      assertThat(lay.getState()).isEqualTo(BetState.BET_STATE_EXECUTABLE);
    }
  }

  @Test
  void aMarketChangeDuringTheBetDelayLapsesTheBetAtConfirmation() {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of())) {
      openInPlay(p, "m-delay2", 5);
      Bet back =
          placeAndConfirm(p, "backer", "m-delay2", BetSide.BET_SIDE_BACK, "2.00", "10.00", "10.00");
      book(p, DemoTokens.OPERATOR_TOKEN)
          .suspendMarket(
              com.tam.protos.order.v1.SuspendMarketRequest.newBuilder()
                  .setMarketId("m-delay2")
                  .setIdempotencyKey("s1")
                  .build());
      p.clock.advance(java.time.Duration.ofSeconds(5));
      Bet after =
          book(p, DemoTokens.OPERATOR_TOKEN)
              .getBet(GetBetRequest.newBuilder().setBetId(back.getBetId()).build())
              .getBet();
      assertThat(List.of(after.getStakeLapsed(), after.getRefundedAmount()))
          .containsExactly("10.00", "10.00");
      assertThat(p.bus.published(BetStakeReleasedEvent.getDefaultInstance()))
          .extracting(
              BetStakeReleasedEvent::getReason, BetStakeReleasedEvent::getRefundIdempotencyKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  StakeReleaseReason.STAKE_RELEASE_REASON_LAPSED_AT_CONFIRMATION,
                  "refund:" + back.getBetId() + ":lapse-confirm"));
    }
  }

  @Test
  void theReconcilerResolvesPendingBetsFromTheirReservation() {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of())) {
      openInPlay(p, "m-rec", 0);
      var wallet =
          WalletServiceGrpc.newBlockingStub(p.server.channel())
              .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
      List<String> bets = new ArrayList<>();
      List<String> reservations = new ArrayList<>();
      for (String user : List.of("paid", "released")) {
        wallet.openWallet(
            OpenWalletRequest.newBuilder()
                .setUserId(user)
                .setCurrency("EUR")
                .setIdempotencyKey("open-wallet:" + user)
                .build());
        wallet.creditBalance(
            CreditBalanceRequest.newBuilder()
                .setUserId(user)
                .setAmount("100.00")
                .setCurrency("EUR")
                .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                .setIdempotencyKey("fund-" + user)
                .build());
        String saga = "saga-" + user;
        var r =
            wallet
                .reserveBalance(
                    ReserveBalanceRequest.newBuilder()
                        .setUserId(user)
                        .setAmount("5.00")
                        .setSagaId(saga)
                        .setIdempotencyKey(saga + ":reserve")
                        .build())
                .getReservation();
        reservations.add(r.getReservationId());
        bets.add(
            book(p, DemoTokens.SERVICE_TOKEN)
                .placeBet(
                    PlaceBetRequest.newBuilder()
                        .setUserId(user)
                        .setMarketId("m-rec")
                        .setSelectionId("home")
                        .setSide(BetSide.BET_SIDE_BACK)
                        .setPrice("2.00")
                        .setStake("5.00")
                        .setCurrency("EUR")
                        .setReservationId(r.getReservationId())
                        .setOrderId("order-" + saga)
                        .setSagaId(saga)
                        .setIdempotencyKey(saga + ":place")
                        .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_PERSIST)
                        .build())
                .getBet()
                .getBetId());
      }
      wallet.commitReservation(
          CommitReservationRequest.newBuilder()
              .setReservationId(reservations.get(0))
              .setSagaId("saga-paid")
              .setIdempotencyKey("saga-paid:commit")
              .setBetId(bets.get(0))
              .build());
      wallet.cancelReservation(
          com.tam.protos.wallet.v1.CancelReservationRequest.newBuilder()
              .setReservationId(reservations.get(1))
              .setSagaId("saga-released")
              .setIdempotencyKey("saga-released:cancel-reservation")
              .build());
      p.clock.advance(java.time.Duration.ofMinutes(9));
      assertThat(p.orderBook.bets())
          .extracting(Bet::getState)
          .containsOnly(BetState.BET_STATE_PENDING);
      p.clock.advance(java.time.Duration.ofMinutes(2));
      p.orderBook.runPendingWork();
      assertThat(p.orderBook.bets())
          .as("COMMITTED -> confirmed on the book; CANCELLED -> cancelled")
          .extracting(Bet::getState)
          .containsExactly(BetState.BET_STATE_EXECUTABLE, BetState.BET_STATE_CANCELLED);
    }
  }

  private static StatusRuntimeException failure(ThrowingCallable call) {
    StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call);
    assertThat(e).as("the call must fail with a gRPC status").isNotNull();
    return e;
  }

  private static String reason(StatusRuntimeException e) {
    return RpcErrors.errorInfo(e).map(ErrorInfo::getReason).orElse("<no ErrorInfo>");
  }

  private static String metadata(StatusRuntimeException e, String key) {
    return RpcErrors.errorInfo(e).map(i -> i.getMetadataMap().get(key)).orElse(null);
  }

  /**
   * ORDER_ERROR_REASON_SETTLEMENT_IN_PROGRESS, which the suite cannot provoke (exempt in
   * ErrorReasonCoverageTest): a job stays RUNNING only while the wallet refuses one of its
   * bookings, here a payout the wallet cannot take because every CreditBalance fails.
   */
  @Test
  void aCorrectionWhileTheSettlementJobRunsIsSettlementInProgress() {
    FaultInjector faults = new FaultInjector(FaultPlan.none());
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of(), List.of(faults))) {
      openInPlay(p, "m-running", 0);
      placeAndConfirm(p, "layer", "m-running", BetSide.BET_SIDE_LAY, "2.00", "10.00", "10.00");
      Bet back =
          placeAndConfirm(
              p, "backer", "m-running", BetSide.BET_SIDE_BACK, "2.00", "10.00", "10.00");
      assertThat(back.getState()).isEqualTo(BetState.BET_STATE_EXECUTION_COMPLETE);
      var op = book(p, DemoTokens.OPERATOR_TOKEN);
      op.closeMarket(
          CloseMarketRequest.newBuilder()
              .setMarketId("m-running")
              .setIdempotencyKey("close")
              .build());
      faults.plan(
          FaultPlan.seeded(1)
              .failBefore(
                  WalletServiceGrpc.getCreditBalanceMethod().getFullMethodName(),
                  1.0,
                  Status.Code.UNAVAILABLE)
              .build());
      List<SelectionResult> results =
          List.of(
              SelectionResult.newBuilder()
                  .setSelectionId("home")
                  .setResult(SelectionResultType.SELECTION_RESULT_TYPE_WIN)
                  .build(),
              SelectionResult.newBuilder()
                  .setSelectionId("away")
                  .setResult(SelectionResultType.SELECTION_RESULT_TYPE_LOSE)
                  .build());
      SettlementJob job =
          op.settleMarket(
                  SettleMarketRequest.newBuilder()
                      .setMarketId("m-running")
                      .addAllResults(results)
                      .setIdempotencyKey("settle")
                      .build())
              .getJob();
      GetSettlementJobRequest poll =
          GetSettlementJobRequest.newBuilder().setSettlementJobId(job.getSettlementJobId()).build();
      assertThat(op.getSettlementJob(poll).getJob().getState())
          .as("the backer's payout cannot be credited: the job keeps RUNNING")
          .isEqualTo(SettlementJobState.SETTLEMENT_JOB_STATE_RUNNING);

      String inProgress =
          ErrorReasons.toReason(OrderErrorReason.ORDER_ERROR_REASON_SETTLEMENT_IN_PROGRESS);
      StatusRuntimeException resettle =
          failure(
              () ->
                  op.resettleMarket(
                      ResettleMarketRequest.newBuilder()
                          .setMarketId("m-running")
                          .addAllResults(results)
                          .setReason("result corrected")
                          .setIdempotencyKey("resettle")
                          .build()));
      StatusRuntimeException voided =
          failure(
              () ->
                  op.voidMarket(
                      VoidMarketRequest.newBuilder()
                          .setMarketId("m-running")
                          .setReason("abandoned")
                          .setIdempotencyKey("void")
                          .build()));
      for (StatusRuntimeException e : List.of(resettle, voided)) {
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
        assertThat(reason(e)).isEqualTo(inProgress);
        assertThat(metadata(e, "settlementJobId")).isEqualTo(job.getSettlementJobId());
      }
      assertThat(
              op.getMarket(GetMarketRequest.newBuilder().setMarketId("m-running").build())
                  .getMarket()
                  .getSettlementVersion())
          .as("neither correction started")
          .isEqualTo(1);

      faults.plan(FaultPlan.none());
      assertThat(p.orderBook.runPendingWork())
          .as("the payout is booked once the wallet takes it")
          .isZero();
      assertThat(op.getSettlementJob(poll).getJob().getDone()).isTrue();
      assertThat(
              op.voidMarket(
                      VoidMarketRequest.newBuilder()
                          .setMarketId("m-running")
                          .setReason("abandoned")
                          .setIdempotencyKey("void-after")
                          .build())
                  .getJob()
                  .getSettlementVersion())
          .as("with the job done, a correction starts (with a new key)")
          .isEqualTo(2);
    }
  }

  /**
   * ORDER_ERROR_REASON_UPDATE_PATH_NOT_ALLOWED, which no client can provoke (exempt in
   * ErrorReasonCoverageTest): the CEL rule update_market.update_mask refuses every path but the
   * five updatable ones before the handler runs; the handler, reached without validation, names the
   * path.
   */
  @Test
  void anUnknownUpdatePathFailsValidationBeforeTheHandlerCouldSayUpdatePathNotAllowed() {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of())) {
      openInPlay(p, "m-mask", 0);
      UpdateMarketRequest req =
          UpdateMarketRequest.newBuilder()
              .setMarketId("m-mask")
              .setMarketUpdate(MarketUpdate.newBuilder().setDisplayName("Renamed"))
              .setUpdateMask(FieldMask.newBuilder().addPaths("currency"))
              .setIdempotencyKey("mask")
              .build();
      StatusRuntimeException viaServer =
          failure(() -> book(p, DemoTokens.OPERATOR_TOKEN).updateMarket(req));
      assertThat(viaServer.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(reason(viaServer))
          .isEqualTo(ErrorReasons.toReason(ErrorReason.ERROR_REASON_VALIDATION_FAILED));

      List<Throwable> errors = new ArrayList<>();
      StreamObserver<UpdateMarketResponse> observer =
          new StreamObserver<>() {
            @Override
            public void onNext(UpdateMarketResponse value) {}

            @Override
            public void onError(Throwable t) {
              errors.add(t);
            }

            @Override
            public void onCompleted() {}
          };
      AuthenticatedSession operator =
          new AuthenticatedSession(
              "operator-1",
              "session-1",
              List.of("operator"),
              Map.of(),
              Instant.parse("2100-01-01T00:00:00Z"));
      Context.current()
          .withValue(AuthenticatedSession.CONTEXT_KEY, operator)
          .run(() -> p.orderBook.updateMarket(req, observer));
      assertThat(errors).hasSize(1).first().isInstanceOf(StatusRuntimeException.class);
      StatusRuntimeException direct = (StatusRuntimeException) errors.get(0);
      assertThat(direct.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
      assertThat(reason(direct))
          .isEqualTo(
              ErrorReasons.toReason(OrderErrorReason.ORDER_ERROR_REASON_UPDATE_PATH_NOT_ALLOWED));
      assertThat(metadata(direct, "path")).isEqualTo("currency");
    }
  }

  @Test
  void concurrentBettingConservesMoneyAndKeepsSizesConsistent() throws Exception {
    try (OrderBookPlatform p = new OrderBookPlatform(Set.of())) {
      openInPlay(p, "m-busy", 0);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      List<java.util.concurrent.Future<Bet>> futures = new ArrayList<>();
      String[] prices = {"2.00", "2.02", "2.04", "2.06"};
      for (int i = 0; i < 80; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  BetSide side = n % 2 == 0 ? BetSide.BET_SIDE_BACK : BetSide.BET_SIDE_LAY;
                  String price = prices[n % prices.length];
                  String stake = (2 + n % 5) + ".00";
                  String liability =
                      side == BetSide.BET_SIDE_BACK
                          ? stake
                          : new java.math.BigDecimal(stake)
                              .multiply(
                                  new java.math.BigDecimal(price)
                                      .subtract(java.math.BigDecimal.ONE))
                              .setScale(2, java.math.RoundingMode.UP)
                              .toPlainString();
                  return placeAndConfirm(p, "u" + n, "m-busy", side, price, stake, liability);
                }));
      }
      for (var f : futures) {
        f.get();
      }
      pool.shutdown();
      var op = book(p, DemoTokens.OPERATOR_TOKEN);
      op.closeMarket(
          com.tam.protos.order.v1.CloseMarketRequest.newBuilder()
              .setMarketId("m-busy")
              .setIdempotencyKey("close")
              .build());
      op.settleMarket(
          com.tam.protos.order.v1.SettleMarketRequest.newBuilder()
              .setMarketId("m-busy")
              .addResults(
                  com.tam.protos.order.v1.SelectionResult.newBuilder()
                      .setSelectionId("home")
                      .setResult(
                          com.tam.protos.order.v1.SelectionResultType.SELECTION_RESULT_TYPE_WIN))
              .addResults(
                  com.tam.protos.order.v1.SelectionResult.newBuilder()
                      .setSelectionId("away")
                      .setResult(
                          com.tam.protos.order.v1.SelectionResultType.SELECTION_RESULT_TYPE_LOSE))
              .setIdempotencyKey("settle")
              .build());
      assertThat(p.orderBook.runPendingWork()).as("no booking left pending").isZero();
      java.math.BigDecimal total = java.math.BigDecimal.ZERO;
      for (var b : p.wallet.balances().values()) {
        total = total.add(b.balance());
      }
      assertThat(total)
          .as("zero commission: the exchange only moves money between bettors")
          .isEqualByComparingTo(new java.math.BigDecimal("8000.00"));
      assertThat(p.orderBook.fills()).isNotEmpty();
      for (Bet b : p.orderBook.bets()) {
        java.math.BigDecimal sizes =
            new java.math.BigDecimal(b.getStakeMatched())
                .add(new java.math.BigDecimal(b.getStakeRemaining()))
                .add(new java.math.BigDecimal(b.getStakeCancelled()))
                .add(new java.math.BigDecimal(b.getStakeLapsed()))
                .add(new java.math.BigDecimal(b.getStakeVoided()));
        assertThat(sizes).as("sizes of %s", b.getBetId()).isEqualByComparingTo(b.getStake());
        assertThat(b.getStakeRemaining()).isEqualTo("0.00");
      }
    }
  }
}
