package com.tam.protos.testkit.user;

import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.TckEvents;
import java.time.Instant;
import java.util.function.Function;

/** A platform server with one reference user-service, for the user tests. */
final class UserPlatform implements AutoCloseable {
  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final RecordingEventBus bus = new RecordingEventBus();
  final ReferenceUserService users;
  final PlatformServer server;

  UserPlatform(Function<ServiceContext, ReferenceUserService> factory) {
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    ServiceContext ctx =
        new ServiceContext(
            clock, bus, builder.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(1));
    users = factory.apply(ctx);
    server =
        builder.userService(users).intercept(ReferenceUserService.clientInfoInterceptor()).start();
  }

  /** The bus's record, one instance for the platform's life (the suites key their checks on it). */
  final TckEvents tap = bus::published;

  ReferenceTarget target() {
    return new ReferenceTarget(server.channel(), users, clock, tap);
  }

  @Override
  public void close() {
    server.close();
  }
}
