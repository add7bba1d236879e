package com.tam.protos.testkit.validator;

import com.google.protobuf.Any;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.OrderResolution;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.ResolveOrderRequest;
import com.tam.protos.order.v1.SagaStepExecution;
import com.tam.protos.order.v1.SagaStepOutcome;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.RiskDecision;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.WalletErrorReason;
import io.grpc.Status;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TimeoutFailure;
import io.temporal.workflow.Workflow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The saga, interpreted from {@link BetPlacementSaga} (the contract's declaration): forward steps
 * in order; on a definitive failure or an unknown outcome before the pivot, the completed (or
 * possibly completed) compensatable steps are compensated in reverse order; the pivot's unknown
 * outcome is resolved by reading the reservation; best-effort steps never compensate.
 *
 * <p>Every attempt is one activity execution (Temporal retry disabled), and the workflow retries
 * with the contract's backoff on durable timers: so {@code attempt_count} and the last error of
 * every step are exact in the order's history, and a definitive error is never retried.
 */
public final class BetPlacementWorkflowImpl implements BetPlacementWorkflow {
  /** Which mistake a deliberately broken saga makes (tests only; NONE in the reference). */
  public enum Defect {
    /** The reference behaviour. */
    NONE,
    /** Skips CancelReservation when compensating (the hold stays). */
    SKIP_RESERVATION_COMPENSATION
  }

  private final BetPlacementSaga saga;
  private final OrderValidatorConfig config;
  private final Clock clock;
  private final Defect defect;
  private final SagaActivities activities;
  private final SagaActivities publisher;
  private final SagaActivities assessor;
  private static final String ORDER_DOMAIN = "order.tam.internal";
  private Order.Builder order;
  private String commitTransactionId = "";

  /**
   * Creates the workflow (by the worker's factory).
   *
   * @param saga the declared saga
   * @param config timing and retry configuration
   * @param clock the service clock, read through side effects for the order's timestamps
   * @param defect NONE except in the testkit's broken variants
   */
  public BetPlacementWorkflowImpl(
      BetPlacementSaga saga, OrderValidatorConfig config, Clock clock, Defect defect) {
    this.saga = saga;
    this.config = config;
    this.clock = clock;
    this.defect = defect;
    this.activities =
        Workflow.newActivityStub(
            SagaActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(config.attemptTimeout().plusSeconds(1))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
    this.assessor =
        Workflow.newActivityStub(
            SagaActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(config.assessAttemptTimeout().plusSeconds(1))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
    this.publisher =
        Workflow.newActivityStub(
            SagaActivities.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(config.attemptTimeout())
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(config.initialBackoff())
                        .setBackoffCoefficient(config.backoffCoefficient())
                        .setMaximumInterval(config.maxBackoff())
                        .build())
                .build());
  }

  @Override
  public Order order() {
    return order == null ? Order.getDefaultInstance() : order.build();
  }

  // ---------------------------------------------------------------------------------- the saga

  @Override
  public Order run(Order initial) {
    order = initial.toBuilder();
    Deque<BetPlacementSaga.Step> toCompensate = new ArrayDeque<>();
    for (BetPlacementSaga.Step step : saga.steps()) {
      state(stateOf(step));
      switch (step.role()) {
        case SAGA_ROLE_COMPENSATABLE -> {
          Outcome outcome = forward(step);
          if (outcome.kind == Kind.OK) {
            toCompensate.push(step);
            continue;
          }
          if (outcome.kind == Kind.EXHAUSTED && step.rpc().equals("AssessBet") && failsOpen()) {
            // No decision at or below the fail-open threshold: go on as REVIEW; the step counts
            // as completed, so a later failure releases the limits as usual.
            toCompensate.push(step);
            continue;
          }
          order.setFailureReason(outcome.reason);
          if (outcome.kind == Kind.EXHAUSTED) {
            toCompensate.push(step); // unknown outcome: compensate as if it happened
          }
          return compensate(toCompensate);
        }
        case SAGA_ROLE_FINAL -> {
          Outcome outcome = pivot(step);
          if (outcome.kind != Kind.OK) {
            order.setFailureReason(outcome.reason);
            return compensate(toCompensate);
          }
          toCompensate.clear(); // past the pivot: only forward
        }
        case SAGA_ROLE_BEST_EFFORT -> forward(step); // its failure never undoes the bet
        default -> throw new IllegalStateException("unexpected role " + step.role());
      }
    }
    state(OrderState.ORDER_STATE_COMPLETED);
    publisher.publishOrderEvent(order.build());
    return order.build();
  }

  private boolean failsOpen() {
    return new BigDecimal(order.getLiability())
            .compareTo(new BigDecimal(config.riskFailOpenThreshold()))
        <= 0;
  }

  /**
   * Compensates the completed (or possibly completed) steps in reverse order. The order ends
   * REJECTED when it was refused before any money was reserved (no ReserveBalance to undo),
   * COMPENSATED otherwise, FAILED when a compensation is refused definitively.
   */
  private Order compensate(Deque<BetPlacementSaga.Step> done) {
    boolean moneyReserved = done.stream().anyMatch(s -> s.rpc().equals("ReserveBalance"));
    if (moneyReserved) {
      state(OrderState.ORDER_STATE_COMPENSATING);
    }
    while (!done.isEmpty()) {
      BetPlacementSaga.Step step = done.pop();
      if (defect == Defect.SKIP_RESERVATION_COMPENSATION
          && step.compensationRpc().equals("CancelReservation")) {
        continue;
      }
      Outcome outcome = compensation(step);
      if (outcome.kind != Kind.OK) {
        order.setFailureReason(outcome.reason);
        state(OrderState.ORDER_STATE_FAILED);
        publisher.publishOrderEvent(order.build());
        Workflow.await(() -> order.getState() == OrderState.ORDER_STATE_RESOLVED);
        Workflow.await(Workflow::isEveryHandlerFinished); // let the update return its result
        return order.build();
      }
    }
    state(moneyReserved ? OrderState.ORDER_STATE_COMPENSATED : OrderState.ORDER_STATE_REJECTED);
    publisher.publishOrderEvent(order.build());
    return order.build();
  }

  /** The pivot: retried; an unknown outcome is resolved by reading the reservation. */
  private Outcome pivot(BetPlacementSaga.Step step) {
    while (true) {
      Outcome outcome = forward(step);
      if (outcome.kind != Kind.EXHAUSTED) {
        return outcome;
      }
      ReservationState state =
          retried(
                  () ->
                      activities.getReservation(
                          GetReservationRequest.newBuilder()
                              .setReservationId(order.getReservationId())
                              .build()))
              .getReservation()
              .getState();
      switch (state) {
        case RESERVATION_STATE_COMMITTED -> {
          return new Outcome(Kind.OK, "");
        }
        case RESERVATION_STATE_PENDING -> {
          // commit again with the same key
        }
        default -> {
          return new Outcome(Kind.FAILED, outcome.reason);
        }
      }
    }
  }

  private Outcome forward(BetPlacementSaga.Step step) {
    String key = order.getSagaId() + ":" + BetPlacementSaga.keySuffix(step.rpc());
    int attempts =
        step.role() == SagaRole.SAGA_ROLE_BEST_EFFORT
            ? config.bestEffortAttempts()
            : config.forwardAttempts();
    // "<saga_id>:<name>"
    return switch (step.rpc()) {
      case "AssessBet" ->
          execute(
              step.position(),
              step.method(),
              step.role(),
              key,
              config.assessAttempts(),
              () -> {
                var r =
                    assessor.assessBet(
                        AssessBetRequest.newBuilder()
                            .setUserId(order.getUserId())
                            .setMarketId(order.getMarketId())
                            .setSelectionId(order.getSelectionId())
                            .setSide(order.getSide())
                            .setOdds(order.getPrice())
                            .setStake(order.getStake())
                            .setCurrency(order.getCurrency())
                            .setSagaId(order.getSagaId())
                            .setIdempotencyKey(key)
                            .build());
                if (r.getDecision() == RiskDecision.RISK_DECISION_REJECT) {
                  throw new Refusal(riskRejected(r));
                }
                order.setAssessmentId(r.getAssessmentId());
              });
      case "ReserveBalance" ->
          execute(
              step.position(),
              step.method(),
              step.role(),
              key,
              attempts,
              () -> {
                var r =
                    activities.reserveBalance(
                        ReserveBalanceRequest.newBuilder()
                            .setUserId(order.getUserId())
                            .setAmount(order.getLiability())
                            .setCurrency(order.getCurrency())
                            .setSagaId(order.getSagaId())
                            .setIdempotencyKey(key)
                            .build());
                order.setReservationId(r.getReservation().getReservationId());
              });
      case "PlaceBet" ->
          execute(
              step.position(),
              step.method(),
              step.role(),
              key,
              attempts,
              () -> {
                var r =
                    activities.placeBet(
                        PlaceBetRequest.newBuilder()
                            .setUserId(order.getUserId())
                            .setMarketId(order.getMarketId())
                            .setSelectionId(order.getSelectionId())
                            .setSide(order.getSide())
                            .setPrice(order.getPrice())
                            .setStake(order.getStake())
                            .setCurrency(order.getCurrency())
                            .setReservationId(order.getReservationId())
                            .setOrderId(order.getOrderId())
                            .setSagaId(order.getSagaId())
                            .setIdempotencyKey(key)
                            .setPersistenceType(order.getPersistenceType())
                            .setMarketVersion(order.getMarketVersion())
                            .build());
                order.setBetId(r.getBet().getBetId());
              });
      case "CommitReservation" ->
          execute(
              step.position(),
              step.method(),
              step.role(),
              key,
              attempts,
              () -> {
                var r =
                    activities.commitReservation(
                        CommitReservationRequest.newBuilder()
                            .setReservationId(order.getReservationId())
                            .setSagaId(order.getSagaId())
                            .setIdempotencyKey(key)
                            .setBetId(order.getBetId())
                            .build());
                commitTransactionId = r.getTransaction().getTransactionId();
              });
      case "ConfirmBet" ->
          execute(
              step.position(),
              step.method(),
              step.role(),
              key,
              attempts,
              () ->
                  activities.confirmBet(
                      ConfirmBetRequest.newBuilder()
                          .setBetId(order.getBetId())
                          .setSagaId(order.getSagaId())
                          .setIdempotencyKey(key)
                          .setCommitTransactionId(commitTransactionId)
                          .build()));
      default -> throw new IllegalStateException("no activity for saga step " + step.method());
    };
  }

  private Outcome compensation(BetPlacementSaga.Step step) {
    String key = order.getSagaId() + ":" + BetPlacementSaga.keySuffix(step.compensationRpc());
    String reason = "bet placement compensated: " + order.getFailureReason();
    return switch (step.compensationRpc()) {
      case "ReleaseBetLimits" ->
          execute(
              step.position(),
              step.compensation(),
              SagaRole.SAGA_ROLE_COMPENSATION,
              key,
              0,
              () ->
                  activities.releaseBetLimits(
                      ReleaseBetLimitsRequest.newBuilder()
                          .setUserId(order.getUserId())
                          .setSagaId(order.getSagaId())
                          .setCurrency(order.getCurrency())
                          .setIdempotencyKey(key)
                          .setReason(reason)
                          .build()));
      case "CancelBet" ->
          execute(
              step.position(),
              step.compensation(),
              SagaRole.SAGA_ROLE_COMPENSATION,
              key,
              0,
              () ->
                  activities.cancelBet(
                      CancelBetRequest.newBuilder()
                          .setBetId(order.getBetId())
                          .setSagaId(order.getSagaId())
                          .setIdempotencyKey(key)
                          .setReason(reason)
                          .build()));
      case "CancelReservation" ->
          execute(
              step.position(),
              step.compensation(),
              SagaRole.SAGA_ROLE_COMPENSATION,
              key,
              0,
              () ->
                  activities.cancelReservation(
                      CancelReservationRequest.newBuilder()
                          .setReservationId(order.getReservationId())
                          .setUserId(order.getUserId())
                          .setSagaId(order.getSagaId())
                          .setIdempotencyKey(key)
                          .setReason(reason)
                          .build()));
      default -> throw new IllegalStateException("no activity for " + step.compensation());
    };
  }

  /** Gives back the risk limits of an order resolved by refund (retried until it succeeds). */
  private void releaseLimits() {
    retried(
        () ->
            activities.releaseBetLimits(
                ReleaseBetLimitsRequest.newBuilder()
                    .setUserId(order.getUserId())
                    .setSagaId(order.getSagaId())
                    .setCurrency(order.getCurrency())
                    .setIdempotencyKey(
                        order.getSagaId() + ":" + BetPlacementSaga.keySuffix("ReleaseBetLimits"))
                    .setReason("order " + order.getState().name())
                    .build()));
  }

  // ------------------------------------------------------------------------------ resolution

  @Override
  public void validateResolve(ResolveOrderRequest request) {
    String problem = ResolutionRule.problem(order(), request.getResolution());
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  @Override
  public Order resolve(ResolveOrderRequest request) {
    switch (request.getResolution()) {
      case ORDER_RESOLUTION_REFUND -> {
        String betKey = order.getBetId().isEmpty() ? order.getSagaId() : order.getBetId();
        retried(
            () ->
                activities.creditBalance(
                    CreditBalanceRequest.newBuilder()
                        .setUserId(order.getUserId())
                        .setAmount(order.getLiability())
                        .setCurrency(order.getCurrency())
                        .setReason(CreditReason.CREDIT_REASON_BET_REFUND)
                        .setBetId(order.getBetId())
                        .setIdempotencyKey("refund:" + betKey + ":resolve-order")
                        .setDescription("order " + order.getOrderId() + " resolved by refund")
                        .build()));
        releaseLimits();
      }
      case ORDER_RESOLUTION_CONFIRM_BET -> {
        int position = saga.positionOf("ConfirmBet");
        String key = order.getSagaId() + ":" + BetPlacementSaga.keySuffix("ConfirmBet");
        execute(
            position,
            "order.v1.OrderBookService.ConfirmBet",
            SagaRole.SAGA_ROLE_BEST_EFFORT,
            key,
            0,
            () ->
                activities.confirmBet(
                    ConfirmBetRequest.newBuilder()
                        .setBetId(order.getBetId())
                        .setSagaId(order.getSagaId())
                        .setIdempotencyKey(key)
                        .setCommitTransactionId(commitTransactionId)
                        .build()));
      }
      default -> {
        // NO_ACTION: nothing moves
      }
    }
    order.setResolution(request.getResolution()).setResolutionNote(request.getNote());
    state(OrderState.ORDER_STATE_RESOLVED);
    publisher.publishOrderEvent(order.build());
    return order.build();
  }

  // ----------------------------------------------------------------------------- mechanics

  private enum Kind {
    OK,
    FAILED,
    EXHAUSTED
  }

  private record Outcome(Kind kind, String reason) {}

  /** A refusal that is a response rather than an error (AssessBet answered REJECT). */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient com.google.rpc.Status status;

    Refusal(com.google.rpc.Status status) {
      super(status.getMessage(), null, false, false);
      this.status = status;
    }
  }

  private static com.google.rpc.Status riskRejected(AssessBetResponse r) {
    return com.google.rpc.Status.newBuilder()
        .setCode(Status.Code.FAILED_PRECONDITION.value())
        .setMessage("risk-analyzer rejected the bet")
        .addDetails(
            Any.pack(
                ErrorInfo.newBuilder()
                    .setReason(
                        ErrorReasons.toReason(OrderErrorReason.ORDER_ERROR_REASON_RISK_REJECTED))
                    .setDomain(ORDER_DOMAIN)
                    .putMetadata("assessmentId", r.getAssessmentId())
                    .putMetadata(
                        "riskReasons",
                        r.getReasonsList().stream()
                            .map(x -> ErrorReasons.toReason(x.getCode()))
                            .collect(Collectors.joining(",")))
                    .putMetadata("maxStake", r.getMaxAllowedStake())
                    .build()))
        .build();
  }

  /**
   * Runs one recorded step execution: attempts up to {@code maxAttempts} (0: without limit), with
   * the contract's backoff between them (none for the risk assessment, whose two attempts are its
   * latency budget); a definitive error ends it at once. {@code last_error} keeps the last error,
   * also when a later attempt succeeds.
   */
  private Outcome execute(
      int position, String method, SagaRole role, String key, int maxAttempts, Runnable attempt) {
    int index = order.getStepsCount();
    order.addSteps(
        SagaStepExecution.newBuilder()
            .setStep(position)
            .setMethod(method)
            .setRole(role)
            .setOutcome(SagaStepOutcome.SAGA_STEP_OUTCOME_RUNNING)
            .setIdempotencyKey(key)
            .setStartTime(now()));
    for (int n = 1; ; n++) {
      order.setSteps(index, order.getSteps(index).toBuilder().setAttemptCount(n));
      StepError error;
      try {
        attempt.run();
        finish(index, SagaStepOutcome.SAGA_STEP_OUTCOME_SUCCEEDED);
        return new Outcome(Kind.OK, "");
      } catch (Refusal refusal) {
        error = new StepError(refusal.status, true);
      } catch (ActivityFailure failure) {
        error = StepError.of(failure, method);
      }
      order.setSteps(index, order.getSteps(index).toBuilder().setLastError(error.status()));
      if (error.definitive()) {
        finish(index, SagaStepOutcome.SAGA_STEP_OUTCOME_FAILED);
        return new Outcome(Kind.FAILED, error.reason());
      }
      if (maxAttempts > 0 && n >= maxAttempts) {
        finish(index, SagaStepOutcome.SAGA_STEP_OUTCOME_RETRIES_EXHAUSTED);
        return new Outcome(Kind.EXHAUSTED, error.reason());
      }
      if (!method.endsWith(".AssessBet")) {
        Workflow.sleep(backoff(n));
      }
    }
  }

  /** An unrecorded call retried with the backoff until it succeeds or fails definitively. */
  private <T> T retried(Supplier<T> call) {
    for (int n = 1; ; n++) {
      try {
        return call.get();
      } catch (ActivityFailure failure) {
        if (StepError.of(failure, "").definitive()) {
          throw failure;
        }
        Workflow.sleep(backoff(n));
      }
    }
  }

  private Duration backoff(int attempt) {
    double millis =
        config.initialBackoff().toMillis() * Math.pow(config.backoffCoefficient(), attempt - 1);
    return Duration.ofMillis((long) Math.min(millis, config.maxBackoff().toMillis()));
  }

  private void finish(int index, SagaStepOutcome outcome) {
    order.setSteps(index, order.getSteps(index).toBuilder().setOutcome(outcome).setEndTime(now()));
  }

  private void state(OrderState state) {
    order.setState(state).setUpdateTime(now());
  }

  private Timestamp now() {
    return Workflow.sideEffect(
        Timestamp.class,
        () -> {
          Instant i = clock.instant();
          return Timestamp.newBuilder()
              .setSeconds(i.getEpochSecond())
              .setNanos(i.getNano())
              .build();
        });
  }

  private static OrderState stateOf(BetPlacementSaga.Step step) {
    return switch (step.rpc()) {
      case "AssessBet" -> OrderState.ORDER_STATE_ASSESSING;
      case "ReserveBalance" -> OrderState.ORDER_STATE_RESERVING;
      case "PlaceBet" -> OrderState.ORDER_STATE_PLACING;
      case "CommitReservation" -> OrderState.ORDER_STATE_COMMITTING;
      case "ConfirmBet" -> OrderState.ORDER_STATE_CONFIRMING;
      default ->
          switch (step.role()) {
            case SAGA_ROLE_FINAL -> OrderState.ORDER_STATE_COMMITTING;
            case SAGA_ROLE_BEST_EFFORT -> OrderState.ORDER_STATE_CONFIRMING;
            default -> OrderState.ORDER_STATE_RESERVING;
          };
    };
  }

  /** The last error of an attempt, as the order's history records it ({@code last_error}). */
  record StepError(com.google.rpc.Status status, boolean definitive) {
    String reason() {
      return SagaActivitiesImpl.reasonOf(status);
    }

    static StepError of(ActivityFailure failure, String method) {
      Throwable cause = failure.getCause();
      if (cause instanceof ApplicationFailure app) {
        com.google.rpc.Status status = null;
        try {
          status = app.getDetails().get(com.google.rpc.Status.class);
        } catch (RuntimeException e) {
          // no status detail: an unexpected failure of the activity itself
        }
        if (status == null) {
          status =
              SagaActivitiesImpl.observed(
                  Status.Code.UNKNOWN, String.valueOf(app.getOriginalMessage()), method);
        }
        return new StepError(status, app.isNonRetryable());
      }
      if (cause instanceof TimeoutFailure) {
        return new StepError(
            SagaActivitiesImpl.observed(
                Status.Code.DEADLINE_EXCEEDED, "the attempt timed out (outcome unknown)", method),
            false);
      }
      return new StepError(
          SagaActivitiesImpl.observed(
              Status.Code.UNKNOWN, String.valueOf(failure.getMessage()), method),
          false);
    }
  }

  /** Which resolution fits which FAILED order (ResolveOrder). */
  static final class ResolutionRule {
    private ResolutionRule() {}

    /**
     * Why a resolution does not fit, or null when it does.
     *
     * @param order the order
     * @param resolution the requested resolution
     * @return the problem, or null
     */
    static String problem(Order order, OrderResolution resolution) {
      if (order.getState() != OrderState.ORDER_STATE_FAILED) {
        return "order is " + order.getState().name() + ", not FAILED";
      }
      String committed =
          ErrorReasons.toReason(
              WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED);
      String confirmed =
          ErrorReasons.toReason(OrderErrorReason.ORDER_ERROR_REASON_BET_ALREADY_CONFIRMED);
      String failure = order.getFailureReason();
      return switch (resolution) {
        case ORDER_RESOLUTION_REFUND ->
            failure.equals(committed)
                ? null
                : "REFUND fits an order whose reservation was committed for a cancelled bet"
                    + " (failure "
                    + committed
                    + "), not "
                    + failure;
        case ORDER_RESOLUTION_CONFIRM_BET ->
            failure.equals(confirmed)
                ? null
                : "CONFIRM_BET fits an order whose bet is past the pivot (failure "
                    + confirmed
                    + "), not "
                    + failure;
        case ORDER_RESOLUTION_NO_ACTION ->
            failure.equals(committed)
                ? "NO_ACTION does not fit: the liability was debited (" + committed + ")"
                : null;
        default -> "unknown resolution " + resolution;
      };
    }
  }
}
