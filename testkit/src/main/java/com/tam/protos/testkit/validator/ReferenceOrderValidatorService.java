package com.tam.protos.testkit.validator;

import com.google.protobuf.Duration;
import com.google.protobuf.Timestamp;
import com.google.rpc.RetryInfo;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.money.Money;
import com.tam.protos.money.Payouts;
import com.tam.protos.order.v1.BetStakeReleasedEvent;
import com.tam.protos.order.v1.GetMarketRequest;
import com.tam.protos.order.v1.GetOrderRequest;
import com.tam.protos.order.v1.GetOrderResponse;
import com.tam.protos.order.v1.Market;
import com.tam.protos.order.v1.MarketState;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderErrorReason;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.PlaceOrderInstruction;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.PlaceOrderResponse;
import com.tam.protos.order.v1.PlaceOrderResult;
import com.tam.protos.order.v1.PlaceOrdersRequest;
import com.tam.protos.order.v1.PlaceOrdersResponse;
import com.tam.protos.order.v1.ResolveOrderRequest;
import com.tam.protos.order.v1.ResolveOrderResponse;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.RateLimitAction;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The reference order-validator: {@code order.v1.OrderValidatorService} with the bet-placement saga
 * running as a Temporal workflow ({@link BetPlacementWorkflow}), by default on the in-process
 * Temporal test service of {@code temporal-testing} (time skipping), or on a real frontend when
 * {@link OrderValidatorConfig#temporalAddress()} is set. It calls wallet, risk and order-book only
 * through the generated stubs on {@code ctx.platform()} with {@code ctx.serviceCredentials()}, and
 * publishes the order events from a workflow activity. Close it to stop the worker and the Temporal
 * environment.
 */
public class ReferenceOrderValidatorService
    extends OrderValidatorServiceGrpc.OrderValidatorServiceImplBase implements AutoCloseable {
  /** The service's deployable name. */
  public static final String SERVICE_NAME = "order-validator";

  static final String PLACE_ORDER = "order.v1.OrderValidatorService/PlaceOrder";
  static final String PLACE_ORDERS = "order.v1.OrderValidatorService/PlaceOrders";
  static final String RESOLVE_ORDER = "order.v1.OrderValidatorService/ResolveOrder";

  /** Defects of the testkit's broken variants (NONE in the reference). */
  enum Defect {
    NONE,
    SKIP_RESERVATION_COMPENSATION,
    REPLAY_STARTS_NEW_SAGA
  }

  private final ServiceContext ctx;
  private final OrderValidatorConfig config;
  private final Defect defect;
  private final String domain = RpcErrors.domain("order");
  private final IdempotencyStore idempotency = new IdempotencyStore(domain);
  private final BetPlacementSaga saga = BetPlacementSaga.fromDescriptors();
  private final ActivityTimings timings = new ActivityTimings();
  private final Set<String> unsettled = ConcurrentHashMap.newKeySet();
  private final TestWorkflowEnvironment testEnvironment;
  private final WorkflowServiceStubs serviceStubs;
  private final WorkerFactory workerFactory;
  private final WorkflowClient client;

  /**
   * Starts the service: its Temporal worker (on the in-process test service unless the config names
   * a frontend) and its event consumer.
   *
   * @param ctx clock, bus, platform channel and credentials
   * @param config Temporal address, task queue and the saga's timing
   */
  public ReferenceOrderValidatorService(ServiceContext ctx, OrderValidatorConfig config) {
    this(ctx, config, Defect.NONE);
  }

  ReferenceOrderValidatorService(ServiceContext ctx, OrderValidatorConfig config, Defect defect) {
    this.ctx = ctx;
    this.config = config;
    this.defect = defect;
    WorkflowClientOptions clientOptions =
        WorkflowClientOptions.newBuilder()
            .setNamespace(config.namespace())
            .setDataConverter(TemporalPayloads.binary())
            .build();
    Worker worker;
    if (config.temporalAddress() == null) {
      testEnvironment =
          TestWorkflowEnvironment.newInstance(
              TestEnvironmentOptions.newBuilder()
                  .setUseTimeskipping(true)
                  .setWorkflowClientOptions(clientOptions)
                  .build());
      serviceStubs = null;
      workerFactory = null;
      client = testEnvironment.getWorkflowClient();
      worker = testEnvironment.newWorker(config.taskQueue());
    } else {
      testEnvironment = null;
      serviceStubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
      client = WorkflowClient.newInstance(serviceStubs, clientOptions);
      workerFactory = WorkerFactory.newInstance(client);
      worker = workerFactory.newWorker(config.taskQueue());
    }
    BetPlacementWorkflowImpl.Defect workflowDefect =
        defect == Defect.SKIP_RESERVATION_COMPENSATION
            ? BetPlacementWorkflowImpl.Defect.SKIP_RESERVATION_COMPENSATION
            : BetPlacementWorkflowImpl.Defect.NONE;
    worker.registerWorkflowImplementationFactory(
        BetPlacementWorkflow.class,
        () -> new BetPlacementWorkflowImpl(saga, config, ctx.clock(), workflowDefect));
    worker.registerActivitiesImplementations(new SagaActivitiesImpl(ctx, config, timings));
    if (testEnvironment != null) {
      testEnvironment.start();
    } else {
      workerFactory.start();
    }
    ctx.events()
        .subscribe(SERVICE_NAME, BetStakeReleasedEvent.getDefaultInstance(), this::stakeReleased);
  }

  // ------------------------------------------------------------------------------ inspection

  /**
   * The order now, read from its workflow (a query), for tests and invariants.
   *
   * @param orderId the order's id
   * @return the order, empty when there is no such order
   */
  public Optional<Order> order(String orderId) {
    String sagaId = sagaIdOfOrder(orderId);
    return sagaId == null ? Optional.empty() : find(sagaId);
  }

  /**
   * Waits until every order this instance started is terminal or FAILED (awaiting an operator).
   *
   * @param timeout the longest wait
   * @return true when no saga is running any more
   */
  public boolean awaitSagas(java.time.Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      unsettled.removeIf(
          sagaId ->
              !running(sagaId)
                  || find(sagaId)
                      .map(o -> o.getState() == OrderState.ORDER_STATE_FAILED)
                      .orElse(true));
      if (unsettled.isEmpty()) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * Time spent in each saga activity so far (the saga benchmark's breakdown).
   *
   * @return the timings
   */
  public ActivityTimings activityTimings() {
    return timings;
  }

  /**
   * The Temporal client the service uses (to read workflow histories in tests and tools).
   *
   * @return the client
   */
  public WorkflowClient workflowClient() {
    return client;
  }

  /** Stops the worker and the Temporal environment (or the connection to the frontend). */
  @Override
  public void close() {
    if (testEnvironment != null) {
      testEnvironment.close();
    } else {
      workerFactory.shutdownNow();
      workerFactory.awaitTermination(5, TimeUnit.SECONDS);
      serviceStubs.shutdownNow();
    }
  }

  // ------------------------------------------------------------------------------------ RPCs

  @Override
  public void placeOrder(PlaceOrderRequest request, StreamObserver<PlaceOrderResponse> out) {
    respond(
        out,
        () -> {
          authorizeBettor(request.getUserId());
          return placeOne(request, RateLimit.CHECK);
        });
  }

  @Override
  public void placeOrders(PlaceOrdersRequest request, StreamObserver<PlaceOrdersResponse> out) {
    respond(
        out,
        () -> {
          authorizeBettor(request.getUserId());
          PlaceOrdersResponse first =
              idempotency.execute(
                  PLACE_ORDERS,
                  request.getUserId(),
                  request.getIdempotencyKey(),
                  request,
                  () -> placeBatch(request));
          // A replay reports each order's current state.
          PlaceOrdersResponse.Builder now = first.toBuilder();
          for (int i = 0; i < now.getResultsCount(); i++) {
            PlaceOrderResult r = now.getResults(i);
            if (r.getSuccess()) {
              OrderState state = find(r.getSagaId()).map(Order::getState).orElse(r.getState());
              now.setResults(i, r.toBuilder().setState(state));
            }
          }
          return now.build();
        });
  }

  @Override
  public void getOrder(GetOrderRequest request, StreamObserver<GetOrderResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = AuthenticatedSession.current();
          Order order =
              order(request.getOrderId())
                  .filter(o -> seesEveryOrder(caller) || o.getUserId().equals(caller.userId()))
                  .orElseThrow(() -> orderNotFound(request.getOrderId()));
          return GetOrderResponse.newBuilder().setOrder(order).build();
        });
  }

  @Override
  public void resolveOrder(ResolveOrderRequest request, StreamObserver<ResolveOrderResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = AuthenticatedSession.current();
          if (!caller.hasRole("operator") && !caller.hasRole("admin")) {
            throw RpcErrors.error(
                    Status.Code.PERMISSION_DENIED,
                    ErrorReason.ERROR_REASON_PERMISSION_DENIED,
                    domain)
                .message("ResolveOrder is for operators")
                .asException();
          }
          return idempotency.execute(
              RESOLVE_ORDER,
              request.getOrderId(),
              request.getIdempotencyKey(),
              request,
              () -> resolve(request));
        });
  }

  // ------------------------------------------------------------------------------- PlaceOrder

  /** How PlaceOrder's rate-limit check is done: by this call, or once for the whole batch. */
  private enum RateLimit {
    CHECK,
    CHECKED,
    SILENT
  }

  private PlaceOrderResponse placeOne(PlaceOrderRequest request, RateLimit rateLimit) {
    String h = hash(request.getUserId(), request.getIdempotencyKey());
    if (defect == Defect.REPLAY_STARTS_NEW_SAGA) {
      // Broken: every call is a new order, whatever its key.
      h = hash(request.getUserId(), request.getIdempotencyKey() + ":" + ctx.ids().uuid());
      return start(request, h, rateLimit);
    }
    String fh = h;
    boolean[] fresh = {false};
    PlaceOrderResponse response =
        idempotency.execute(
            PLACE_ORDER,
            request.getUserId(),
            request.getIdempotencyKey(),
            request,
            () -> {
              fresh[0] = true;
              return start(request, fh, rateLimit);
            });
    if (fresh[0]) {
      return response;
    }
    OrderState state = find(response.getSagaId()).map(Order::getState).orElse(response.getState());
    return response.toBuilder().setState(state).build();
  }

  private PlaceOrderResponse start(PlaceOrderRequest request, String h, RateLimit rateLimit) {
    String sagaId = "bet-placement-" + h;
    String orderId = "order-" + h;
    Optional<Order> existing = find(sagaId);
    if (existing.isPresent()) {
      return joined(existing.get(), request);
    }
    String currency = request.getCurrency();
    BigDecimal stake = Money.parse(request.getStake(), currency);
    BigDecimal liability =
        request.getSide() == BetSide.BET_SIDE_LAY
            ? Payouts.layLiability(stake, Money.parseOdds(request.getPrice()), currency)
            : stake;
    boolean silent =
        switch (rateLimit) {
          case CHECK -> !rateLimitAnswered(request.getUserId(), 1, "ratelimit:" + sagaId);
          case CHECKED -> false;
          case SILENT -> true;
        };
    if (silent && !failsOpen(liability)) {
      throw riskSilent();
    }
    Market market = market(request.getMarketId());
    Runner runner =
        checkMarket(market, request.getSelectionId(), request.getCurrency(), request.getStake());
    Timestamp now = timestamp(ctx.clock().instant());
    Order order =
        Order.newBuilder()
            .setOrderId(orderId)
            .setSagaId(sagaId)
            .setUserId(request.getUserId())
            .setMarketId(request.getMarketId())
            .setSelectionId(request.getSelectionId())
            .setSide(request.getSide())
            .setPrice(request.getPrice())
            .setStake(Money.format(stake, currency))
            .setCurrency(currency)
            .setLiability(Money.format(liability, currency))
            .setState(OrderState.ORDER_STATE_PENDING)
            .setCreateTime(now)
            .setUpdateTime(now)
            .setMarketDisplayName(market.getDisplayName())
            .setSelectionDisplayName(runner.getDisplayName())
            .setPersistenceType(request.getPersistenceType())
            .setMarketVersion(request.getMarketVersion())
            .build();
    BetPlacementWorkflow workflow =
        client.newWorkflowStub(
            BetPlacementWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(sagaId)
                .setTaskQueue(config.taskQueue())
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
                .setWorkflowIdReusePolicy(
                    WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
                .build());
    try {
      WorkflowClient.start(workflow::run, order);
    } catch (WorkflowExecutionAlreadyStarted e) {
      return find(sagaId).map(o -> joined(o, request)).orElseThrow(() -> unavailable("temporal"));
    } catch (RuntimeException e) {
      throw unavailable("temporal");
    }
    unsettled.add(sagaId);
    return PlaceOrderResponse.newBuilder()
        .setOrderId(orderId)
        .setSagaId(sagaId)
        .setState(OrderState.ORDER_STATE_PENDING)
        .build();
  }

  /** A retry that found the workflow: same intent joins it, another intent reuses the key. */
  private PlaceOrderResponse joined(Order order, PlaceOrderRequest request) {
    boolean same =
        order.getMarketId().equals(request.getMarketId())
            && order.getSelectionId().equals(request.getSelectionId())
            && order.getSide() == request.getSide()
            && order.getPrice().equals(request.getPrice())
            && Money.parse(order.getStake()).compareTo(Money.parse(request.getStake())) == 0
            && order.getCurrency().equals(request.getCurrency())
            && order.getPersistenceType() == request.getPersistenceType()
            && order.getMarketVersion() == request.getMarketVersion();
    if (!same) {
      throw RpcErrors.error(
              Status.Code.FAILED_PRECONDITION,
              ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED,
              domain)
          .message("idempotency key was used for a different order")
          .asException();
    }
    return PlaceOrderResponse.newBuilder()
        .setOrderId(order.getOrderId())
        .setSagaId(order.getSagaId())
        .setState(order.getState())
        .build();
  }

  private PlaceOrdersResponse placeBatch(PlaceOrdersRequest request) {
    String batchSaga = "bet-placement-" + hash(request.getUserId(), request.getIdempotencyKey());
    boolean answered =
        rateLimitAnswered(
            request.getUserId(), request.getInstructionsCount(), "ratelimit:" + batchSaga);
    market(request.getMarketId()); // MARKET_NOT_FOUND fails the whole batch
    PlaceOrdersResponse.Builder out = PlaceOrdersResponse.newBuilder();
    for (int i = 0; i < request.getInstructionsCount(); i++) {
      PlaceOrderInstruction in = request.getInstructions(i);
      PlaceOrderRequest one =
          PlaceOrderRequest.newBuilder()
              .setUserId(request.getUserId())
              .setMarketId(request.getMarketId())
              .setSelectionId(in.getSelectionId())
              .setSide(in.getSide())
              .setPrice(in.getPrice())
              .setStake(in.getStake())
              .setCurrency(in.getCurrency())
              .setIdempotencyKey(request.getIdempotencyKey() + ":" + i)
              .setPersistenceType(in.getPersistenceType())
              .setMarketVersion(request.getMarketVersion())
              .build();
      try {
        PlaceOrderResponse r = placeOne(one, answered ? RateLimit.CHECKED : RateLimit.SILENT);
        out.addResults(
            PlaceOrderResult.newBuilder()
                .setSuccess(true)
                .setOrderId(r.getOrderId())
                .setSagaId(r.getSagaId())
                .setState(r.getState()));
      } catch (StatusRuntimeException e) {
        out.addResults(
            PlaceOrderResult.newBuilder()
                .setSuccess(false)
                .setError(
                    RpcErrors.status(e)
                        .orElseGet(
                            () ->
                                com.google.rpc.Status.newBuilder()
                                    .setCode(e.getStatus().getCode().value())
                                    .setMessage(String.valueOf(e.getStatus().getDescription()))
                                    .build())));
      }
    }
    return out.build();
  }

  /**
   * CheckRateLimit (retried once with the same key). Throws RATE_LIMITED when the answer is "not
   * allowed"; returns false when risk-analyzer did not answer (the caller applies the fail-closed
   * rule of saga step 1).
   */
  private boolean rateLimitAnswered(String userId, int cost, String key) {
    CheckRateLimitResponse answer = null;
    for (int attempt = 1; attempt <= 2 && answer == null; attempt++) {
      try {
        answer =
            risk()
                .checkRateLimit(
                    CheckRateLimitRequest.newBuilder()
                        .setUserId(userId)
                        .setAction(RateLimitAction.RATE_LIMIT_ACTION_PLACE_BET)
                        .setCost(cost)
                        .setIdempotencyKey(key)
                        .build());
      } catch (StatusRuntimeException e) {
        // no answer (or a configuration error the caller logs): try once more
      }
    }
    if (answer == null) {
      return false;
    }
    if (!answer.getAllowed()) {
      throw RpcErrors.error(
              Status.Code.RESOURCE_EXHAUSTED, ErrorReason.ERROR_REASON_RATE_LIMITED, domain)
          .message("too many orders; retry after the delay in RetryInfo with the same key")
          .addDetail(
              RetryInfo.newBuilder()
                  .setRetryDelay(
                      answer.hasRetryAfter()
                          ? answer.getRetryAfter()
                          : Duration.getDefaultInstance())
                  .build())
          .asException();
    }
    return true;
  }

  private boolean failsOpen(BigDecimal liability) {
    return liability.compareTo(new BigDecimal(config.riskFailOpenThreshold())) <= 0;
  }

  private StatusRuntimeException riskSilent() {
    return RpcErrors.error(
            Status.Code.UNAVAILABLE, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE, domain)
        .message("risk-analyzer did not answer; retry with the same key")
        .putMetadata("dependency", "risk-analyzer")
        .asException();
  }

  private Market market(String marketId) {
    try {
      return orderBook()
          .getMarket(GetMarketRequest.newBuilder().setMarketId(marketId).build())
          .getMarket();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw RpcErrors.error(
                Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_FOUND, domain)
            .message("no market " + marketId)
            .putMetadata("marketId", marketId)
            .asException();
      }
      throw unavailable("order-book");
    }
  }

  private Runner checkMarket(Market market, String selectionId, String currency, String stake) {
    if (market.getState() != MarketState.MARKET_STATE_OPEN) {
      throw RpcErrors.error(
              Status.Code.FAILED_PRECONDITION,
              OrderErrorReason.ORDER_ERROR_REASON_MARKET_NOT_OPEN,
              domain)
          .message("market " + market.getMarketId() + " is " + market.getState().name())
          .putMetadata("state", market.getState().name())
          .asException();
    }
    Runner runner =
        market.getRunnersList().stream()
            .filter(r -> r.getSelectionId().equals(selectionId))
            .findFirst()
            .orElseThrow(
                () ->
                    RpcErrors.error(
                            Status.Code.NOT_FOUND,
                            OrderErrorReason.ORDER_ERROR_REASON_SELECTION_NOT_FOUND,
                            domain)
                        .message("market " + market.getMarketId() + " has no " + selectionId)
                        .putMetadata("selectionId", selectionId)
                        .asException());
    if (runner.getStatus() != RunnerStatus.RUNNER_STATUS_ACTIVE) {
      throw RpcErrors.error(
              Status.Code.FAILED_PRECONDITION,
              OrderErrorReason.ORDER_ERROR_REASON_RUNNER_NOT_ACTIVE,
              domain)
          .message("runner " + selectionId + " is " + runner.getStatus().name())
          .putMetadata("status", runner.getStatus().name())
          .asException();
    }
    if (!market.getCurrency().equals(currency)) {
      throw RpcErrors.error(
              Status.Code.INVALID_ARGUMENT,
              OrderErrorReason.ORDER_ERROR_REASON_CURRENCY_MISMATCH,
              domain)
          .message("the market trades in " + market.getCurrency())
          .putMetadata("marketCurrency", market.getCurrency())
          .asException();
    }
    if (!market.getMinStake().isEmpty()
        && Money.parse(stake).compareTo(Money.parse(market.getMinStake())) < 0) {
      throw RpcErrors.error(
              Status.Code.INVALID_ARGUMENT,
              OrderErrorReason.ORDER_ERROR_REASON_STAKE_BELOW_MINIMUM,
              domain)
          .message("the stake is below the market's minimum " + market.getMinStake())
          .putMetadata("minStake", market.getMinStake())
          .asException();
    }
    return runner;
  }

  // ----------------------------------------------------------------------------- ResolveOrder

  private ResolveOrderResponse resolve(ResolveOrderRequest request) {
    String sagaId = sagaIdOfOrder(request.getOrderId());
    Order order =
        (sagaId == null ? Optional.<Order>empty() : find(sagaId))
            .orElseThrow(() -> orderNotFound(request.getOrderId()));
    String problem =
        BetPlacementWorkflowImpl.ResolutionRule.problem(order, request.getResolution());
    if (problem != null) {
      throw notResolvable(order, problem);
    }
    try {
      Order resolved = client.newWorkflowStub(BetPlacementWorkflow.class, sagaId).resolve(request);
      return ResolveOrderResponse.newBuilder().setOrder(resolved).build();
    } catch (WorkflowUpdateException e) {
      throw notResolvable(find(sagaId).orElse(order), String.valueOf(e.getCause().getMessage()));
    }
  }

  private StatusRuntimeException notResolvable(Order order, String why) {
    return RpcErrors.error(
            Status.Code.FAILED_PRECONDITION,
            OrderErrorReason.ORDER_ERROR_REASON_ORDER_NOT_RESOLVABLE,
            domain)
        .message(why)
        .putMetadata("state", order.getState().name())
        .asException();
  }

  // ------------------------------------------------------------------------------ the consumer

  /** Gives back the risk limits of unmatched stake that was cancelled or lapsed. */
  private void stakeReleased(BetStakeReleasedEvent event) {
    String amount = event.getRefundedAmount();
    if (amount.isEmpty() || Money.parse(amount).signum() == 0) {
      return;
    }
    try {
      risk()
          .releaseBetLimits(
              ReleaseBetLimitsRequest.newBuilder()
                  .setUserId(event.getBet().getUserId())
                  .setSagaId(event.getBet().getSagaId())
                  .setAmount(amount)
                  .setCurrency(event.getCurrency())
                  .setBetId(event.getBet().getBetId())
                  .setReason("stake released: " + event.getReason().name())
                  .setIdempotencyKey(
                      "release:" + event.getBet().getBetId() + ":" + event.getInstructionId())
                  .build());
    } catch (StatusRuntimeException e) {
      if (!SagaActivitiesImpl.definitive(e)) {
        throw e; // redelivered later; the key makes the retry safe
      }
    }
  }

  // ---------------------------------------------------------------------------------- helpers

  private Optional<Order> find(String sagaId) {
    try {
      Order o = client.newWorkflowStub(BetPlacementWorkflow.class, sagaId).order();
      return o.getOrderId().isEmpty() ? Optional.empty() : Optional.of(o);
    } catch (WorkflowNotFoundException e) {
      return Optional.empty();
    } catch (io.temporal.client.WorkflowQueryException e) {
      if (e.getCause() instanceof WorkflowNotFoundException) {
        return Optional.empty();
      }
      throw unavailable("temporal");
    }
  }

  /** Whether the saga's workflow is still open. */
  private boolean running(String sagaId) {
    try {
      return client
              .getWorkflowServiceStubs()
              .blockingStub()
              .describeWorkflowExecution(
                  DescribeWorkflowExecutionRequest.newBuilder()
                      .setNamespace(config.namespace())
                      .setExecution(WorkflowExecution.newBuilder().setWorkflowId(sagaId))
                      .build())
              .getWorkflowExecutionInfo()
              .getStatus()
          == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING;
    } catch (StatusRuntimeException e) {
      return false;
    }
  }

  static String sagaIdOfOrder(String orderId) {
    if (!orderId.matches("order-[0-9a-f]{64}")) {
      return null;
    }
    return "bet-placement-" + orderId.substring("order-".length());
  }

  /** Lowercase hex SHA-256 of UTF-8(user_id + "\n" + idempotency_key). */
  static String hash(String userId, String idempotencyKey) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest((userId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean seesEveryOrder(AuthenticatedSession caller) {
    return caller.hasRole("operator") || caller.hasRole("admin") || caller.hasRole("service");
  }

  private void authorizeBettor(String userId) {
    AuthenticatedSession caller = AuthenticatedSession.current();
    if (!caller.hasRole("service") && !caller.userId().equals(userId)) {
      throw RpcErrors.error(
              Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED, domain)
          .message("user_id is not the caller")
          .asException();
    }
  }

  private StatusRuntimeException orderNotFound(String orderId) {
    return RpcErrors.error(
            Status.Code.NOT_FOUND, OrderErrorReason.ORDER_ERROR_REASON_ORDER_NOT_FOUND, domain)
        .message("no order " + orderId)
        .asException();
  }

  private StatusRuntimeException unavailable(String dependency) {
    return RpcErrors.error(
            Status.Code.UNAVAILABLE, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE, domain)
        .message(dependency + " is unavailable; retry with the same key")
        .putMetadata("dependency", dependency)
        .asException();
  }

  private RiskServiceGrpc.RiskServiceBlockingStub risk() {
    return RiskServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(config.attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  private OrderBookServiceGrpc.OrderBookServiceBlockingStub orderBook() {
    return OrderBookServiceGrpc.newBlockingStub(ctx.platform())
        .withCallCredentials(ctx.serviceCredentials())
        .withDeadlineAfter(config.attemptTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  private static Timestamp timestamp(Instant i) {
    return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
  }

  private static <R> void respond(StreamObserver<R> out, Supplier<R> body) {
    R response;
    try {
      response = body.get();
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    } catch (RuntimeException e) {
      out.onError(Status.INTERNAL.withDescription(e.toString()).asRuntimeException());
      return;
    }
    out.onNext(response);
    out.onCompleted();
  }
}
