package com.tam.protos.testkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderCompletedEvent;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.OrderFailedEvent;
import com.tam.protos.order.v1.OrderResolution;
import com.tam.protos.order.v1.OrderResolvedEvent;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.ResolveOrderRequest;
import com.tam.protos.order.v1.ResolveOrderResponse;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.order.v1.SagaStepExecution;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.wallet.v1.WalletErrorReason;
import io.grpc.Status;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The saga's paths that the TCK cannot steer through the contract alone, on in-test fakes. */
class BetPlacementWorkflowTest {
  private final SagaPlatform platform = new SagaPlatform();

  @AfterEach
  void stop() {
    platform.close();
  }

  private Order place(String key) {
    platform.fakes.wallet.balances.put("alice", new BigDecimal("100.00"));
    OrderBookServiceGrpc.newBlockingStub(platform.channel())
        .withCallCredentials(platform.operatorCredentials())
        .openMarket(
            OpenMarketRequest.newBuilder()
                .setMarketId("m1")
                .setFixture(
                    Fixture.newBuilder()
                        .setFixtureId("f1")
                        .setDisplayName("A v B")
                        .setSport("football")
                        .setCompetitionId("c1")
                        .setCompetitionName("League")
                        .setStartTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(1)))
                .setMarketType("MATCH_ODDS")
                .setDisplayName("Match Odds")
                .setCurrency("EUR")
                .addRunners(runner("home"))
                .addRunners(runner("away"))
                .setIdempotencyKey("open-m1")
                .build());
    String orderId =
        OrderValidatorServiceGrpc.newBlockingStub(platform.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.userToken("alice")))
            .placeOrder(
                PlaceOrderRequest.newBuilder()
                    .setUserId("alice")
                    .setMarketId("m1")
                    .setSelectionId("home")
                    .setSide(BetSide.BET_SIDE_BACK)
                    .setPrice("2.00")
                    .setStake("10.00")
                    .setCurrency("EUR")
                    .setIdempotencyKey(key)
                    .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_LAPSE)
                    .build())
            .getOrderId();
    assertThat(platform.validator.awaitSagas(Duration.ofSeconds(60))).isTrue();
    return platform.validator.order(orderId).orElseThrow();
  }

  private static Runner runner(String id) {
    return Runner.newBuilder()
        .setSelectionId(id)
        .setDisplayName(id)
        .setStatus(RunnerStatus.RUNNER_STATUS_ACTIVE)
        .build();
  }

  private static List<String> steps(Order o) {
    return o.getStepsList().stream()
        .map(
            s ->
                s.getStep()
                    + " "
                    + s.getMethod().substring(s.getMethod().lastIndexOf('.') + 1)
                    + " "
                    + s.getOutcome().name().replace("SAGA_STEP_OUTCOME_", "")
                    + " x"
                    + s.getAttemptCount())
        .toList();
  }

  @Test
  void theWorkflowRunsTheStepsTheContractDeclares() {
    BetPlacementSaga saga = BetPlacementSaga.fromDescriptors();
    assertThat(saga.steps())
        .extracting(BetPlacementSaga.Step::rpc)
        .containsExactly(
            "AssessBet", "ReserveBalance", "PlaceBet", "CommitReservation", "ConfirmBet");
    assertThat(saga.steps())
        .extracting(BetPlacementSaga.Step::compensationRpc)
        .containsExactly("ReleaseBetLimits", "CancelReservation", "CancelBet", "", "");
    assertThat(saga.steps().get(3).role()).isEqualTo(SagaRole.SAGA_ROLE_FINAL);
  }

  @Test
  void aCompletedOrderPublishesOneCompletedEvent() {
    Order order = place("k-ok");

    assertThat(order.getState()).isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    List<OrderCompletedEvent> events =
        platform.bus.published(OrderCompletedEvent.getDefaultInstance());
    assertThat(events).hasSize(1);
    assertThat(events.get(0).getMetadata().getAggregateId()).isEqualTo(order.getOrderId());
    assertThat(events.get(0).getMetadata().getAggregateVersion()).isEqualTo(1);
    assertThat(events.get(0).getMetadata().getSagaId()).isEqualTo(order.getSagaId());
    assertThat(order.getCreateTime()).isEqualTo(order.getSteps(0).getStartTime());
  }

  @Test
  void anUnknownPlaceBetOutcomeIsRetriedThenCompensatedInReverseOrder() {
    platform.fakes.failAlways("PlaceBet", Status.UNAVAILABLE.asRuntimeException());

    Order order = place("k-unknown");

    assertThat(order.getState()).isEqualTo(OrderState.ORDER_STATE_COMPENSATED);
    assertThat(steps(order))
        .containsExactly(
            "1 AssessBet SUCCEEDED x1",
            "2 ReserveBalance SUCCEEDED x1",
            "3 PlaceBet RETRIES_EXHAUSTED x5",
            "3 CancelBet SUCCEEDED x1",
            "2 CancelReservation SUCCEEDED x1",
            "1 ReleaseBetLimits SUCCEEDED x1");
    // UNAVAILABLE without an ErrorInfo is what the orchestrator observed itself.
    assertThat(order.getFailureReason()).isEqualTo("DEPENDENCY_UNAVAILABLE");
    assertThat(SagaActivitiesImpl.errorInfo(order.getSteps(2).getLastError()).orElseThrow())
        .satisfies(
            i -> {
              assertThat(i.getDomain()).isEqualTo("order.tam.internal");
              assertThat(i.getMetadataMap()).containsEntry("dependency", "order-book");
            });
    assertThat(order.getSteps(2).getLastError().getCode())
        .isEqualTo(Status.Code.UNAVAILABLE.value());
    assertThat(platform.fakes.wallet.reserved("alice")).isZero();
    assertThat(platform.fakes.risk.releases).containsKey(order.getSagaId() + ":release-limits");
  }

  @Test
  void anUnknownCommitOutcomeIsReadFromTheReservationAndNeverCompensated() {
    platform.fakes.failAfterEffect("CommitReservation", Status.UNAVAILABLE.asRuntimeException());

    Order order = place("k-pivot");

    assertThat(order.getState()).isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(steps(order))
        .containsExactly(
            "1 AssessBet SUCCEEDED x1",
            "2 ReserveBalance SUCCEEDED x1",
            "3 PlaceBet SUCCEEDED x1",
            "4 CommitReservation RETRIES_EXHAUSTED x5",
            "5 ConfirmBet SUCCEEDED x1");
    assertThat(platform.fakes.wallet.balances.get("alice")).isEqualByComparingTo("90.00");
  }

  @Test
  void aRiskRejectEndsTheOrderRejectedWithoutTouchingTheWallet() {
    platform.fakes.risk.reject = true;

    Order order = place("k-reject");

    assertThat(order.getState()).isEqualTo(OrderState.ORDER_STATE_REJECTED);
    assertThat(order.getFailureReason()).as(order.toString()).isEqualTo("RISK_REJECTED");
    assertThat(steps(order)).containsExactly("1 AssessBet FAILED x1");
    assertThat(order.getSteps(0).getLastError().getCode())
        .isEqualTo(Status.Code.FAILED_PRECONDITION.value());
    assertThat(platform.fakes.wallet.reservations).isEmpty();
  }

  @Test
  void aSilentRiskFailsClosedAndReleasesTheLimits() {
    platform.fakes.failAlways("AssessBet", Status.UNAVAILABLE.asRuntimeException());

    Order order = place("k-silent");

    assertThat(order.getState()).isEqualTo(OrderState.ORDER_STATE_REJECTED);
    assertThat(order.getFailureReason()).isEqualTo("DEPENDENCY_UNAVAILABLE");
    assertThat(steps(order))
        .containsExactly("1 AssessBet RETRIES_EXHAUSTED x2", "1 ReleaseBetLimits SUCCEEDED x1");
    assertThat(platform.fakes.wallet.reservations).isEmpty();
  }

  @Test
  void aBestEffortStepThatNeverSucceedsStillCompletesTheOrder() {
    platform.fakes.failAlways("ConfirmBet", Status.UNAVAILABLE.asRuntimeException());

    Order order = place("k-confirm");

    assertThat(order.getState()).isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(steps(order)).last().isEqualTo("5 ConfirmBet RETRIES_EXHAUSTED x20");
  }

  @Test
  void aDefinitiveCompensationErrorFailsTheOrderAndAnOperatorRefundsItOnce() {
    platform.fakes.failAlways(
        "CommitReservation",
        FakeNeighbours.error(
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_PENDING));
    platform.fakes.failAlways(
        "CancelReservation",
        FakeNeighbours.error(
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED));

    Order failed = place("k-failed");

    assertThat(failed.getState()).as(failed.toString()).isEqualTo(OrderState.ORDER_STATE_FAILED);
    assertThat(failed.getFailureReason()).isEqualTo("RESERVATION_ALREADY_COMMITTED");
    assertThat(steps(failed))
        .as(failed.getSteps(0).toString())
        .containsExactly(
            "1 AssessBet SUCCEEDED x1",
            "2 ReserveBalance SUCCEEDED x1",
            "3 PlaceBet SUCCEEDED x1",
            "4 CommitReservation FAILED x1",
            "3 CancelBet SUCCEEDED x1",
            "2 CancelReservation FAILED x1");
    assertThat(platform.bus.published(OrderFailedEvent.getDefaultInstance())).hasSize(1);

    var operator =
        OrderValidatorServiceGrpc.newBlockingStub(platform.channel())
            .withCallCredentials(platform.operatorCredentials());
    ResolveOrderRequest refund =
        ResolveOrderRequest.newBuilder()
            .setOrderId(failed.getOrderId())
            .setResolution(OrderResolution.ORDER_RESOLUTION_REFUND)
            .setNote("refund the debited stake")
            .setIdempotencyKey("resolve-1")
            .build();
    ResolveOrderResponse first = operator.resolveOrder(refund);
    ResolveOrderResponse again = operator.resolveOrder(refund);

    assertThat(first.getOrder().getState()).isEqualTo(OrderState.ORDER_STATE_RESOLVED);
    assertThat(first.getOrder().getResolution()).isEqualTo(OrderResolution.ORDER_RESOLUTION_REFUND);
    assertThat(again).isEqualTo(first);
    assertThat(platform.fakes.wallet.credits)
        .containsOnlyKeys("refund:" + failed.getBetId() + ":resolve-order");
    List<OrderResolvedEvent> resolved =
        platform.bus.published(OrderResolvedEvent.getDefaultInstance());
    assertThat(resolved).hasSize(1);
    assertThat(resolved.get(0).getMetadata().getAggregateVersion()).isEqualTo(2);
    assertThat(platform.fakes.risk.releases).containsKey(failed.getSagaId() + ":release-limits");
    assertThat(first.getOrder().getStepsList()).extracting(SagaStepExecution::getStep).hasSize(6);
    assertThat(OrderErrorReason.ORDER_ERROR_REASON_ORDER_NOT_RESOLVABLE).isNotNull();
  }
}
