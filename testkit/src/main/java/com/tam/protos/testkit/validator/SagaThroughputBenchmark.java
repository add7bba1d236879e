package com.tam.protos.testkit.validator;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.testkit.orderbook.ReferenceOrderBookService;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.risk.ReferenceRiskService;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.InMemoryEventBus;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.wallet.ReferenceWalletService;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.temporal.api.history.v1.HistoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Saga throughput (a benchmark, not a test): drives N orders end to end through the bet-placement
 * saga on the in-process Temporal test service, with the reference wallet, risk-analyzer and
 * order-book on one in-process PlatformServer, C PlaceOrder calls in flight at a time (PlaceOrder
 * returns at once, so many more sagas run; with C = 1 each saga is awaited before the next order,
 * which measures the uncontended latency). Reports completed bets per second and where the time
 * goes: mean time inside each activity (the RPC), and the workflow's own overhead (saga duration
 * from the Temporal history minus the activity time).
 *
 * <pre>
 *   scripts/bench-saga.sh [--orders 1000] [--concurrency 32] [--warmup 200]
 * </pre>
 */
public final class SagaThroughputBenchmark {
  private SagaThroughputBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args {@code --orders N --concurrency C --warmup W [--temporal HOST:PORT]}; without
   *     {@code --temporal} the saga runs on the embedded Temporal test service
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int orders = 1000;
    int concurrency = 32;
    int warmup = 200;
    String temporal = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--orders" -> orders = Integer.parseInt(args[i + 1]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--temporal" -> temporal = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
    try (InMemoryEventBus bus = new InMemoryEventBus()) {
      PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
      ServiceContext ctx =
          new ServiceContext(
              clock,
              bus,
              builder.channel(),
              BearerToken.of(DemoTokens.SERVICE_TOKEN),
              Ids.seeded(7));
      ReferenceOrderValidatorService validator =
          new ReferenceOrderValidatorService(
              ctx,
              OrderValidatorConfig.defaults()
                  .withAssessAttemptTimeout(Duration.ofSeconds(5))
                  .withTemporalAddress(temporal));
      PlatformServer server =
          builder
              .addService(validator)
              .addService(new ReferenceWalletService(ctx))
              .addService(new ReferenceRiskService(ctx))
              .addService(new ReferenceOrderBookService(ctx))
              .start();
      try {
        setUp(server, orders + warmup);
        System.out.printf(
            "saga benchmark: %d orders (after %d warm-up), %d in flight, %s%n",
            orders,
            warmup,
            concurrency,
            temporal == null ? "embedded Temporal" : "Temporal frontend at " + temporal);
        run(server, validator, 0, warmup, concurrency);
        validator.activityTimings().reset();
        Result r = run(server, validator, warmup, orders, concurrency);
        report(validator, r, orders);
      } finally {
        server.close();
        validator.close();
      }
    }
  }

  private record Result(double seconds, Map<OrderState, Integer> states, List<String> sagaIds) {}

  private static void setUp(PlatformServer server, int users) {
    var wallet =
        WalletServiceGrpc.newBlockingStub(server.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
    for (int u = 0; u < users; u++) {
      String id = "bench-" + u;
      wallet.openWallet(
          OpenWalletRequest.newBuilder()
              .setUserId(id)
              .setCurrency("EUR")
              .setIdempotencyKey("open-" + id)
              .build());
      wallet.confirmDeposit(
          ConfirmDepositRequest.newBuilder()
              .setUserId(id)
              .setAmount("1000.00")
              .setCurrency("EUR")
              .setPaymentReference("dep-" + id)
              .setIdempotencyKey("dep-" + id)
              .build());
    }
    OrderBookServiceGrpc.newBlockingStub(server.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN))
        .openMarket(
            OpenMarketRequest.newBuilder()
                .setMarketId("bench-market")
                .setFixture(
                    Fixture.newBuilder()
                        .setFixtureId("bench-fixture")
                        .setDisplayName("Home v Away")
                        .setSport("football")
                        .setCompetitionId("bench")
                        .setCompetitionName("Bench League")
                        .setStartTime(Timestamp.newBuilder().setSeconds(4_102_444_800L)))
                .setMarketType("MATCH_ODDS")
                .setDisplayName("Match Odds")
                .setCurrency("EUR")
                .addRunners(runner("home"))
                .addRunners(runner("away"))
                .setCommissionRateBp(500)
                .setIdempotencyKey("open-bench-market")
                .build());
  }

  private static Runner runner(String id) {
    return Runner.newBuilder()
        .setSelectionId(id)
        .setDisplayName(id)
        .setStatus(RunnerStatus.RUNNER_STATUS_ACTIVE)
        .build();
  }

  private static Result run(
      PlatformServer server,
      ReferenceOrderValidatorService validator,
      int first,
      int count,
      int concurrency)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    List<Future<String>> placed = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      int n = i;
      if (concurrency == 1 && !placed.isEmpty()) {
        placed.get(placed.size() - 1).get(); // one saga at a time: wait for the previous order
        if (!validator.awaitSagas(Duration.ofMinutes(1))) {
          throw new IllegalStateException("saga did not finish");
        }
      }
      placed.add(
          pool.submit(
              () ->
                  OrderValidatorServiceGrpc.newBlockingStub(server.channel())
                      .withCallCredentials(BearerToken.of(DemoTokens.userToken("bench-" + n)))
                      .placeOrder(
                          PlaceOrderRequest.newBuilder()
                              .setUserId("bench-" + n)
                              .setMarketId("bench-market")
                              .setSelectionId("home")
                              .setSide(n % 2 == 0 ? BetSide.BET_SIDE_BACK : BetSide.BET_SIDE_LAY)
                              .setPrice("2.00")
                              .setStake("5.00")
                              .setCurrency("EUR")
                              .setIdempotencyKey("bench-order-" + n)
                              .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_PERSIST)
                              .build())
                      .getSagaId()));
    }
    List<String> sagaIds = new ArrayList<>();
    for (Future<String> f : placed) {
      sagaIds.add(f.get());
      if (concurrency == 1 && !validator.awaitSagas(Duration.ofMinutes(1))) {
        throw new IllegalStateException("saga did not finish");
      }
    }
    pool.shutdown();
    if (!validator.awaitSagas(Duration.ofMinutes(30))) {
      throw new IllegalStateException("sagas did not finish");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<OrderState, Integer> states = new EnumMap<>(OrderState.class);
    for (String sagaId : sagaIds) {
      Order o =
          validator.order("order-" + sagaId.substring("bet-placement-".length())).orElseThrow();
      states.merge(o.getState(), 1, Integer::sum);
    }
    return new Result(seconds, states, sagaIds);
  }

  private static void report(ReferenceOrderValidatorService validator, Result r, int orders) {
    System.out.printf(
        "throughput: %.1f bets/s end to end (%d orders in %.2f s), outcomes %s%n",
        orders / r.seconds(), orders, r.seconds(), r.states());
    double sagaMillis = 0;
    int sampled = 0;
    for (String sagaId : r.sagaIds()) {
      List<HistoryEvent> events = validator.workflowClient().fetchHistory(sagaId).getEvents();
      Timestamp a = events.get(0).getEventTime();
      Timestamp b = events.get(events.size() - 1).getEventTime();
      sagaMillis +=
          (b.getSeconds() - a.getSeconds()) * 1000.0 + (b.getNanos() - a.getNanos()) / 1e6;
      sampled++;
    }
    double meanSaga = sagaMillis / sampled;
    double activityPerSaga = 0;
    System.out.println("activity (RPC)            calls   mean ms   ms per saga");
    for (var e : validator.activityTimings().snapshot().entrySet()) {
      double perSaga = e.getValue().totalNanos() / 1e6 / orders;
      activityPerSaga += perSaga;
      System.out.printf(
          "  %-22s %7d  %8.2f  %8.2f%n",
          e.getKey(), e.getValue().calls(), e.getValue().meanMicros() / 1000, perSaga);
    }
    System.out.printf(
        "saga duration (Temporal history, start to close): mean %.1f ms; in activities %.1f ms;"
            + " workflow overhead (tasks, timers, history, queues) %.1f ms (%.0f%%)%n",
        meanSaga,
        activityPerSaga,
        meanSaga - activityPerSaga,
        100 * (meanSaga - activityPerSaga) / meanSaga);
  }
}
