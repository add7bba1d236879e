package com.tam.protos.testkit.validator;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.CancelBetResponse;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.ConfirmBetResponse;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderCompensatedEvent;
import com.tam.protos.order.v1.OrderCompletedEvent;
import com.tam.protos.order.v1.OrderFailedEvent;
import com.tam.protos.order.v1.OrderResolvedEvent;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.PlaceBetResponse;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.ReleaseBetLimitsResponse;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CancelReservationResponse;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationResponse;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.GetReservationResponse;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.temporal.failure.ApplicationFailure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The activities, calling the platform through the generated blocking stubs on {@code
 * ServiceContext.platform()} with {@code serviceCredentials()} and a deadline of one attempt.
 */
final class SagaActivitiesImpl implements SagaActivities {
  /** Codes the contract calls definitive (never retried with the same key). */
  static final Set<Status.Code> DEFINITIVE =
      Set.of(
          Status.Code.INVALID_ARGUMENT,
          Status.Code.FAILED_PRECONDITION,
          Status.Code.NOT_FOUND,
          Status.Code.ALREADY_EXISTS,
          Status.Code.PERMISSION_DENIED);

  private final ServiceContext ctx;
  private final Duration attemptTimeout;
  private final Duration assessTimeout;
  private final ActivityTimings timings;

  SagaActivitiesImpl(ServiceContext ctx, OrderValidatorConfig config, ActivityTimings timings) {
    this.ctx = ctx;
    this.attemptTimeout = config.attemptTimeout();
    this.assessTimeout = config.assessAttemptTimeout();
    this.timings = timings;
  }

  /** The deployable name of the service that owns a saga RPC (for orchestrator-observed errors). */
  static String dependencyOf(String method) {
    if (method.contains("WalletService")
        || method.equals("ReserveBalance")
        || method.equals("CommitReservation")
        || method.equals("CancelReservation")
        || method.equals("GetReservation")
        || method.equals("CreditBalance")) {
      return "wallet-service";
    }
    if (method.contains("RiskService")
        || method.equals("AssessBet")
        || method.equals("ReleaseBetLimits")) {
      return "risk-analyzer";
    }
    return "order-book";
  }

  /**
   * An error the orchestrator observed itself (its deadline ran out, the connection failed): the
   * code it saw, with ErrorInfo DEPENDENCY_UNAVAILABLE in order-validator's domain and the callee.
   */
  static com.google.rpc.Status observed(Status.Code code, String message, String method) {
    return com.google.rpc.Status.newBuilder()
        .setCode(code.value())
        .setMessage(message)
        .addDetails(
            Any.pack(
                ErrorInfo.newBuilder()
                    .setReason(
                        ErrorReasons.toReason(ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE))
                    .setDomain(com.tam.protos.errors.RpcErrors.domain("order"))
                    .putMetadata(
                        "dependency", dependencyOf(method.substring(method.lastIndexOf('.') + 1)))
                    .build()))
        .build();
  }

