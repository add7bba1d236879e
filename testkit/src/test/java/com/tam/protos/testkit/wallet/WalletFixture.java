package com.tam.protos.testkit.wallet;

import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.risk.ReferenceRiskService;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.TckClock;
import com.tam.protos.testkit.tck.TckEvents;
import com.tam.protos.testkit.tck.TckTarget;
import com.tam.protos.testkit.tck.TckUser;
import io.grpc.BindableService;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** A reference wallet on its own PlatformServer with a recording bus, and a TCK target for it. */
final class WalletFixture implements AutoCloseable, TckTarget {
  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final RecordingEventBus bus = new RecordingEventBus();
  private final TckEvents tap = bus::published;
  final ReferenceWalletService wallet;
  final PlatformServer server;

  WalletFixture() {
    this(w -> {}, false);
  }

  WalletFixture(Consumer<ReferenceWalletService> setup, boolean tcp) {
    this(setup, tcp, ReferenceWalletService.Config.defaults());
  }

  /**
   * A wallet with {@code config}, served next to {@code neighbours} (for example a fake
   * risk-analyzer) on the same platform server.
   */
  WalletFixture(
      Consumer<ReferenceWalletService> setup,
      boolean tcp,
      ReferenceWalletService.Config config,
      BindableService... neighbours) {
    this(setup, tcp, config, (builder, clock, bus) -> List.of(neighbours));
  }

  /**
   * A wallet with {@code config}, served next to the services that {@code neighbours} builds from
   * the platform server's builder, the clock and the bus (for services that need the platform).
   */
  private WalletFixture(
      Consumer<ReferenceWalletService> setup,
      boolean tcp,
      ReferenceWalletService.Config config,
      Neighbours neighbours) {
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    for (BindableService neighbour : neighbours.build(builder, clock, bus)) {
      builder.addService(neighbour);
    }
    ServiceContext ctx =
        new ServiceContext(
            clock, bus, builder.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(1));
    wallet = new ReferenceWalletService(ctx, config);
    setup.accept(wallet);
    builder.addService(wallet);
    if (tcp) {
      builder.tcp("127.0.0.1", 0);
    }
    server = builder.start();
  }

  /**
   * A reference wallet that calls a reference risk-analyzer ({@code Config.withRisk(true)}) served
   * on the same platform server, as the wallet conformance suite needs for the rules of
   * StartDeposit and StartWithdrawal that come from risk-analyzer's answers (deposit limits,
   * self-exclusion, a BLOCKED tier); the suite sets the user's risk state up through {@code
   * risk.v1.RiskService} on the target's channel.
   *
   * <p>The risk-analyzer shares the clock, the channel and the bus, so it also reacts to the
   * wallet's events as on the platform: a chargeback blocks the user and has the wallet frozen,
   * which the suite's chargeback case accepts.
   *
   * @return the fixture
   */
  static WalletFixture withRiskAnalyzer() {
    return new WalletFixture(
        w -> {},
        false,
        ReferenceWalletService.Config.defaults().withRisk(true),
        (builder, clock, bus) ->
            List.of(
                new ReferenceRiskService(
                    new ServiceContext(
                        clock,
                        bus,
                        builder.channel(),
                        BearerToken.of(DemoTokens.SERVICE_TOKEN),
                        Ids.seeded(7)))));
  }

  @Override
  public Channel channel() {
    return server.channel();
  }

  @Override
  public CallCredentials serviceCredentials() {
    return BearerToken.of(DemoTokens.SERVICE_TOKEN);
  }

  @Override
  public CallCredentials operatorCredentials() {
    return BearerToken.of(DemoTokens.OPERATOR_TOKEN);
  }

  @Override
  public TckUser newUser() {
    String id = "tck-" + UUID.randomUUID();
    return new TckUser(id, BearerToken.of(DemoTokens.userToken(id)));
  }

  @Override
  public Optional<TckClock> clock() {
    return Optional.of(clock::advance);
  }

  @Override
  public Optional<TckEvents> events() {
    return Optional.of(tap);
  }

  private boolean closed;

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      server.close();
    }
  }

  /** Builds the services served next to the wallet. */
  @FunctionalInterface
  private interface Neighbours {
    List<BindableService> build(
        PlatformServer.Builder builder, MutableClock clock, RecordingEventBus bus);
  }
}
