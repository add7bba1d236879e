package com.tam.protos.testkit.validator;

import com.tam.protos.testkit.orderbook.ReferenceOrderBookService;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.reporting.ReferenceReportingService;
import com.tam.protos.testkit.reporting.ReportingAccess;
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
import com.tam.protos.testkit.wallet.ReferenceWalletService;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform for the order-validator's own tests: the reference order-validator with the in-test
 * fakes of wallet, risk and order-book on one PlatformServer.
 */
final class SagaPlatform implements TckTarget, AutoCloseable {
  final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  final RecordingEventBus bus = new RecordingEventBus();
  private final TckEvents tap = bus::published;
  final FakeNeighbours fakes = new FakeNeighbours();
  final ReferenceOrderValidatorService validator;
  final ReferenceReportingService reporting;
  final PlatformServer server;
  private final AtomicInteger users = new AtomicInteger();

  /** The order-validator on the in-test fakes (fault injection). */
  SagaPlatform() {
    this(ReferenceOrderValidatorService.Defect.NONE, false);
  }

  /**
   * The order-validator with a defect.
   *
   * @param defect the defect
   * @param references true: on the reference wallet, risk and order-book; false: on the fakes
   */
  SagaPlatform(ReferenceOrderValidatorService.Defect defect, boolean references) {
    this(defect, references, null);
  }

  /**
   * The platform with a broken reporting-service (its defect switch, by name).
   *
   * @param defect the order-validator's defect
   * @param references true: on the reference wallet, risk and order-book
   * @param reportingDefect the reporting defect's name, or null
   */
  SagaPlatform(
      ReferenceOrderValidatorService.Defect defect, boolean references, String reportingDefect) {
    PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
    ServiceContext ctx =
        new ServiceContext(
            clock, bus, builder.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(1));
    validator =
        new ReferenceOrderValidatorService(
            ctx,
            OrderValidatorConfig.defaults()
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
                .withAssessAttemptTimeout(Duration.ofSeconds(10)),
            defect);
    reporting = ReportingAccess.create(ctx, reportingDefect);
    builder.addService(validator).addService(reporting);
    if (references) {
      builder
          .addService(new ReferenceWalletService(ctx))
          .addService(new ReferenceRiskService(ctx))
          .addService(new ReferenceOrderBookService(ctx));
    } else {
      builder.addService(fakes.wallet).addService(fakes.risk).addService(fakes.book);
    }
    server = builder.start();
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
  public Optional<TckClock> clock() {
    return Optional.of(clock::advance);
  }

  @Override
  public Optional<TckEvents> events() {
    return Optional.of(tap);
  }

  @Override
  public void close() {
    server.close();
    validator.close();
    reporting.close();
  }
}
