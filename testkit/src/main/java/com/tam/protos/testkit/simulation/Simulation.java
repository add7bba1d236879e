package com.tam.protos.testkit.simulation;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.CancelBetResult;
import com.tam.protos.order.v1.CancelBetsRequest;
import com.tam.protos.order.v1.CancelInstruction;
import com.tam.protos.order.v1.CloseMarketRequest;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.GetBetRequest;
import com.tam.protos.order.v1.GetOrderRequest;
import com.tam.protos.order.v1.GetSettlementJobRequest;
import com.tam.protos.order.v1.ListBetsRequest;
import com.tam.protos.order.v1.MarketUpdate;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderBookServiceGrpc.OrderBookServiceBlockingStub;
import com.tam.protos.order.v1.OrderResolution;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc.OrderValidatorServiceBlockingStub;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.ReplaceBetResult;
import com.tam.protos.order.v1.ReplaceBetsRequest;
import com.tam.protos.order.v1.ReplaceInstruction;
import com.tam.protos.order.v1.ResettleMarketRequest;
import com.tam.protos.order.v1.ResolveOrderRequest;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.order.v1.SelectionResult;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.order.v1.SettleMarketRequest;
import com.tam.protos.order.v1.SettlementJob;
import com.tam.protos.order.v1.SuspendMarketRequest;
import com.tam.protos.order.v1.UpdateMarketRequest;
import com.tam.protos.order.v1.VoidMarketRequest;
import com.tam.protos.reporting.v1.GenerateReportRequest;
import com.tam.protos.reporting.v1.GetReportRequest;
import com.tam.protos.reporting.v1.Report;
import com.tam.protos.reporting.v1.ReportPeriodType;
import com.tam.protos.reporting.v1.ReportState;
import com.tam.protos.reporting.v1.ReportTotals;
import com.tam.protos.reporting.v1.ReportingServiceGrpc;
import com.tam.protos.reporting.v1.ReportingServiceGrpc.ReportingServiceBlockingStub;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.LoginUserRequest;
import com.tam.protos.user.v1.RegisterUserRequest;
import com.tam.protos.user.v1.UserServiceGrpc;
import com.tam.protos.user.v1.UserServiceGrpc.UserServiceBlockingStub;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.ConfirmWithdrawalRequest;
import com.tam.protos.wallet.v1.FailWithdrawalRequest;
import com.tam.protos.wallet.v1.GetPaymentRequest;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.Payment;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.StartWithdrawalRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import com.tam.protos.wallet.v1.WalletServiceGrpc.WalletServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole-platform simulation. Given a seed, a size and a fault profile it starts a platform,
 * registers and funds users through the contracts (RegisterUser, LoginUser, StartDeposit and
 * ConfirmDeposit, a few withdrawals), opens markets, then places the orders concurrently through
 * order-validator (BACK and LAY at neighbouring ladder prices, so that many match) while an
 * operator suspends and reopens markets and turns some in-play, and bettors cancel, reduce and
 * replace their unmatched bets. It then waits for quiescence, moves the clock past every TTL,
 * resolves FAILED orders as an operator would, closes and settles every market (one resettled, one
 * voided after settlement, one voided before), waits again, asks reporting-service for the day's
 * report, and checks every {@link Invariants invariant} over what the read RPCs and the event bus
 * report.
 *
 * <p>Clients follow the contracts' retry rule ({@link Calls}): the same key for a retryable
 * outcome, a new key after a definitive error that can go away (a suspended market). Every choice
 * comes from the seed, so a failure is reproduced by {@code scripts/simulate.sh --seed S --orders
 * N}; with concurrent threads the interleaving may differ between runs, but the choices do not.
 */
public final class Simulation {

  /** Prices the orders use: neighbouring ticks of the ladder around evens. */
  static final List<String> PRICES = List.of("1.96", "1.98", "2.00", "2.02", "2.04");

  private static final String CURRENCY = "EUR";

  /** A report worker's lease (reporting.v1.ReportState): a lost attempt is retried after it. */
  private static final Duration REPORT_LEASE = Duration.ofMinutes(5);

  /** Real time an attempt may stay RUNNING before the driver takes its worker for lost. */
  private static final Duration REPORT_STALL = Duration.ofSeconds(2);

  private static final List<String> RUNNERS = List.of("home", "draw", "away");

  /**
   * The size and shape of a run.
   *
   * @param seed the seed
   * @param orders bet placements in total (two waves)
   * @param users bettors
   * @param markets markets (at least 3: one is resettled, one voided after and one before
   *     settlement when there are 4 or more)
   * @param faults the fault profile
   * @param threads client threads placing orders concurrently
   */
  public record Config(
      long seed, int orders, int users, int markets, FaultProfile faults, int threads) {

    /**
     * The default shape for a size: one bettor per 20 orders (at least 10), one market per 150
     * orders (3 to 8), 16 client threads.
     *
     * @param seed the seed
     * @param orders the number of orders
     * @param faults the fault profile
     * @return the configuration
     */
    public static Config of(long seed, int orders, FaultProfile faults) {
      return new Config(
          seed,
          orders,
          Math.max(10, orders / 20),
          Math.max(4, Math.min(8, orders / 150)),
          faults,
          16);
    }

    /**
     * What reproduces this run.
     *
     * @return the reproduction
     */
    public Reproduction reproduction() {
      return new Reproduction(seed, orders, faults);
    }
  }

