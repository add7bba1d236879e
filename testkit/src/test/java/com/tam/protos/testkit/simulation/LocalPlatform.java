package com.tam.protos.testkit.simulation;

import com.tam.protos.testkit.notification.ReferenceNotificationService;
import com.tam.protos.testkit.orderbook.ReferenceOrderBookService;
import com.tam.protos.testkit.platform.FaultInjector;
import com.tam.protos.testkit.platform.FaultPlan;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.reporting.ReferenceReportingService;
import com.tam.protos.testkit.risk.ReferenceRiskService;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.InMemoryEventBus;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.user.ReferenceUserService;
import com.tam.protos.testkit.validator.OrderValidatorConfig;
import com.tam.protos.testkit.validator.ReferenceOrderValidatorService;
import com.tam.protos.testkit.wallet.ReferenceWalletService;
import com.tam.protos.testkit.wallet.SimulationWalletVariants;
import io.grpc.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The reference services assembled on one {@link PlatformServer} for the simulation's own tests:
 * user, wallet, risk, order-book, order-validator (in-process Temporal), notification and
 * reporting, the in-memory bus and the fault injector. Quiescence drives the services' pending work
 * (expiry, bookings) until the bus is drained and no saga runs.
 */
final class LocalPlatform implements SimulatedPlatform {

  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final InMemoryEventBus bus = new InMemoryEventBus(FaultPlan.none());
  final FaultInjector injector = new FaultInjector(FaultPlan.none());
  final FaultPlan plan;
  final ReferenceUserService users;
  final ReferenceWalletService wallet;
  final ReferenceRiskService risk;
  final ReferenceOrderBookService book;
  final ReferenceOrderValidatorService validator;
  final ReferenceNotificationService notifications;
  final ReferenceReportingService reporting;
  final PlatformServer server;

  /**
   * How a test breaks the assembly on purpose.
   *
   * @param orderBook builds the order-book (the reference one by default)
   * @param walletDefects wallet defects to switch on
   * @param events wraps the event bus the services publish on
   */
  record Variant(
      Function<ServiceContext, ReferenceOrderBookService> orderBook,
      String[] walletDefects,
      UnaryOperator<EventBus> events) {
    static final Variant NONE = new Variant(ReferenceOrderBookService::new, new String[0], b -> b);
  }

  LocalPlatform(long seed, FaultProfile faults) {
    this(seed, faults, Variant.NONE);
  }

  LocalPlatform(long seed, FaultProfile faults, Variant variant) {
    PlatformServer.Builder sb = PlatformServer.newBuilder(clock).intercept(injector);
    ServiceContext ctx =
        new ServiceContext(
            clock,
            variant.events().apply(bus),
            sb.channel(),
            BearerToken.of(DemoTokens.SERVICE_TOKEN),
            Ids.seeded(seed));
    users = new ReferenceUserService(ctx);
    wallet =
        new ReferenceWalletService(ctx, ReferenceWalletService.Config.defaults().withRisk(true));
    risk = new ReferenceRiskService(ctx);
    book = variant.orderBook().apply(ctx);
    validator = new ReferenceOrderValidatorService(ctx, OrderValidatorConfig.defaults());
    SimulationWalletVariants.enable(wallet, variant.walletDefects());
    notifications = new ReferenceNotificationService(ctx);
    reporting = new ReferenceReportingService(ctx);
    sb.userService(users)
        .addService(notifications)
        .addService(reporting)
        .addService(wallet)
        .addService(risk)
        .addService(book)
        .addService(validator);
    server = sb.start();
    plan = ReferenceSimulatedPlatform.plan(seed, faults);
    injector.plan(plan);
    bus.faults(plan);
  }

  static SimulatedPlatform.Factory factory() {
    return LocalPlatform::new;
  }

  static SimulatedPlatform.Factory factory(Variant variant) {
    return (seed, faults) -> new LocalPlatform(seed, faults, variant);
  }

  @Override
  public Channel channel() {
    return server.channel();
  }

  @Override
  public MutableClock clock() {
    return clock;
  }

  @Override
  public EventBus events() {
    return bus;
  }

  @Override
  public void awaitQuiescence(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      do {
        wallet.expireDue();
        int pending = book.runPendingWork();
        boolean quiet = bus.awaitQuiescence(Duration.ofSeconds(1));
        boolean sagas = validator.awaitSagas(Duration.ofMillis(200));
        if (quiet && sagas && pending == 0 && bus.pending() == 0) {
          return;
        }
      } while (System.nanoTime() < deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Map<String, Long> faultsInjected() {
    Map<String, Long> out = new TreeMap<>();
    for (FaultPlan.Kind k : FaultPlan.Kind.values()) {
      out.put(k.name(), plan.injected(k));
    }
    return out;
  }

  @Override
  public void close() {
    server.close();
    validator.close();
    reporting.close();
    bus.close();
  }
}
