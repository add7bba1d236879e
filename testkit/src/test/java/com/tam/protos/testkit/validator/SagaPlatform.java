package com.tam.protos.testkit.validator;

import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.tck.TckTarget;
import com.tam.protos.testkit.tck.TckUser;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform for the order-validator's own tests: the reference order-validator with the in-test
 * fakes of wallet, risk and order-book on one PlatformServer.
 */
final class SagaPlatform implements TckTarget, AutoCloseable {
  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final RecordingEventBus bus = new RecordingEventBus();
  final FakeNeighbours fakes = new FakeNeighbours();
  final ReferenceOrderValidatorService validator;
  final PlatformServer server;
  private final AtomicInteger users = new AtomicInteger();

  SagaPlatform() {
    this(ReferenceOrderValidatorService.Defect.NONE);
  }

  SagaPlatform(ReferenceOrderValidatorService.Defect defect) {
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    ServiceContext ctx =
        new ServiceContext(
            clock, bus, builder.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(1));
    validator =
        new ReferenceOrderValidatorService(
            ctx,
            OrderValidatorConfig.defaults()
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)),
            defect);
    server =
        builder
            .addService(validator)
            .addService(fakes.wallet)
            .addService(fakes.risk)
            .addService(fakes.book)
            .start();
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
    String id = "saga-user-" + users.incrementAndGet();
    return new TckUser(id, BearerToken.of(DemoTokens.userToken(id)));
  }

  @Override
  public void close() {
    server.close();
    validator.close();
  }
}