  private WalletServiceGrpc.WalletServiceBlockingStub wallet() {
    return WalletServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub orderBook() {
    return OrderBookServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private RiskServiceGrpc.RiskServiceBlockingStub risk() {
    return RiskServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Whether an error is definitive by the contract's rule: the codes above, and ABORTED with reason
   * SAGA_ALREADY_COMPENSATED.
   */
  static boolean definitive(StatusRuntimeException e) {
    if (DEFINITIVE.contains(e.getStatus().getCode())) {
      return true;
    }
    return e.getStatus().getCode() == Status.Code.ABORTED
        && reasonOf(StatusProto.fromThrowable(e))
            .equals(ErrorReasons.toReason(ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED));
  }

  /** The ErrorInfo reason carried by a status, empty when none. */
  static String reasonOf(com.google.rpc.Status status) {
    return errorInfo(status).map(ErrorInfo::getReason).orElse("");
  }

  static java.util.Optional<ErrorInfo> errorInfo(com.google.rpc.Status status) {
    if (status == null) {
      return java.util.Optional.empty();
    }
    for (Any any : status.getDetailsList()) {
      if (any.is(ErrorInfo.class)) {
        try {
          return java.util.Optional.of(any.unpack(ErrorInfo.class));
        } catch (InvalidProtocolBufferException e) {
          return java.util.Optional.empty();
        }
      }
    }
    return java.util.Optional.empty();
  }

  private <T> T call(String method, Supplier<T> rpc) {
    long start = System.nanoTime();
    try {
      return rpc.get();
    } catch (StatusRuntimeException e) {
      com.google.rpc.Status status = StatusProto.fromThrowable(e);
      if (status == null || errorInfo(status).isEmpty()) {
        // No ErrorInfo: not the participant's documented error but what the call observed.
        status =
            observed(
                e.getStatus().getCode(), String.valueOf(e.getStatus().getDescription()), method);
      }
      String message =
          method + ": " + e.getStatus().getCode() + " " + e.getStatus().getDescription();
      throw definitive(e)
          ? ApplicationFailure.newNonRetryableFailure(
              message, e.getStatus().getCode().name(), status)
          : ApplicationFailure.newFailure(message, e.getStatus().getCode().name(), status);
    } finally {
      timings.record(method, System.nanoTime() - start);
    }
  }

  @Override
  public AssessBetResponse assessBet(AssessBetRequest request) {
    return call(
        "AssessBet",
        () ->
            RiskServiceGrpc.newBlockingStub(ctx.platform())
                .withCallCredentials(ctx.serviceCredentials())
                .withDeadlineAfter(assessTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .assessBet(request));
  }

  @Override
  public ReserveBalanceResponse reserveBalance(ReserveBalanceRequest request) {
    return call("ReserveBalance", () -> wallet().reserveBalance(request));
  }

  @Override
  public PlaceBetResponse placeBet(PlaceBetRequest request) {
    return call("PlaceBet", () -> orderBook().placeBet(request));
  }

  @Override
  public CommitReservationResponse commitReservation(CommitReservationRequest request) {
    return call("CommitReservation", () -> wallet().commitReservation(request));
  }

  @Override
  public ConfirmBetResponse confirmBet(ConfirmBetRequest request) {
    return call("ConfirmBet", () -> orderBook().confirmBet(request));
  }

  @Override
  public CancelBetResponse cancelBet(CancelBetRequest request) {
    return call("CancelBet", () -> orderBook().cancelBet(request));
  }

  @Override
  public CancelReservationResponse cancelReservation(CancelReservationRequest request) {
    return call("CancelReservation", () -> wallet().cancelReservation(request));
  }

  @Override
  public GetReservationResponse getReservation(GetReservationRequest request) {
    return call("GetReservation", () -> wallet().getReservation(request));
  }

  @Override
  public ReleaseBetLimitsResponse releaseBetLimits(ReleaseBetLimitsRequest request) {
    return call("ReleaseBetLimits", () -> risk().releaseBetLimits(request));
  }

  @Override
  public CreditBalanceResponse creditBalance(CreditBalanceRequest request) {
    return call("CreditBalance", () -> wallet().creditBalance(request));
  }

  @Override
  public Order publishOrderEvent(Order order) {
    long start = System.nanoTime();
    // FACT events of aggregate "order": 1 for the saga's outcome, 2 for an operator's resolution.
    long version =
        order.getState() == com.tam.protos.order.v1.OrderState.ORDER_STATE_RESOLVED ? 2 : 1;
    EventMetadata meta =
        EventMetadata.newBuilder()
            .setEventId(
                UUID.nameUUIDFromBytes(
                        (order.getOrderId() + ":" + order.getState().name())
                            .getBytes(StandardCharsets.UTF_8))
                    .toString())
            .setAggregateId(order.getOrderId())
            .setAggregateVersion(version)
            .setSagaId(order.getSagaId())
            .build();
    Message event =
        switch (order.getState()) {
          case ORDER_STATE_COMPLETED ->
              OrderCompletedEvent.newBuilder().setMetadata(meta).setOrder(order).build();
          case ORDER_STATE_COMPENSATED, ORDER_STATE_REJECTED ->
              OrderCompensatedEvent.newBuilder().setMetadata(meta).setOrder(order).build();
          case ORDER_STATE_FAILED ->
              OrderFailedEvent.newBuilder().setMetadata(meta).setOrder(order).build();
          case ORDER_STATE_RESOLVED ->
              OrderResolvedEvent.newBuilder().setMetadata(meta).setOrder(order).build();
          default -> throw new IllegalArgumentException("no event for " + order.getState());
        };
    ctx.events().publish(Envelopes.prepare(REGISTRY.of(event), event, ctx.clock().instant()));
    timings.record("publish", System.nanoTime() - start);
    return order;
  }

  private static final EventRegistry REGISTRY = EventRegistry.load();
}
