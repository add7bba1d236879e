package com.tam.protos.testkit.tck;

import static com.tam.protos.testkit.tck.TckAssertions.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.GetOrderRequest;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.OrderResolution;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceOrderInstruction;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.PlaceOrderResponse;
import com.tam.protos.order.v1.PlaceOrderResult;
import com.tam.protos.order.v1.PlaceOrdersRequest;
import com.tam.protos.order.v1.PlaceOrdersResponse;
import com.tam.protos.order.v1.ResolveOrderRequest;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.order.v1.SagaStepExecution;
import com.tam.protos.order.v1.SagaStepOutcome;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.risk.v1.SelfExcludeRequest;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code order.v1.OrderValidatorService} (rule ids {@code
 * [order-validator.…]}). The target is a whole platform: order-validator with wallet, risk and
 * order-book behind it. The suite funds its own users (OpenWallet, ConfirmDeposit) and opens its
 * own markets (OpenMarket). It steers the saga only through the contract: a compensation called
 * before the order (CancelBet or CancelReservation with the order's derivable {@code saga_id})
 * leaves a tombstone that makes the forward step fail with {@code ABORTED /
 * SAGA_ALREADY_COMPENSATED}.
 *
 * <p>The saga runs asynchronously, so the suite polls GetOrder (every 20 ms, up to 60 s) until the
 * order is terminal or FAILED.
 */
public class OrderValidatorServiceTck extends ServiceTck {
  private static final Duration SETTLE_WITHIN = Duration.ofSeconds(60);

  private OrderValidatorServiceGrpc.OrderValidatorServiceBlockingStub validator(
      CallCredentials credentials) {
    return OrderValidatorServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(credentials)
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  private WalletServiceGrpc.WalletServiceBlockingStub wallet() {
    return WalletServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(target().serviceCredentials());
  }

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub orderBook(CallCredentials c) {
    return OrderBookServiceGrpc.newBlockingStub(target().channel()).withCallCredentials(c);
  }

  /** A user with a EUR wallet holding {@code amount}. */
  private TckUser fundedUser(String amount) {
    TckUser user = target().newUser();
    wallet()
        .openWallet(
            OpenWalletRequest.newBuilder()
                .setUserId(user.userId())
                .setCurrency("EUR")
                .setIdempotencyKey("tck-open-" + user.userId())
                .build());
    wallet()
        .confirmDeposit(
            ConfirmDepositRequest.newBuilder()
                .setUserId(user.userId())
                .setAmount(amount)
                .setCurrency("EUR")
                .setPaymentReference("tck-dep-" + user.userId())
                .setIdempotencyKey("tck-dep-" + user.userId())
                .build());
    return user;
  }

  /** An OPEN EUR match-odds market with runners "home", "draw", "away". */
  private String openMarket() {
    String marketId = "tck-m-" + UUID.randomUUID();
    orderBook(target().operatorCredentials())
        .openMarket(
            OpenMarketRequest.newBuilder()
                .setMarketId(marketId)
                .setFixture(
                    Fixture.newBuilder()
                        .setFixtureId("tck-f-" + marketId)
                        .setDisplayName("Home v Away")
                        .setSport("football")
                        .setCompetitionId("tck-league")
                        .setCompetitionName("TCK League")
                        .setCountryCode("GB")
                        .setStartTime(Timestamp.newBuilder().setSeconds(4_102_444_800L)))
                .setMarketType("MATCH_ODDS")
                .setDisplayName("Match Odds")
                .setCurrency("EUR")
                .addRunners(runner("home", "Home"))
                .addRunners(runner("draw", "The Draw"))
                .addRunners(runner("away", "Away"))
                .setCommissionRateBp(500)
                .setIdempotencyKey("tck-open-" + marketId)
                .build());
    return marketId;
  }

  private static Runner runner(String id, String name) {
    return Runner.newBuilder()
        .setSelectionId(id)
        .setDisplayName(name)
        .setStatus(RunnerStatus.RUNNER_STATUS_ACTIVE)
        .build();
  }

  private static PlaceOrderRequest.Builder order(TckUser user, String marketId, String key) {
    return PlaceOrderRequest.newBuilder()
        .setUserId(user.userId())
        .setMarketId(marketId)
        .setSelectionId("home")
        .setSide(BetSide.BET_SIDE_BACK)
        .setPrice("2.50")
        .setStake("10.00")
        .setCurrency("EUR")
        .setIdempotencyKey(key)
        .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_LAPSE);
  }

  private GetBalanceResponse balance(TckUser user) {
    return wallet().getBalance(GetBalanceRequest.newBuilder().setUserId(user.userId()).build());
  }

  /** Polls GetOrder until the order is terminal or FAILED. */
  private Order settled(TckUser user, String orderId) {
    long deadline = System.nanoTime() + SETTLE_WITHIN.toNanos();
    while (true) {
      Order o =
          validator(user.credentials())
              .getOrder(GetOrderRequest.newBuilder().setOrderId(orderId).build())
              .getOrder();
      switch (o.getState()) {
        case ORDER_STATE_COMPLETED,
            ORDER_STATE_COMPENSATED,
            ORDER_STATE_REJECTED,
            ORDER_STATE_FAILED,
            ORDER_STATE_RESOLVED -> {
          return o;
        }
        default -> {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(
                "[order-validator.saga.terminates] order " + orderId + " still " + o.getState());
          }
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
          }
        }
      }
    }
  }

  private static String hash(String userId, String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((userId + "\n" + key).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static java.util.Optional<com.google.rpc.ErrorInfo> infoOf(com.google.rpc.Status s) {
    return s.getDetailsList().stream()
        .filter(a -> a.is(com.google.rpc.ErrorInfo.class))
        .findFirst()
        .map(
            a -> {
              try {
                return a.unpack(com.google.rpc.ErrorInfo.class);
              } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  private static String reason(StatusRuntimeException e) {
    return RpcErrors.errorInfo(e).map(com.google.rpc.ErrorInfo::getReason).orElse("");
  }

  private static List<String> outcomes(Order o) {
    return o.getStepsList().stream()
        .map(
            s ->
                s.getMethod().substring(s.getMethod().lastIndexOf('.') + 1)
                    + ":"
                    + s.getOutcome().name().replace("SAGA_STEP_OUTCOME_", ""))
        .toList();
  }

  @Test
  @DisplayName("an order runs the saga end to end: the bet is placed and the stake debited once")
  void anOrderCompletesEndToEnd() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();

    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-1").build());
    Order done = settled(user, placed.getOrderId());

    assertThat(placed.getState())
        .as("[order-validator.place.returns-pending] a new order is returned PENDING at once")
        .isEqualTo(OrderState.ORDER_STATE_PENDING);
    assertThat(done.getState())
        .as("[order-validator.saga.completes] steps %s", outcomes(done))
        .isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(outcomes(done))
        .as("[order-validator.saga.step-order] the five forward steps, in the declared order")
        .containsExactly(
            "AssessBet:SUCCEEDED",
            "ReserveBalance:SUCCEEDED",
            "PlaceBet:SUCCEEDED",
            "CommitReservation:SUCCEEDED",
            "ConfirmBet:SUCCEEDED");
    assertThat(done.getBetId())
        .as("[order-validator.saga.bet-id] the order names its bet")
        .isNotEmpty();
    assertThat(done.getReservationId())
        .as("[order-validator.saga.reservation-id] the order names its reservation")
        .isNotEmpty();
    GetBalanceResponse after = balance(user);
    assertThat(new BigDecimal(after.getBalance()))
        .as("[order-validator.saga.debits-liability] 100.00 - 10.00 stake")
        .isEqualByComparingTo("90.00");
    assertThat(new BigDecimal(after.getReserved()))
        .as("[order-validator.saga.no-hold-left] the committed reservation holds nothing")
        .isEqualByComparingTo("0");
  }

  @Test
  @DisplayName("saga_id, order_id and every step's idempotency key are derived as documented")
  void idsAndKeysAreDerived() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    String h = hash(user.userId(), "tck-ids");

    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-ids").build());
    Order done = settled(user, placed.getOrderId());

    assertThat(placed.getSagaId())
        .as("[order-validator.ids.saga-id] bet-placement- + sha256(user_id \\n key)")
        .isEqualTo("bet-placement-" + h);
    assertThat(placed.getOrderId())
        .as("[order-validator.ids.order-id] order- + sha256(user_id \\n key)")
        .isEqualTo("order-" + h);
    assertThat(done.getStepsList().stream().map(SagaStepExecution::getIdempotencyKey).toList())
        .as("[order-validator.ids.step-keys] <saga_id>:<step>")
        .containsExactly(
            placed.getSagaId() + ":assess",
            placed.getSagaId() + ":reserve",
            placed.getSagaId() + ":place",
            placed.getSagaId() + ":commit",
            placed.getSagaId() + ":confirm");
  }

  @Test
  @DisplayName("a LAY order reserves and debits its liability, stake x (price - 1) rounded up")
  void aLayOrderDebitsItsLiability() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();

    PlaceOrderResponse placed =
        validator(user.credentials())
            .placeOrder(
                order(user, market, "tck-lay")
                    .setSide(BetSide.BET_SIDE_LAY)
                    .setStake("3.33")
                    .setPrice("1.57")
                    .build());
    Order done = settled(user, placed.getOrderId());

    assertThat(done.getLiability())
        .as("[order-validator.saga.lay-liability] 3.33 x 0.57 = 1.8981, rounded up")
        .isEqualTo("1.90");
    assertThat(new BigDecimal(balance(user).getBalance()))
        .as("[order-validator.saga.lay-liability] the wallet is debited the liability")
        .isEqualByComparingTo("98.10");
  }

  @Test
  @DisplayName("a retried PlaceOrder joins the same order and never places a second bet")
  void aReplayJoinsTheSameOrder() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    PlaceOrderRequest request = order(user, market, "tck-replay").build();

    PlaceOrderResponse first = validator(user.credentials()).placeOrder(request);
    settled(user, first.getOrderId());
    PlaceOrderResponse second = validator(user.credentials()).placeOrder(request);
    settled(user, second.getOrderId());

    assertThat(second.getOrderId())
        .as("[order-validator.place.replay-once] the same key returns the same order")
        .isEqualTo(first.getOrderId());
    assertThat(second.getState())
        .as("[order-validator.place.replay-once] a retry returns the order's current state")
        .isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(new BigDecimal(balance(user).getBalance()))
        .as("[order-validator.place.replay-once] one stake debited, not two")
        .isEqualByComparingTo("90.00");
  }

  @Test
  @DisplayName("the same key with a different order fails with IDEMPOTENCY_KEY_REUSED")
  void aReusedKeyIsRefused() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    validator(user.credentials()).placeOrder(order(user, market, "tck-reuse").build());

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                validator(user.credentials())
                    .placeOrder(order(user, market, "tck-reuse").setStake("20.00").build()));

    assertThat(e).as("[order-validator.place.key-reused] a different intent must fail").isNotNull();
    assertThat(e.getStatus().getCode())
        .as("[order-validator.place.key-reused] code")
        .isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertReason(
        "order-validator.place.key-reused",
        "reason",
        reason(e),
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  @DisplayName(
      "a bet risk-analyzer REJECTs ends REJECTED with RISK_REJECTED at step 1 and moves no money")
  void aRiskRejectionRejectsBeforeAnyMoneyIsReserved() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    RiskServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(user.credentials())
        .selfExclude(
            SelfExcludeRequest.newBuilder()
                .setUserId(user.userId())
                .setDuration(com.google.protobuf.Duration.newBuilder().setSeconds(86_400))
                .setIdempotencyKey("tck-exclude-" + user.userId())
                .build());

    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-excluded").build());
    Order done = settled(user, placed.getOrderId());

    assertThat(done.getState())
        .as(
            "[order-validator.saga.risk-rejected] a self-excluded user's bet: steps %s",
            outcomes(done))
        .isEqualTo(OrderState.ORDER_STATE_REJECTED);
    assertReason(
        "order-validator.saga.risk-rejected",
        "the order's failure_reason",
        done.getFailureReason(),
        OrderErrorReason.ORDER_ERROR_REASON_RISK_REJECTED);
    com.google.rpc.Status lastError = done.getSteps(0).getLastError();
    assertThat(lastError.getCode())
        .as("[order-validator.saga.risk-rejected] step 1's last_error code")
        .isEqualTo(Status.Code.FAILED_PRECONDITION.value());
    Map<String, String> metadata =
        infoOf(lastError).map(com.google.rpc.ErrorInfo::getMetadataMap).orElse(Map.of());
    assertThat(metadata)
        .as("[order-validator.saga.risk-rejected] step 1's ErrorInfo metadata")
        .containsKey("assessmentId");
    assertThat(List.of(metadata.getOrDefault("riskReasons", "").split(",")))
        .as("[order-validator.saga.risk-rejected] riskReasons names the self-exclusion")
        .contains("SELF_EXCLUDED");
    assertThat(outcomes(done))
        .as("[order-validator.saga.risk-rejected] a REJECT consumes nothing: no other step runs")
        .containsExactly("AssessBet:FAILED");
    assertThat(new BigDecimal(balance(user).getBalance()))
        .as("[order-validator.saga.risk-rejected] no money moved")
        .isEqualByComparingTo("100.00");
  }

  @Test
  @DisplayName("a refused ReserveBalance rejects the order and nothing is compensated")
  void aRefusedReservationRejects() {
    TckUser user = fundedUser("5.00");
    String market = openMarket();

    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-poor").build());
    Order done = settled(user, placed.getOrderId());

    assertThat(done.getState())
        .as("[order-validator.saga.rejected] 10.00 on a 5.00 wallet: steps %s", outcomes(done))
        .isEqualTo(OrderState.ORDER_STATE_REJECTED);
    assertThat(
            infoOf(done.getSteps(1).getLastError())
                .map(com.google.rpc.ErrorInfo::getDomain)
                .orElse(""))
        .as("[order-validator.saga.last-error] the participant's error as received")
        .isEqualTo("wallet.tam.internal");
    assertReason(
        "order-validator.saga.failure-reason",
        "the refusing step's reason",
        done.getFailureReason(),
        WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS);
    assertThat(outcomes(done))
        .as("[order-validator.saga.rejected] the consumed limits are given back, nothing else runs")
        .containsExactly(
            "AssessBet:SUCCEEDED", "ReserveBalance:FAILED", "ReleaseBetLimits:SUCCEEDED");
    assertThat(new BigDecimal(balance(user).getBalance()))
        .as("[order-validator.saga.rejected] no money moved")
        .isEqualByComparingTo("5.00");
  }

  @Test
  @DisplayName("a failing PlaceBet compensates the reservation: the hold is released")
  void aFailingPlaceBetReleasesTheHold() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    String sagaId = "bet-placement-" + hash(user.userId(), "tck-comp");
    // A compensation before the step leaves a tombstone: the late PlaceBet is refused.
    orderBook(target().serviceCredentials())
        .cancelBet(
            CancelBetRequest.newBuilder()
                .setSagaId(sagaId)
                .setIdempotencyKey(sagaId + ":tck-tombstone")
                .setReason("tck")
                .build());

    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-comp").build());
    Order done = settled(user, placed.getOrderId());

    assertThat(done.getState())
        .as("[order-validator.saga.compensated] steps %s", outcomes(done))
        .isEqualTo(OrderState.ORDER_STATE_COMPENSATED);
    assertReason(
        "order-validator.saga.failure-reason",
        "PlaceBet's reason",
        done.getFailureReason(),
        ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED);
    List<String> compensations =
        done.getStepsList().stream()
            .filter(x -> x.getRole() == SagaRole.SAGA_ROLE_COMPENSATION)
            .map(
                x ->
                    x.getStep()
                        + " "
                        + x.getMethod()
                        + " "
                        + x.getOutcome().name()
                        + " "
                        + x.getIdempotencyKey())
            .toList();
    assertThat(compensations)
        .as(
            "[order-validator.saga.compensate-reservation] CancelReservation ran: %s",
            outcomes(done))
        .contains(
            "2 wallet.v1.WalletService.CancelReservation "
                + SagaStepOutcome.SAGA_STEP_OUTCOME_SUCCEEDED.name()
                + " "
                + sagaId
                + ":cancel-reservation");
    assertThat(compensations)
        .as(
            "[order-validator.saga.compensation-order] reverse order: CancelReservation, then ReleaseBetLimits")
        .containsExactly(
            "2 wallet.v1.WalletService.CancelReservation "
                + SagaStepOutcome.SAGA_STEP_OUTCOME_SUCCEEDED.name()
                + " "
                + sagaId
                + ":cancel-reservation",
            "1 risk.v1.RiskService.ReleaseBetLimits "
                + SagaStepOutcome.SAGA_STEP_OUTCOME_SUCCEEDED.name()
                + " "
                + sagaId
                + ":release-limits");
    GetBalanceResponse after = balance(user);
    assertThat(new BigDecimal(after.getReserved()))
        .as("[order-validator.saga.compensate-reservation] the hold is released")
        .isEqualByComparingTo("0");
    assertThat(new BigDecimal(after.getAvailable()))
        .as("[order-validator.saga.compensate-reservation] every cent is available again")
        .isEqualByComparingTo("100.00");
  }

  @Test
  @DisplayName("a reservation refused by a tombstone rejects the order")
  void aCompensatedSagaCannotReserveLate() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    String sagaId = "bet-placement-" + hash(user.userId(), "tck-tomb");
    wallet()
        .cancelReservation(
            CancelReservationRequest.newBuilder()
                .setSagaId(sagaId)
                .setUserId(user.userId())
                .setIdempotencyKey(sagaId + ":tck-tombstone")
                .build());

    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-tomb").build());
    Order done = settled(user, placed.getOrderId());

    assertThat(done.getState())
        .as(
            "[order-validator.saga.rejected] ABORTED / SAGA_ALREADY_COMPENSATED is definitive: %s",
            outcomes(done))
        .isEqualTo(OrderState.ORDER_STATE_REJECTED);
    assertThat(done.getSteps(1).getAttemptCount())
        .as("[order-validator.saga.definitive-not-retried] a definitive error is not retried")
        .isEqualTo(1);
  }

  @Test
  @DisplayName("PlaceOrders gives each instruction its own result and derived key")
  void aBatchHasOneResultPerInstruction() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    PlaceOrdersRequest batch =
        PlaceOrdersRequest.newBuilder()
            .setUserId(user.userId())
            .setMarketId(market)
            .addInstructions(instruction("home"))
            .addInstructions(instruction("nobody"))
            .setIdempotencyKey("tck-batch")
            .build();

    PlaceOrdersResponse response = validator(user.credentials()).placeOrders(batch);

    assertThat(response.getResultsCount())
        .as("[order-validator.place-orders.one-result-each] results in request order")
        .isEqualTo(2);
    PlaceOrderResult ok = response.getResults(0);
    PlaceOrderResult refused = response.getResults(1);
    assertThat(ok.getSuccess())
        .as("[order-validator.place-orders.one-result-each] %s", ok)
        .isTrue();
    assertThat(ok.getOrderId())
        .as("[order-validator.place-orders.derived-key] instruction 0 uses key + \":0\"")
        .isEqualTo("order-" + hash(user.userId(), "tck-batch:0"));
    assertThat(refused.getSuccess())
        .as("[order-validator.place-orders.one-result-each] an unknown selection fails alone")
        .isFalse();
    assertReason(
        "order-validator.place-orders.error",
        "the instruction's error reason",
        infoOf(refused.getError()).map(com.google.rpc.ErrorInfo::getReason).orElse(""),
        OrderErrorReason.ORDER_ERROR_REASON_SELECTION_NOT_FOUND);
    assertThat(settled(user, ok.getOrderId()).getState())
        .as("[order-validator.place-orders.runs-saga] the started order completes")
        .isEqualTo(OrderState.ORDER_STATE_COMPLETED);
  }

  private static PlaceOrderInstruction instruction(String selection) {
    return PlaceOrderInstruction.newBuilder()
        .setSelectionId(selection)
        .setSide(BetSide.BET_SIDE_BACK)
        .setPrice("2.00")
        .setStake("5.00")
        .setCurrency("EUR")
        .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_LAPSE)
        .build();
  }

  @Test
  @DisplayName("PlaceOrder for another user is PERMISSION_DENIED")
  void placingForAnotherUserIsDenied() {
    TckUser alice = fundedUser("100.00");
    TckUser bob = target().newUser();
    String market = openMarket();

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> validator(bob.credentials()).placeOrder(order(alice, market, "tck-x").build()));

    assertThat(e == null ? null : e.getStatus().getCode())
        .as("[order-validator.access.caller-only] user_id must be the caller")
        .isEqualTo(Status.Code.PERMISSION_DENIED);
  }

  @Test
  @DisplayName("an unknown market is NOT_FOUND / MARKET_NOT_FOUND")
  void anUnknownMarketIsNotFound() {
    TckUser user = fundedUser("100.00");

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                validator(user.credentials())
                    .placeOrder(order(user, "tck-no-market", "k").build()));

    assertReason(
        "order-validator.place.market-not-found",
        "reason",
        e == null ? "" : reason(e),
        OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_FOUND);
    assertThat(e.getStatus().getCode())
        .as("[order-validator.place.market-not-found] code")
        .isEqualTo(Status.Code.NOT_FOUND);
  }

  @Test
  @DisplayName("another user's order is NOT_FOUND / ORDER_NOT_FOUND")
  void anotherUsersOrderIsNotFound() {
    TckUser alice = fundedUser("100.00");
    TckUser bob = target().newUser();
    String market = openMarket();
    PlaceOrderResponse placed =
        validator(alice.credentials()).placeOrder(order(alice, market, "tck-private").build());

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                validator(bob.credentials())
                    .getOrder(
                        GetOrderRequest.newBuilder().setOrderId(placed.getOrderId()).build()));

    assertReason(
        "order-validator.access.own-orders",
        "another user's order does not exist for the caller",
        e == null ? "" : reason(e),
        OrderErrorReason.ORDER_ERROR_REASON_ORDER_NOT_FOUND);
  }

  @Test
  @DisplayName("ResolveOrder is for operators, and only for FAILED orders")
  void resolveOrderAccess() {
    TckUser user = fundedUser("100.00");
    String market = openMarket();
    PlaceOrderResponse placed =
        validator(user.credentials()).placeOrder(order(user, market, "tck-resolve").build());
    settled(user, placed.getOrderId());
    ResolveOrderRequest resolve =
        ResolveOrderRequest.newBuilder()
            .setOrderId(placed.getOrderId())
            .setResolution(OrderResolution.ORDER_RESOLUTION_NO_ACTION)
            .setNote("tck")
            .setIdempotencyKey("tck-resolve")
            .build();

    StatusRuntimeException byUser =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> validator(user.credentials()).resolveOrder(resolve));
    StatusRuntimeException notFailed =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> validator(target().operatorCredentials()).resolveOrder(resolve));

    assertThat(byUser == null ? null : byUser.getStatus().getCode())
        .as("[order-validator.access.resolve-operators] a bettor may not resolve")
        .isEqualTo(Status.Code.PERMISSION_DENIED);
    assertReason(
        "order-validator.resolve.only-failed",
        "a COMPLETED order is not resolvable",
        notFailed == null ? "" : reason(notFailed),
        OrderErrorReason.ORDER_ERROR_REASON_ORDER_NOT_RESOLVABLE);
    assertThat(
            RpcErrors.errorInfo(notFailed).map(i -> i.getMetadataOrDefault("state", "")).orElse(""))
        .as("[order-validator.resolve.only-failed] metadata state")
        .isEqualTo(OrderState.ORDER_STATE_COMPLETED.name());
  }
}
