package com.tam.protos.testkit.reporting;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.reporting.v1.ReportData;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.time.Instant;
import java.util.UUID;

/**
 * A reference reporting service fed by hand through a recording bus, with the clock two days after
 * {@link #DAY}, the report day the tests read figures for.
 */
final class ReportingFixture implements AutoCloseable {
  /** Start of the report day (UTC). */
  static final Instant DAY = Instant.parse("2026-06-01T00:00:00Z");

  final MutableClock clock = MutableClock.startingAt(DAY.plusSeconds(86_400 * 2));
  final RecordingEventBus bus = new RecordingEventBus();
  final ReferenceReportingService reporting =
      new ReferenceReportingService(
          new ServiceContext(
              clock,
              bus,
              InProcessChannelBuilder.forName("unused").build(),
              BearerToken.of(DemoTokens.SERVICE_TOKEN),
              Ids.seeded(1)));

  /** An envelope with a new event id for an aggregate's version, occurring at {@code at}. */
  static EventMetadata meta(String aggregateId, long version, Instant at) {
    return EventMetadata.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurTime(Timestamp.newBuilder().setSeconds(at.getEpochSecond()))
        .setAggregateId(aggregateId)
        .setAggregateVersion(version)
        .build();
  }

  /** The figures of {@link #DAY} in {@code currency}. */
  ReportData figures(String currency) {
    synchronized (reporting) {
      return reporting.figures(currency, DAY, DAY.plusSeconds(86_400));
    }
  }

  @Override
  public void close() {
    reporting.close();
  }
}