  private final Config config;
  private final SimulatedPlatform platform;
  private final Random random;
  private final Calls calls;
  private final BearerToken service = BearerToken.of(DemoTokens.SERVICE_TOKEN);
  private final BearerToken operator = BearerToken.of(DemoTokens.OPERATOR_TOKEN);
  private final WalletServiceBlockingStub walletAsService;
  private final OrderBookServiceBlockingStub bookAsOperator;
  private final OrderValidatorServiceBlockingStub ordersAsOperator;
  private final UserServiceBlockingStub users;
  private final EventLedger eventLedger;
  private final EventAudit eventAudit;

  private final List<Bettor> bettors = Collections.synchronizedList(new ArrayList<>());
  private final List<String> marketIds = new ArrayList<>();
  private final Set<String> voidedMarkets = ConcurrentHashMap.newKeySet();
  private final Map<String, String> orderIds = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> deposits = new ConcurrentHashMap<>();
  private final Map<String, BigDecimal> withdrawals = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

  /** One registered bettor and its current access token. */
  private static final class Bettor {
    final int index;
    final String email;
    final String password;
    volatile String userId;
    volatile BearerToken token;
    final AtomicLong logins = new AtomicLong();

    Bettor(int index, long seed) {
      this.index = index;
      this.email = "bettor" + index + ".s" + Math.abs(seed) + "@sim.example.com";
      this.password = "Exchange-Sim-Pass-" + (index * 7919L + 13) + "-x";
    }
  }

  private Simulation(Config config, SimulatedPlatform platform) {
    this.config = config;
    this.platform = platform;
    this.random = new Random(config.seed());
    this.calls = new Calls(12, () -> platform.clock().advance(Duration.ofMillis(500)));
    this.walletAsService =
        WalletServiceGrpc.newBlockingStub(platform.channel()).withCallCredentials(service);
    this.bookAsOperator =
        OrderBookServiceGrpc.newBlockingStub(platform.channel()).withCallCredentials(operator);
    this.ordersAsOperator =
        OrderValidatorServiceGrpc.newBlockingStub(platform.channel()).withCallCredentials(operator);
    this.users = UserServiceGrpc.newBlockingStub(platform.channel());
    this.eventLedger = EventLedger.subscribe(platform.events());
    this.eventAudit = EventAudit.subscribe(platform.events());
  }

