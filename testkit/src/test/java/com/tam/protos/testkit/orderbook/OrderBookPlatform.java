package com.tam.protos.testkit.orderbook;

import com.tam.protos.testkit.platform.PlatformServer;
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
import com.tam.protos.testkit.wallet.ReferenceWalletService;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import io.grpc.ServerInterceptor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reference order-book and the reference wallet on one {@link PlatformServer} with a recording
 * bus, as the order-book's tests and broken variants use it.
 */
final class OrderBookPlatform implements AutoCloseable {
  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final RecordingEventBus bus = new RecordingEventBus();
  private final TckEvents tap = bus::published;
  final ReferenceWalletService wallet;
  final ReferenceOrderBookService orderBook;
  final PlatformServer server;

  OrderBookPlatform(Set<ReferenceOrderBookService.Defect> defects) {
    this(defects, List.of());
  }

  /**
   * A platform whose calls (the order-book's calls to the wallet included) also pass the
   * interceptors, after authentication and validation (for example a {@code FaultInjector}).
   */
  OrderBookPlatform(
      Set<ReferenceOrderBookService.Defect> defects, List<ServerInterceptor> interceptors) {
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    interceptors.forEach(builder::intercept);
    ServiceContext ctx =
        new ServiceContext(
            clock, bus, builder.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(1));
    orderBook =
        new ReferenceOrderBookService(ctx, ReferenceOrderBookService.Config.defaults(), defects);
    wallet =
        new ReferenceWalletService(
            new ServiceContext(
                clock,
                bus,
                builder.channel(),
                BearerToken.of(DemoTokens.SERVICE_TOKEN),
                Ids.seeded(2)),
            ReferenceWalletService.Config.defaults());
    server = builder.addService(orderBook).addService(wallet).start();
  }

  TckTarget target() {
    return new TckTarget() {
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
      public Optional<TckClock> clock() {
        return Optional.of(clock::advance);
      }

      @Override
      public Optional<TckEvents> events() {
        return Optional.of(tap);
      }

      @Override
      public TckUser newUser() {
        String id = "tck-" + UUID.randomUUID();
        return new TckUser(id, BearerToken.of(DemoTokens.userToken(id)));
      }
    };
  }

  @Override
  public void close() {
    server.close();
  }
}
