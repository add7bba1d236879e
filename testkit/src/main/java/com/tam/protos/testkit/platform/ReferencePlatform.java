package com.tam.protos.testkit.platform;

import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.EventBus;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.InMemoryEventBus;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.ServiceContext;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The whole reference platform in one process: the seven reference services on one {@link
 * PlatformServer}, sharing one {@link ServiceContext} (clock, event bus, a channel to the server,
 * the service token, seeded ids), with a {@link FaultInjector} next to every handler and the event
 * faults of the same {@link FaultPlan} in the bus. The services call each other over gRPC through
 * the server, as in production.
 *
 * <pre>{@code
 * try (ReferencePlatform p = ReferencePlatform.builder().seed(7).demoData(true).start()) {
 *   var wallet = WalletServiceGrpc.newBlockingStub(p.channel())
 *       .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
 *   ...
 *   p.awaitQuiescence(Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * <p>Demo data ({@link #DEMO_USERS}, {@link #DEMO_MARKET_ID}) is seeded through the services' own
 * RPCs and seeding methods before the fault plan is switched on, so seeding never meets a fault.
 */
public final class ReferencePlatform implements AutoCloseable {
  /** The default start of the platform's clock. */
  public static final Instant DEFAULT_START = Instant.parse("2026-06-01T12:00:00Z");

  /** The demo users' ids (e-mail {@code <id>@example.com}, password {@value #DEMO_PASSWORD}). */
  public static final List<String> DEMO_USERS = List.of("alice", "bob");

  /** The demo users' password. */
  public static final String DEMO_PASSWORD = "sandbox";

  /** The demo wallets' currency. */
  public static final String DEMO_CURRENCY = "EUR";

  /** The demo wallets' opening balance. */
  public static final String DEMO_BALANCE = "1000.00";

  /** The id of the demo market (football, match odds, open). */
  public static final String DEMO_MARKET_ID = "demo-football-match-odds";

  /** The demo market's runners: home, draw, away. */
  public static final List<String> DEMO_RUNNERS = List.of("home", "draw", "away");

  private final MutableClock clock;
  private final EventBus events;
  private final FaultInjector injector;
  private final PlatformServer server;
  private volatile FaultPlan faults;
  private final Assembly assembly;
  private final List<AutoCloseable> resources;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  private ReferencePlatform(
      MutableClock clock,
      EventBus events,
      FaultInjector injector,
      PlatformServer server,
      FaultPlan faults,
      Assembly assembly,
      List<AutoCloseable> resources) {
    this.clock = clock;
    this.events = events;
    this.injector = injector;
    this.server = server;
    this.faults = faults;
    this.assembly = assembly;
    this.resources = resources;
  }

  /**
   * Starts a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A plaintext channel to the platform, without credentials (attach a {@link BearerToken}).
   *
   * @return the channel
   */
  public ManagedChannel channel() {
    return server.channel();
  }

  /**
   * The TCP port, or -1 in-process.
   *
   * @return the port
   */
  public int port() {
    return server.port();
  }

  /**
   * The platform's clock; advance it to expire holds and sessions.
   *
   * @return the clock
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * The event bus the services publish to and consume from.
   *
   * @return the bus
   */
  public EventBus events() {
    return events;
  }

  /**
   * The fault plan in force (after start; seeding runs without faults).
   *
   * @return the plan
   */
  public FaultPlan faults() {
    return faults;
  }

  /**
   * Replaces the fault plan (RPC and event faults) while the platform runs.
   *
   * @param plan the new plan
   */
  public void faults(FaultPlan plan) {
    this.faults = java.util.Objects.requireNonNull(plan);
    injector.plan(plan);
    if (events instanceof InMemoryEventBus memory) {
      memory.faults(plan);
    }
  }

  /**
   * The server (health, port).
   *
   * @return the server
   */
  public PlatformServer server() {
    return server;
  }

  /**
   * The reference user-service (also the server's session validator).
   *
   * @return the service, for its inspection methods
   */
  public com.tam.protos.testkit.user.ReferenceUserService users() {
    return assembly.users;
  }

  /**
   * The reference wallet-service.
   *
   * @return the service, for its inspection methods (ledger, balances, reservations)
   */
  public com.tam.protos.testkit.wallet.ReferenceWalletService wallet() {
    return assembly.wallet;
  }

  /**
   * The reference risk-analyzer.
   *
   * @return the service
   */
  public com.tam.protos.testkit.risk.ReferenceRiskService risk() {
    return assembly.risk;
  }

  /**
   * The reference order-book.
   *
   * @return the service, for its inspection methods (bets, fills, markets)
   */
  public com.tam.protos.testkit.orderbook.ReferenceOrderBookService orderBook() {
    return assembly.orderBook;
  }

  /**
   * The reference order-validator (the bet saga on Temporal).
   *
   * @return the service, for its inspection methods (orders, activity timings)
   */
  public com.tam.protos.testkit.validator.ReferenceOrderValidatorService orderValidator() {
    return assembly.orderValidator;
  }

  /**
   * The reference notification-service.
   *
   * @return the service
   */
  public com.tam.protos.testkit.notification.ReferenceNotificationService notifications() {
    return assembly.notifications;
  }

  /**
   * The reference reporting-service (figures computed from the events).
   *
   * @return the service
   */
  public com.tam.protos.testkit.reporting.ReferenceReportingService reporting() {
    return assembly.reporting;
  }

  /**
   * Runs the services' time-driven jobs once: the wallet's expiry of due holds, the order-book's
   * retries of pending wallet bookings, due in-play delays and its reconciler. Each service also
   * runs them at the start of its calls; the sandbox runs this every second.
   */
  public void housekeeping() {
    assembly.housekeeping();
  }

  /**
   * Waits until the platform is quiet: every event handled by every consumer, no saga running, no
   * wallet booking of the order-book pending.
   *
   * @param timeout how long to wait at most
   * @return true when quiet, false when the timeout passed first
   * @throws InterruptedException if interrupted
   */
  public boolean awaitQuiescence(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      boolean quiet =
          events.awaitQuiescence(left)
              && assembly.awaitSagas(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
              && assembly.housekeeping() == 0
              && events.awaitQuiescence(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
              && assembly.awaitSagas(Duration.ZERO);
      if (quiet) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      Thread.sleep(10);
    }
  }

  /**
   * Stops the server, then the bus and any other resource (Temporal), in that order. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.close();
    // The saga's worker before the bus it publishes to: the reverse order of creation.
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        // Closing the rest matters more.
      }
    }
  }

  /** The platform's settings. */
  public static final class Builder {
    private MutableClock clock;
    private long seed = 1;
    private FaultPlan faults = FaultPlan.none();
    private String host;
    private int port = -1;
    private String temporalAddress;
    private String natsUrl;
    private boolean demoData;

    private Builder() {}

    /**
     * The clock (default: a {@link MutableClock} at {@link #DEFAULT_START}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(MutableClock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * The seed of the ids and of every random choice the services make.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The faults to inject (default {@link FaultPlan#none()}).
     *
     * @param faults the plan
     * @return this builder
     */
    public Builder faults(FaultPlan faults) {
      this.faults = Objects.requireNonNull(faults);
      return this;
    }

    /**
     * Serves on TCP instead of in-process; port 0 picks a free port.
     *
     * @param host the address to bind, for example {@code 127.0.0.1}
     * @param port the port
     * @return this builder
     */
    public Builder tcp(String host, int port) {
      this.host = Objects.requireNonNull(host);
      this.port = port;
      return this;
    }

    /**
     * A real Temporal frontend ({@code host:port}) for the bet saga; null (default) runs it on the
     * in-process Temporal test service.
     *
     * @param address the frontend address
     * @return this builder
     */
    public Builder temporalAddress(String address) {
      this.temporalAddress = address;
      return this;
    }

    /**
     * A NATS server for the events ({@code nats://host:port}); null (default) uses the in-memory
     * bus.
     *
     * @param url the server URL
     * @return this builder
     */
    public Builder natsUrl(String url) {
      this.natsUrl = url;
      return this;
    }

    /**
     * Whether to seed the demo data: users {@code alice} and {@code bob} with 1000.00 EUR each, one
     * open football match-odds market with three runners.
     *
     * @param demoData true to seed
     * @return this builder
     */
    public Builder demoData(boolean demoData) {
      this.demoData = demoData;
      return this;
    }

    /**
     * Starts the platform.
     *
     * @return the running platform
     */
    public ReferencePlatform start() {
      MutableClock c = clock != null ? clock : MutableClock.startingAt(DEFAULT_START);
      List<AutoCloseable> resources = new ArrayList<>();
      EventBus bus;
      if (natsUrl != null) {
        // Only this branch touches jnats (an optional dependency).
        com.tam.protos.testkit.support.NatsEventBus nats =
            com.tam.protos.testkit.support.NatsEventBus.connect(natsUrl, c);
        bus = nats;
        resources.add(nats);
      } else {
        InMemoryEventBus memory = new InMemoryEventBus(FaultPlan.none());
        bus = memory;
        resources.add(memory);
      }
      FaultInjector injector = new FaultInjector(FaultPlan.none());
      PlatformServer.Builder sb = PlatformServer.newBuilder(c).intercept(injector);
      if (host != null) {
        sb.tcp(host, port);
      }
      ServiceContext ctx =
          new ServiceContext(
              c, bus, sb.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(seed));
      Assembly assembly = new Assembly(sb, ctx, temporalAddress, resources);
      PlatformServer server = sb.start();
      ReferencePlatform platform =
          new ReferencePlatform(c, bus, injector, server, faults, assembly, resources);
      try {
        if (demoData) {
          assembly.seedUsers();
          if (!platform.awaitQuiescence(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the platform did not settle after seeding the users");
          }
          assembly.seedMoneyAndMarket(server.channel());
        }
        if (!platform.awaitQuiescence(Duration.ofSeconds(60))) {
          throw new IllegalStateException("the platform did not settle after start");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        platform.close();
        throw new IllegalStateException("interrupted while starting the platform", e);
      } catch (RuntimeException e) {
        platform.close();
        throw e;
      }
      platform.faults(faults);
      return platform;
    }
  }
}