  /**
   * Runs one simulation on a platform the factory starts, and closes the platform.
   *
   * @param config the run's shape
   * @param factory starts the platform
   * @return figures and invariants
   */
  public static SimulationResult run(Config config, SimulatedPlatform.Factory factory) {
    long start = System.nanoTime();
    try (SimulatedPlatform platform = factory.start(config.seed(), config.faults())) {
      Simulation s = new Simulation(config, platform);
      List<Invariant> invariants = s.drive();
      return new SimulationResult(
          config.reproduction(),
          s.figures(),
          invariants,
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private List<Invariant> drive() {
    phase("register and fund users", this::registerAndFund);
    phase("open markets", this::openMarkets);
    int wave1 = config.orders() * 4 / 5;
    phase(
        "wave 1: orders, suspensions, in-play",
        () -> {
          AtomicBoolean placing = new AtomicBoolean(true);
          ExecutorService trader = Executors.newSingleThreadExecutor();
          Future<?> trading = trader.submit(() -> trade(placing));
          placeOrders(0, wave1, false);
          placing.set(false);
          join(trading);
          trader.shutdown();
        });
    phase("wave 1: sagas finish", this::awaitSagas);
    phase("wave 2: orders, cancels, replaces", () -> placeOrders(wave1, config.orders(), true));
    phase("wave 2: sagas finish", this::awaitSagas);
    phase("late cancels of part-matched bets", this::cancelUnmatchedRemainders);
    phase(
        "expiry (clock + 6 min)",
        () -> {
          platform.clock().advance(Duration.ofMinutes(6));
          awaitSagas();
        });
    phase("resolve FAILED orders", this::resolveFailedOrders);
    phase("close, settle, resettle, void", this::settleMarkets);
    phase(
        "final quiescence",
        () -> {
          quiesce();
          platform.clock().advance(Duration.ofMinutes(6));
          quiesce();
        });
    String[] reportProblem = {""};
    ReportTotals[] report = {null};
    phase("daily report", () -> report[0] = dailyReport(reportProblem));
    AuditSnapshot snapshot =
        new AuditCollector(platform.channel(), service, operator, calls)
            .collect(
                platform.clock(),
                bettors.stream().map(b -> b.userId).filter(u -> u != null).toList(),
                marketIds,
                new ArrayList<>(new TreeMap<>(orderIds).keySet()),
                eventLedger,
                eventAudit,
                voidedMarkets,
                deposits,
                withdrawals,
                CURRENCY,
                report[0],
                reportProblem[0]);
    count("fills", snapshot.fills().size());
    count(
        "fills voided",
        snapshot.fills().stream()
            .filter(f -> f.getState() == com.tam.protos.order.v1.FillState.FILL_STATE_VOIDED)
            .count());
    count("bets", snapshot.bets().size());
    Map<OrderState, Integer> states = new TreeMap<>();
    snapshot.orders().forEach(o -> states.merge(o.getState(), 1, Integer::sum));
    notes.add("order states " + states);
    return Invariants.checkAll(snapshot, config.reproduction());
  }

  // ---------------------------------------------------------------- users and money

  private void registerAndFund() {
    Instant birth = Instant.parse("1990-01-01T00:00:00Z");
    parallel(
        config.users(),
        i -> {
          Bettor b = new Bettor(i, config.seed());
          b.userId =
              calls
                  .call(
                      () ->
                          users.registerUser(
                              RegisterUserRequest.newBuilder()
                                  .setEmail(b.email)
                                  .setPassword(b.password)
                                  .setDisplayName("Bettor " + i)
                                  .setIdempotencyKey("register-" + i)
                                  .setCurrency(CURRENCY)
                                  .setCountry("GB")
                                  .setBirthDate(birth.toString().substring(0, 10))
                                  .build()))
                  .getUser()
                  .getUserId();
          login(b);
          calls.call(
              () ->
                  walletAsService.openWallet(
                      OpenWalletRequest.newBuilder()
                          .setUserId(b.userId)
                          .setCurrency(CURRENCY)
                          .setIdempotencyKey("open-wallet:" + b.userId)
                          .build()));
          bettors.add(b);
          deposit(b, 1, i % 7 == 3 ? "30.00" : "1000.00");
          if (i % 5 == 0) {
            withdraw(b, i % 10 == 0);
          }
        });
    bettors.sort((x, y) -> Integer.compare(x.index, y.index));
    count("users", bettors.size());
  }

  private void login(Bettor b) {
    long n = b.logins.incrementAndGet();
    String token =
        calls
            .call(
                () ->
                    users.loginUser(
                        LoginUserRequest.newBuilder()
                            .setEmail(b.email)
                            .setPassword(b.password)
                            .setIdempotencyKey("login-" + b.index + "-" + n)
                            .build()))
            .getAccessToken();
    b.token = BearerToken.of(token);
  }

  private void deposit(Bettor b, int n, String amount) {
    String key = "deposit:" + b.userId + ":" + n;
    Payment started;
    try {
      started =
          calls
              .call(
                  () ->
                      walletAsService.startDeposit(
                          StartDepositRequest.newBuilder()
                              .setUserId(b.userId)
                              .setAmount(amount)
                              .setCurrency(CURRENCY)
                              .setIdempotencyKey(key + ":start")
                              .build()))
              .getPayment();
    } catch (StatusRuntimeException e) {
      note("deposit start refused for " + b.userId + ": " + describe(e));
      return;
    }
    try {
      Payment p =
          calls
              .call(
                  () ->
                      walletAsService.confirmDeposit(
                          ConfirmDepositRequest.newBuilder()
                              .setUserId(b.userId)
                              .setPaymentId(started.getPaymentId())
                              .setAmount(amount)
                              .setCurrency(CURRENCY)
                              .setPaymentReference("psp-" + b.userId + "-" + n)
                              .setIdempotencyKey(key + ":confirm")
                              .build()))
              .getPayment();
      deposits.merge(CURRENCY, new BigDecimal(p.getAmount()), BigDecimal::add);
      count("deposits", 1);
    } catch (StatusRuntimeException e) {
      Payment p = payment(started.getPaymentId());
      if (p.getState() == PaymentState.PAYMENT_STATE_SUCCEEDED) {
        deposits.merge(CURRENCY, new BigDecimal(p.getAmount()), BigDecimal::add);
        count("deposits", 1);
      }
      note(
          "deposit confirm for "
              + b.userId
              + " ended "
              + describe(e)
              + "; payment "
              + p.getState());
    }
  }

  private void withdraw(Bettor b, boolean fail) {
    String key = "withdraw:" + b.userId + ":1";
    Payment started;
    try {
      started =
          calls
              .call(
                  () ->
                      walletAsService.startWithdrawal(
                          StartWithdrawalRequest.newBuilder()
                              .setUserId(b.userId)
                              .setAmount("25.00")
                              .setCurrency(CURRENCY)
                              .setWithdrawalMethodId("wm-" + b.index)
                              .setIdempotencyKey(key + ":start")
                              .build()))
              .getPayment();
    } catch (StatusRuntimeException e) {
      note("withdrawal refused for " + b.userId + ": " + describe(e));
      return;
    }
    withdrawals.merge(CURRENCY, new BigDecimal(started.getAmount()), BigDecimal::add);
    count("withdrawals", 1);
    try {
      if (fail) {
        calls.call(
            () ->
                walletAsService.failWithdrawal(
                    FailWithdrawalRequest.newBuilder()
                        .setPaymentId(started.getPaymentId())
                        .setFailureReason("account closed")
                        .setIdempotencyKey(key + ":fail")
                        .build()));
      } else {
        calls.call(
            () ->
                walletAsService.confirmWithdrawal(
                    ConfirmWithdrawalRequest.newBuilder()
                        .setPaymentId(started.getPaymentId())
                        .setPaymentReference("payout-" + b.userId)
                        .setIdempotencyKey(key + ":confirm")
                        .build()));
      }
    } catch (StatusRuntimeException e) {
      note("withdrawal outcome for " + b.userId + " ended " + describe(e));
    }
    if (payment(started.getPaymentId()).getState() == PaymentState.PAYMENT_STATE_FAILED) {
      withdrawals.merge(CURRENCY, new BigDecimal(started.getAmount()).negate(), BigDecimal::add);
      count("withdrawals failed (reversed)", 1);
    }
  }

  private Payment payment(String id) {
    return calls
        .call(
            () ->
                walletAsService.getPayment(GetPaymentRequest.newBuilder().setPaymentId(id).build()))
        .getPayment();
  }

  // ---------------------------------------------------------------- markets

  private OpenMarketRequest marketDefinition(String id, int i, String key) {
    Instant start = platform.clock().instant().plus(Duration.ofHours(2));
    OpenMarketRequest.Builder r =
        OpenMarketRequest.newBuilder()
            .setMarketId(id)
            .setFixture(
                Fixture.newBuilder()
                    .setFixtureId("sim-fixture-" + i)
                    .setDisplayName("Simulated match " + i)
                    .setSport("football")
                    .setCompetitionId("sim-league")
                    .setCompetitionName("Simulation League")
                    .setCountryCode("GB")
                    .setStartTime(Timestamp.newBuilder().setSeconds(start.getEpochSecond())))
            .setMarketType("MATCH_ODDS")
            .setDisplayName("Match odds " + i)
            .setCurrency(CURRENCY)
            .setCommissionRateBp(500)
            .setIdempotencyKey(key);
    for (String runner : RUNNERS) {
      r.addRunners(
          Runner.newBuilder()
              .setSelectionId(runner)
              .setDisplayName(runner)
              .setStatus(RunnerStatus.RUNNER_STATUS_ACTIVE));
    }
    return r.build();
  }

  private void openMarkets() {
    for (int i = 0; i < config.markets(); i++) {
      String id = "sim-m" + i;
      int n = i;
      calls.call(() -> bookAsOperator.openMarket(marketDefinition(id, n, "open:" + id)));
      marketIds.add(id);
    }
    count("markets", marketIds.size());
  }

  /** The operator's activity while orders are placed: suspensions, reopenings, in-play. */
  private void trade(AtomicBoolean placing) {
    Random r = new Random(config.seed() ^ 0x5eed);
    int n = 0;
    Set<String> inPlay = ConcurrentHashMap.newKeySet();
    while (placing.get()) {
      sleep(15 + r.nextInt(25));
      int i = r.nextInt(marketIds.size());
      String id = marketIds.get(i);
      n++;
      String tag = String.valueOf(n);
      try {
        if (r.nextInt(4) == 0 && inPlay.size() < marketIds.size() / 2 && inPlay.add(id)) {
          calls.call(
              () ->
                  bookAsOperator.updateMarket(
                      UpdateMarketRequest.newBuilder()
                          .setMarketId(id)
                          .setMarketUpdate(MarketUpdate.newBuilder().setInPlay(true))
                          .setUpdateMask(
                              com.google.protobuf.FieldMask.newBuilder().addPaths("in_play"))
                          .setIdempotencyKey("in-play:" + id)
                          .build()));
          count("in-play transitions", 1);
        } else {
          boolean material = r.nextBoolean();
          calls.call(
              () ->
                  bookAsOperator.suspendMarket(
                      SuspendMarketRequest.newBuilder()
                          .setMarketId(id)
                          .setMaterial(material)
                          .setReason(material ? "goal" : "review")
                          .setIdempotencyKey("suspend:" + id + ":" + tag)
                          .build()));
          count(material ? "suspensions (material)" : "suspensions", 1);
          sleep(5 + r.nextInt(20));
          calls.call(
              () -> bookAsOperator.openMarket(marketDefinition(id, i, "reopen:" + id + ":" + tag)));
          count("reopenings", 1);
        }
      } catch (StatusRuntimeException e) {
        note("market operation on " + id + " failed: " + describe(e));
      }
    }
  }

  // ---------------------------------------------------------------- orders

  private record Intent(
      int index,
      Bettor bettor,
      String market,
      String selection,
      BetSide side,
      String price,
      int stake,
      PersistenceType persistence) {}

  private void placeOrders(int from, int to, boolean withCancels) {
    List<Intent> intents = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Bettor b = bettors.get(random.nextInt(bettors.size()));
      intents.add(
          new Intent(
              i,
              b,
              marketIds.get(random.nextInt(marketIds.size())),
              RUNNERS.get(random.nextInt(RUNNERS.size())),
              random.nextBoolean() ? BetSide.BET_SIDE_BACK : BetSide.BET_SIDE_LAY,
              PRICES.get(random.nextInt(PRICES.size())),
              2 + random.nextInt(19),
              random.nextInt(3) == 0
                  ? PersistenceType.PERSISTENCE_TYPE_PERSIST
                  : PersistenceType.PERSISTENCE_TYPE_LAPSE));
    }
    List<Long> cancelSeeds = new ArrayList<>();
    if (withCancels) {
      for (int i = 0; i < Math.max(3, (to - from) / 2); i++) {
        cancelSeeds.add(random.nextLong());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(config.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      if (withCancels && marketIds.size() > 3) {
        futures.add(pool.submit(() -> closeWhileOrdersRun(marketIds.get(3))));
      }
      for (Intent intent : intents) {
        futures.add(pool.submit(() -> place(intent)));
      }
      for (long s : cancelSeeds) {
        futures.add(pool.submit(() -> cancelOrReplace(new Random(s))));
      }

      futures.forEach(Simulation::join);
    } finally {
      pool.shutdown();
    }
  }

  private void place(Intent o) {
    Bettor b = o.bettor();
    for (int attempt = 1; attempt <= 3; attempt++) {
      String key = "order-" + o.index() + "-" + attempt;
      PlaceOrderRequest request =
          PlaceOrderRequest.newBuilder()
              .setUserId(b.userId)
              .setMarketId(o.market())
              .setSelectionId(o.selection())
              .setSide(o.side())
              .setPrice(o.price())
              .setStake(o.stake() + ".00")
              .setCurrency(CURRENCY)
              .setPersistenceType(o.persistence())
              .setIdempotencyKey(key)
              .build();
      orderIds.put(derivedOrderId(b.userId, key), key);
      count("orders attempted", 1);
      try {
        asUser(
            b,
            () ->
                OrderValidatorServiceGrpc.newBlockingStub(platform.channel())
                    .withCallCredentials(b.token)
                    .placeOrder(request));
        count("orders accepted", 1);
        return;
      } catch (StatusRuntimeException e) {
        String reason = Calls.reason(e);
        count("orders refused " + e.getStatus().getCode() + "/" + reason, 1);
        if (!"MARKET_NOT_OPEN".equals(reason) || Calls.retryable(e)) {
          return;
        }
        sleep(10);
      }
    }
  }

  /**
   * Closes a market while orders for it are in flight: some are refused (MARKET_NOT_OPEN), some
   * sagas find it closed at PlaceBet and compensate, some bets lapse at confirmation.
   */
  private void closeWhileOrdersRun(String id) {
    sleep(20);
    calls.call(
        () ->
            bookAsOperator.closeMarket(
                CloseMarketRequest.newBuilder()
                    .setMarketId(id)
                    .setIdempotencyKey("close:" + id)
                    .build()));
    count("closed while orders run", 1);
  }

  private void cancelOrReplace(Random r) {
    Bettor b = bettors.get(r.nextInt(bettors.size()));
    OrderBookServiceBlockingStub book = OrderBookServiceGrpc.newBlockingStub(platform.channel());
    List<Bet> executable = executableBets(book, b);
    if (executable == null || executable.isEmpty()) {
      return;
    }
    Bet bet = executable.get(r.nextInt(executable.size()));
    String key = "bettor-" + b.index + "-" + Long.toHexString(r.nextLong());
    try {
      switch (r.nextInt(3)) {
        case 0 -> {
          CancelBetResult res =
              cancel(book, b, bet, CancelInstruction.newBuilder().setBetId(bet.getBetId()), key);
          count(res.getSuccess() ? "cancels" : "cancels refused", 1);
        }
        case 1 -> {
          CancelBetResult res =
              cancel(
                  book,
                  b,
                  bet,
                  CancelInstruction.newBuilder()
                      .setBetId(bet.getBetId())
                      .setSizeReduction("1.00")
                      .setCurrency(CURRENCY),
                  key);
          count(res.getSuccess() ? "size reductions" : "size reductions refused", 1);
        }
        default -> {
          String price = PRICES.get(r.nextInt(PRICES.size()));
          ReplaceBetResult res =
              asUser(
                      b,
                      () ->
                          book.withCallCredentials(b.token)
                              .replaceBets(
                                  ReplaceBetsRequest.newBuilder()
                                      .setUserId(b.userId)
                                      .setMarketId(bet.getMarketId())
                                      .addInstructions(
                                          ReplaceInstruction.newBuilder()
                                              .setBetId(bet.getBetId())
                                              .setNewPrice(price))
                                      .setIdempotencyKey(key)
                                      .build()))
                  .getResults(0);
          count(res.getSuccess() ? "replaces" : "replaces refused", 1);
        }
      }
    } catch (StatusRuntimeException e) {
      count("cancel/replace errors " + e.getStatus().getCode() + "/" + Calls.reason(e), 1);
    }
  }

  /**
   * Once the waves are over, every bettor cancels the unmatched remainder of one part-matched bet
   * (if they have one), as a bettor does when the price has moved away: the matched part must stay
   * matched and the remainder must be refunded at once. Deterministic for a seed, since no order is
   * in flight any more.
   */
  private void cancelUnmatchedRemainders() {
    OrderBookServiceBlockingStub book = OrderBookServiceGrpc.newBlockingStub(platform.channel());
    for (Bettor b : bettors) {
      List<Bet> executable = executableBets(book, b);
      if (executable == null) {
        continue;
      }
      Bet bet =
          executable.stream()
              .filter(x -> new java.math.BigDecimal(x.getStakeMatched()).signum() > 0)
              .filter(x -> new java.math.BigDecimal(x.getStakeRemaining()).signum() > 0)
              .findFirst()
              .orElse(null);
      if (bet == null) {
        continue;
      }
      try {
        CancelBetResult res =
            cancel(
                book,
                b,
                bet,
                CancelInstruction.newBuilder().setBetId(bet.getBetId()),
                "bettor-" + b.index + "-late-cancel");
        count(res.getSuccess() ? "late cancels" : "late cancels refused", 1);
      } catch (StatusRuntimeException e) {
        count("cancel/replace errors " + e.getStatus().getCode() + "/" + Calls.reason(e), 1);
      }
    }
  }

  /** The bettor's EXECUTABLE bets (one page of 50), or null when ListBets failed (noted). */
  private List<Bet> executableBets(OrderBookServiceBlockingStub book, Bettor b) {
    try {
      return asUser(
              b,
              () ->
                  book.withCallCredentials(b.token)
                      .listBets(
                          ListBetsRequest.newBuilder()
                              .setUserId(b.userId)
                              .addStates(BetState.BET_STATE_EXECUTABLE)
                              .setPageSize(50)
                              .build()))
          .getBetsList();
    } catch (StatusRuntimeException e) {
      note("ListBets for " + b.userId + " failed: " + describe(e));
      return null;
    }
  }

  /** One cancel instruction on {@code bet}, as its bettor, under {@code key}. */
  private CancelBetResult cancel(
      OrderBookServiceBlockingStub book,
      Bettor b,
      Bet bet,
      CancelInstruction.Builder instruction,
      String key) {
    return asUser(
            b,
            () ->
                book.withCallCredentials(b.token)
                    .cancelBets(
                        CancelBetsRequest.newBuilder()
                            .setUserId(b.userId)
                            .setMarketId(bet.getMarketId())
                            .addInstructions(instruction)
                            .setIdempotencyKey(key)
                            .build()))
        .getResults(0);
  }

  /** Calls as a bettor: retried by the rule, and logged in again once if the token has expired. */
  private <T> T asUser(Bettor b, java.util.function.Supplier<T> call) {
    try {
      return calls.call(call);
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() != Status.Code.UNAUTHENTICATED) {
        throw e;
      }
      login(b);
      count("re-logins", 1);
      return calls.call(call);
    }
  }

  /**
   * The order id order-validator derives from a PlaceOrder: "order-" + hex SHA-256 of user id,
   * newline, idempotency key.
   */
  static String derivedOrderId(String userId, String key) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest((userId + "\n" + key).getBytes(StandardCharsets.UTF_8));
      return "order-" + HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The orders that exist: every derived id that GetOrder finds, with its current state. */
  private Map<String, Order> readOrders() {
    Map<String, Order> out = new TreeMap<>();
    for (String id : new TreeMap<>(orderIds).keySet()) {
      try {
        out.put(
            id,
            calls
                .call(
                    () ->
                        ordersAsOperator.getOrder(
                            GetOrderRequest.newBuilder().setOrderId(id).build()))
                .getOrder());
      } catch (StatusRuntimeException e) {
        if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
          throw e;
        }
        orderIds.remove(id);
      }
    }
    counters.put("orders", new AtomicLong(out.size()));
    return out;
  }

  /**
   * Waits for quiescence, then until no order is mid-saga (PENDING to COMPENSATING), polling
   * GetOrder; after a few minutes it gives up and leaves the rest to the invariants.
   */
  private void awaitSagas() {
    quiesce();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    List<String> open = new ArrayList<>();
    readOrders()
        .forEach(
            (id, o) -> {
              if (!FINISHED.contains(o.getState())) {
                open.add(id);
              }
            });
    while (!open.isEmpty() && System.nanoTime() < deadline) {
      open.removeIf(
          id ->
              FINISHED.contains(
                  calls
                      .call(
                          () ->
                              ordersAsOperator.getOrder(
                                  GetOrderRequest.newBuilder().setOrderId(id).build()))
                      .getOrder()
                      .getState()));
      if (!open.isEmpty()) {
        platform.awaitQuiescence(Duration.ofSeconds(1));
        sleep(50);
      }
    }
    if (!open.isEmpty()) {
      note(open.size() + " orders still mid-saga after 3 minutes, for example " + open.get(0));
    }
  }

  private static final Set<OrderState> FINISHED =
      java.util.EnumSet.of(
          OrderState.ORDER_STATE_COMPLETED,
          OrderState.ORDER_STATE_COMPENSATED,
          OrderState.ORDER_STATE_REJECTED,
          OrderState.ORDER_STATE_FAILED,
          OrderState.ORDER_STATE_RESOLVED);

  /** Resolves every FAILED order as an operator would, from the reservation and the bet. */
  private void resolveFailedOrders() {
    for (Map.Entry<String, Order> entry : readOrders().entrySet()) {
      String id = entry.getKey();
      Order o = entry.getValue();
      if (o.getState() != OrderState.ORDER_STATE_FAILED) {
        continue;
      }
      ReservationState reservation =
          o.getReservationId().isEmpty()
              ? ReservationState.RESERVATION_STATE_UNSPECIFIED
              : calls
                  .call(
                      () ->
                          walletAsService.getReservation(
                              GetReservationRequest.newBuilder()
                                  .setReservationId(o.getReservationId())
                                  .build()))
                  .getReservation()
                  .getState();
      BetState bet = BetState.BET_STATE_UNSPECIFIED;
      if (!o.getBetId().isEmpty()) {
        try {
          bet =
              calls
                  .call(
                      () ->
                          bookAsOperator.getBet(
                              GetBetRequest.newBuilder().setBetId(o.getBetId()).build()))
                  .getBet()
                  .getState();
        } catch (StatusRuntimeException e) {
          if (e.getStatus().getCode() != Status.Code.NOT_FOUND) {
            throw e;
          }
        }
      }
      OrderResolution resolution;
      if (reservation == ReservationState.RESERVATION_STATE_COMMITTED) {
        resolution =
            bet == BetState.BET_STATE_PENDING
                ? OrderResolution.ORDER_RESOLUTION_CONFIRM_BET
                : bet == BetState.BET_STATE_CANCELLED || bet == BetState.BET_STATE_UNSPECIFIED
                    ? OrderResolution.ORDER_RESOLUTION_REFUND
                    : OrderResolution.ORDER_RESOLUTION_CONFIRM_BET;
      } else {
        resolution = OrderResolution.ORDER_RESOLUTION_NO_ACTION;
      }
      try {
        calls.call(
            () ->
                ordersAsOperator.resolveOrder(
                    ResolveOrderRequest.newBuilder()
                        .setOrderId(id)
                        .setResolution(resolution)
                        .setNote(
                            "simulation: reservation "
                                + reservation
                                + ", bet "
                                + " resolved by the operator")
                        .setIdempotencyKey("resolve:" + id)
                        .build()));
        count("orders resolved " + resolution, 1);
      } catch (StatusRuntimeException e) {
        note("ResolveOrder " + id + " (" + resolution + ") failed: " + describe(e));
      }
    }
  }

  // ---------------------------------------------------------------- settlement

  private void settleMarkets() {
    for (int i = 0; i < marketIds.size(); i++) {
      String id = marketIds.get(i);
      calls.call(
          () ->
              bookAsOperator.closeMarket(
                  CloseMarketRequest.newBuilder()
                      .setMarketId(id)
                      .setIdempotencyKey("close:" + id)
                      .build()));
      if (i == 3) {
        voidMarket(id, "abandoned before settlement");
        continue;
      }
      String winner = RUNNERS.get(random.nextInt(RUNNERS.size()));
      SettlementJob job =
          calls
              .call(
                  () ->
                      bookAsOperator.settleMarket(
                          SettleMarketRequest.newBuilder()
                              .setMarketId(id)
                              .addAllResults(results(winner))
                              .setIdempotencyKey("settle:" + id)
                              .build()))
              .getJob();
      awaitJob(job);
      count("settlements", 1);
      if (i == 0) {
        String corrected = RUNNERS.get((RUNNERS.indexOf(winner) + 1) % RUNNERS.size());
        SettlementJob again =
            calls
                .call(
                    () ->
                        bookAsOperator.resettleMarket(
                            ResettleMarketRequest.newBuilder()
                                .setMarketId(id)
                                .addAllResults(results(corrected))
                                .setReason("result corrected")
                                .setIdempotencyKey("resettle:" + id + ":2")
                                .build()))
                .getJob();
        awaitJob(again);
        count("resettlements", 1);
      } else if (i == 1) {
        voidMarket(id, "voided after settlement");
      }
    }
  }

  private void voidMarket(String id, String reason) {
    SettlementJob job =
        calls
            .call(
                () ->
                    bookAsOperator.voidMarket(
                        VoidMarketRequest.newBuilder()
                            .setMarketId(id)
                            .setReason(reason)
                            .setIdempotencyKey("void:" + id)
                            .build()))
            .getJob();
    voidedMarkets.add(id);
    awaitJob(job);
    count("voids", 1);
  }

  private static List<SelectionResult> results(String winner) {
    List<SelectionResult> out = new ArrayList<>();
    for (String r : RUNNERS) {
      out.add(
          SelectionResult.newBuilder()
              .setSelectionId(r)
              .setResult(
                  r.equals(winner)
                      ? SelectionResultType.SELECTION_RESULT_TYPE_WIN
                      : SelectionResultType.SELECTION_RESULT_TYPE_LOSE)
              .build());
    }
    return out;
  }

  private void awaitJob(SettlementJob job) {
    for (int i = 0; i < 600; i++) {
      SettlementJob now =
          calls
              .call(
                  () ->
                      bookAsOperator.getSettlementJob(
                          GetSettlementJobRequest.newBuilder()
                              .setSettlementJobId(job.getSettlementJobId())
                              .build()))
              .getJob();
      if (now.getDone()) {
        return;
      }
      platform.awaitQuiescence(Duration.ofSeconds(5));
      platform.clock().advance(Duration.ofSeconds(5));
    }
    note(
        "settlement job "
            + job.getSettlementJobId()
            + " of "
            + job.getMarketId()
            + " not done after 600 polls");
  }

  // ---------------------------------------------------------------- reporting

  /**
   * Moves the clock past the end of the run's day plus reporting's grace, asks reporting-service
   * for that day's report and waits for it.
   */
  private ReportTotals dailyReport(String[] problem) {
    Instant day = platform.clock().instant().truncatedTo(ChronoUnit.DAYS);
    Instant closed = day.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(16));
    if (platform.clock().instant().isBefore(closed)) {
      platform.clock().set(closed);
    }
    quiesce();
    ReportingServiceBlockingStub reporting =
        ReportingServiceGrpc.newBlockingStub(platform.channel()).withCallCredentials(operator);
    Report report;
    try {
      report =
          calls
              .call(
                  () ->
                      reporting.generateReport(
                          GenerateReportRequest.newBuilder()
                              .setPeriodType(ReportPeriodType.REPORT_PERIOD_TYPE_DAILY)
                              .setPeriodStartTime(
                                  Timestamp.newBuilder().setSeconds(day.getEpochSecond()))
                              .setCurrency(CURRENCY)
                              .setIdempotencyKey("simulation-report-" + config.seed())
                              .build()))
              .getReport();
      int runningAttempt = 0;
      long runningSince = System.nanoTime();
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (!finished(report) && System.nanoTime() < deadline) {
        platform.awaitQuiescence(Duration.ofSeconds(5));
        // An attempt RUNNING for REPORT_STALL of real time has lost its worker: let its 5-minute
        // lease run out on the clock. Not sooner: a live worker does not renew its lease in the
        // reference (it finishes well within one), so a jump would take its job away.
        if (report.getState() != ReportState.REPORT_STATE_RUNNING
            || report.getAttemptCount() != runningAttempt) {
          runningAttempt =
              report.getState() == ReportState.REPORT_STATE_RUNNING ? report.getAttemptCount() : 0;
          runningSince = System.nanoTime();
        }
        boolean stalled =
            runningAttempt > 0 && System.nanoTime() - runningSince > REPORT_STALL.toNanos();
        if (stalled) {
          platform.clock().advance(REPORT_LEASE);
          runningAttempt = 0;
        } else {
          platform.clock().advance(Duration.ofSeconds(1));
          pause(Duration.ofMillis(10));
        }
        String id = report.getReportId();
        report =
            calls
                .call(
                    () ->
                        reporting.getReport(GetReportRequest.newBuilder().setReportId(id).build()))
                .getReport();
      }
    } catch (StatusRuntimeException e) {
      problem[0] = "GenerateReport/GetReport failed: " + describe(e);
      return ReportTotals.getDefaultInstance();
    }
    if (report.getState() != ReportState.REPORT_STATE_SUCCEEDED) {
      problem[0] =
          "report "
              + report.getReportId()
              + " ended "
              + report.getState()
              + " "
              + report.getFailureReason()
              + " "
              + report.getFailureMessage();
      return ReportTotals.getDefaultInstance();
    }
    count("daily report attempts", report.getAttemptCount());
    return report.getData().getTotals();
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the report", e);
    }
  }

  private static boolean finished(Report r) {
    return r.getState() == ReportState.REPORT_STATE_SUCCEEDED
        || r.getState() == ReportState.REPORT_STATE_FAILED;
  }

  // ---------------------------------------------------------------- plumbing

  private void quiesce() {
    platform.awaitQuiescence(Duration.ofMinutes(3));
  }

  private Map<String, String> figures() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("seed", String.valueOf(config.seed()));
    f.put("faults", config.faults().name());
    new TreeMap<>(counters).forEach((k, v) -> f.put(k, String.valueOf(v.get())));
    f.put("faults injected", String.valueOf(platform.faultsInjected()));
    f.put("client retries", String.valueOf(calls.retries()));
    f.put("wallet events", eventLedger.figures());
    f.put("events audited", String.valueOf(eventAudit.deliveries()));
    phases.forEach((k, v) -> f.put("time: " + k, String.format("%.1f s", v / 1000.0)));
    for (int i = 0; i < notes.size() && i < 20; i++) {
      f.put("note " + (i + 1), notes.get(i));
    }
    if (notes.size() > 20) {
      f.put("notes not shown", String.valueOf(notes.size() - 20));
    }
    return f;
  }

  private final Map<String, Long> phases = new LinkedHashMap<>();

  private void phase(String name, Runnable step) {
    long start = System.nanoTime();
    step.run();
    phases.put(name, (System.nanoTime() - start) / 1_000_000);
  }

  private void count(String name, long n) {
    counters.computeIfAbsent(name, k -> new AtomicLong()).addAndGet(n);
  }

  private void note(String s) {
    notes.add(s);
  }

  private static String describe(StatusRuntimeException e) {
    return e.getStatus().getCode() + "/" + Calls.reason(e) + " " + e.getStatus().getDescription();
  }

  private static void parallel(int n, java.util.function.IntConsumer task) {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        futures.add(pool.submit(() -> task.accept(k)));
      }
      futures.forEach(Simulation::join);
    } finally {
      pool.shutdown();
    }
  }

  private static void join(Future<?> f) {
    try {
      f.get(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("a simulation task did not finish within 10 minutes", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
