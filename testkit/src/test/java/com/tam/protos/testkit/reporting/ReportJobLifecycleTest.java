package com.tam.protos.testkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.notification.v1.Notification;
import com.tam.protos.reporting.v1.GenerateReportRequest;
import com.tam.protos.reporting.v1.GetReportRequest;
import com.tam.protos.reporting.v1.Report;
import com.tam.protos.reporting.v1.ReportFailedEvent;
import com.tam.protos.reporting.v1.ReportGeneratedEvent;
import com.tam.protos.reporting.v1.ReportPeriodType;
import com.tam.protos.reporting.v1.ReportState;
import com.tam.protos.reporting.v1.ReportingErrorReason;
import com.tam.protos.reporting.v1.ReportingServiceGrpc;
import com.tam.protos.testkit.notification.ReferenceNotificationService;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserRegisteredEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The report job lifecycle of {@code ReportState}: the worker's lease, lost workers, the attempt
 * limit, and the terminal events (which reach notification-service as operator e-mails).
 */
class ReportJobLifecycleTest {
  private static final Instant DAY = Instant.parse("2026-06-01T00:00:00Z");
  private static final String OPERATOR = "ops-1";

  private final MutableClock clock = MutableClock.startingAt(DAY.plus(Duration.ofDays(2)));
  private final RecordingEventBus bus = new RecordingEventBus();
  private final PlatformServer.Builder builder = PlatformServer.newBuilder(clock);
  private final ServiceContext ctx =
      new ServiceContext(
          clock, bus, builder.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), Ids.seeded(3));
  private final ReferenceNotificationService notifications = new ReferenceNotificationService(ctx);
  private final ReferenceReportingService reporting = new ReferenceReportingService(ctx);
  private final PlatformServer server = builder.addService(reporting).start();
  private final ReportingServiceGrpc.ReportingServiceBlockingStub operator =
      ReportingServiceGrpc.newBlockingStub(server.channel())
          .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN));

  ReportJobLifecycleTest() {
    // notification-service learns its operators from user.registered
    bus.publish(
        UserRegisteredEvent.newBuilder()
            .setMetadata(
                EventMetadata.newBuilder()
                    .setEventId("registered-" + OPERATOR)
                    .setAggregateId(OPERATOR)
                    .setAggregateVersion(1))
            .setUser(
                User.newBuilder()
                    .setUserId(OPERATOR)
                    .setEmail("ops@example.com")
                    .setDisplayName("Ops")
                    .addRoles("operator"))
            .build());
  }

  @AfterEach
  void stop() {
    server.close();
    reporting.close();
  }

  private Report generate(String key) {
    return operator
        .generateReport(
            GenerateReportRequest.newBuilder()
                .setPeriodType(ReportPeriodType.REPORT_PERIOD_TYPE_DAILY)
                .setPeriodStartTime(Timestamp.newBuilder().setSeconds(DAY.getEpochSecond()))
                .setCurrency("EUR")
                .setIdempotencyKey(key)
                .build())
        .getReport();
  }

  private Report get(String reportId) {
    return operator
        .getReport(GetReportRequest.newBuilder().setReportId(reportId).build())
        .getReport();
  }

  /** Polls GetReport (the worker is a thread of its own) until {@code done} holds, up to 10 s. */
  private Report await(String reportId, Predicate<Report> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      Report r = get(reportId);
      if (done.test(r)) {
        return r;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("report " + reportId + " stayed " + r);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static Predicate<Report> running(int attempt) {
    return r -> r.getState() == ReportState.REPORT_STATE_RUNNING && r.getAttemptCount() == attempt;
  }

  private static Predicate<Report> in(ReportState state) {
    return r -> r.getState() == state;
  }

  private List<String> operatorTemplates() {
    return notifications.notifications(OPERATOR).stream()
        .map(Notification::getTemplateId)
        .filter(t -> t.startsWith("report."))
        .toList();
  }

  @Test
  void aSucceededJobPublishesReportGeneratedAndTheOperatorsAreTold() {
    Report queued = generate("ok-1");

    Report done = await(queued.getReportId(), in(ReportState.REPORT_STATE_SUCCEEDED));

    assertThat(done.getAttemptCount()).isEqualTo(1);
    assertThat(done.hasData()).isTrue();
    List<ReportGeneratedEvent> events = bus.published(ReportGeneratedEvent.getDefaultInstance());
    assertThat(events).hasSize(1);
    ReportGeneratedEvent e = events.get(0);
    assertThat(e.getReport()).isEqualTo(done);
    assertThat(e.getMetadata().getSubject()).isEqualTo("tam.reporting.v1.report.generated");
    assertThat(e.getMetadata().getProducer()).isEqualTo("reporting-service");
    assertThat(e.getMetadata().getAggregateId()).isEqualTo(done.getReportId());
    assertThat(e.getMetadata().getAggregateVersion())
        .as("QUEUED 1, RUNNING 2, SUCCEEDED 3")
        .isEqualTo(3);
    assertThat(bus.published(ReportFailedEvent.getDefaultInstance())).isEmpty();
    assertThat(operatorTemplates()).containsExactly("report.ready");
  }

  @Test
  void aLostWorkerKeepsTheJobRunningUntilItsLeaseExpiresThenAnotherAttemptRunsIt() {
    reporting.crashWorkerOnNextAttempts(1);
    Report queued = generate("lost-1");
    Report first = await(queued.getReportId(), running(1));

    clock.advance(ReferenceReportingService.LEASE.minusSeconds(1));
    assertThat(reporting.expireLeases()).isZero();
    assertThat(get(queued.getReportId())).isEqualTo(first);

    clock.advance(Duration.ofSeconds(1));
    Report done = await(queued.getReportId(), in(ReportState.REPORT_STATE_SUCCEEDED));

    assertThat(done.getAttemptCount()).isEqualTo(2);
    assertThat(done.getStartTime())
        .as("the second attempt's start")
        .isNotEqualTo(first.getStartTime());
    assertThat(bus.published(ReportGeneratedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(e -> assertThat(e.getReport()).isEqualTo(done));
  }

  @Test
  void whileALostAttemptHoldsItsLeaseThePeriodIsStillInProgress() {
    reporting.crashWorkerOnNextAttempts(1);
    Report queued = generate("busy-1");
    await(queued.getReportId(), running(1));

    StatusRuntimeException e =
        catchThrowableOfType(StatusRuntimeException.class, () -> generate("busy-2"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
    assertThat(
            RpcErrors.hasReason(
                e, ReportingErrorReason.REPORTING_ERROR_REASON_REPORT_ALREADY_IN_PROGRESS))
        .as(e.getStatus().toString())
        .isTrue();
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .containsEntry("reportId", queued.getReportId());
  }

  @Test
  void anUnreadableEventStoreFailsTheJobAtOnceWithSourceDataUnavailable() {
    reporting.failSourceReads(1);
    Report queued = generate("source-1");

    Report failed = await(queued.getReportId(), in(ReportState.REPORT_STATE_FAILED));

    assertThat(failed.getFailureReason())
        .isEqualTo(ReportingErrorReason.REPORTING_ERROR_REASON_SOURCE_DATA_UNAVAILABLE);
    assertThat(failed.getAttemptCount()).as("an error, not a lost worker: no retry").isEqualTo(1);
    assertThat(failed.getFailureMessage()).contains("could not read the event store");
    assertThat(failed.hasData()).isFalse();
    assertThat(failed.getCompleteTime()).isEqualTo(failed.getUpdateTime());
    assertThat(bus.published(ReportFailedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(e -> assertThat(e.getReport()).isEqualTo(failed));
    assertThat(operatorTemplates()).containsExactly("report.failed");
    Report again = generate("source-2");
    assertThat(await(again.getReportId(), in(ReportState.REPORT_STATE_SUCCEEDED)).getAttemptCount())
        .as("the next job of the period reads the store again")
        .isEqualTo(1);
  }

  @Test
  void threeLostAttemptsFailTheJobWithGenerationFailed() {
    reporting.crashWorkerOnNextAttempts(ReferenceReportingService.MAX_ATTEMPTS);
    Report queued = generate("fail-1");
    for (int attempt = 1; attempt <= ReferenceReportingService.MAX_ATTEMPTS; attempt++) {
      await(queued.getReportId(), running(attempt));
      clock.advance(ReferenceReportingService.LEASE);
      assertThat(reporting.expireLeases()).isEqualTo(1);
    }

    Report failed = get(queued.getReportId());

    assertThat(failed.getState()).isEqualTo(ReportState.REPORT_STATE_FAILED);
    assertThat(failed.getAttemptCount()).isEqualTo(3);
    assertThat(failed.getFailureReason())
        .isEqualTo(ReportingErrorReason.REPORTING_ERROR_REASON_GENERATION_FAILED);
    assertThat(failed.getFailureMessage()).contains("no attempt of 3 completed", "lease expired");
    assertThat(failed.hasData()).isFalse();
    assertThat(failed.getCompleteTime()).isEqualTo(failed.getUpdateTime());
    assertThat(bus.published(ReportFailedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getReport()).isEqualTo(failed);
              assertThat(e.getMetadata().getSubject()).isEqualTo("tam.reporting.v1.report.failed");
              assertThat(e.getMetadata().getAggregateVersion())
                  .as("QUEUED, then RUNNING and back three times, then FAILED")
                  .isEqualTo(7);
            });
    assertThat(bus.published(ReportGeneratedEvent.getDefaultInstance())).isEmpty();
    assertThat(operatorTemplates()).containsExactly("report.failed");
    Report again = generate("fail-2");
    assertThat(again.getReportId())
        .as("a FAILED job no longer blocks the period")
        .isNotEqualTo(failed.getReportId());
    assertThat(await(again.getReportId(), in(ReportState.REPORT_STATE_SUCCEEDED)).getState())
        .isEqualTo(ReportState.REPORT_STATE_SUCCEEDED);
  }

  @Test
  void anAttemptThatStalledPastItsLeaseDoesNotOverwriteTheJob() {
    AtomicBoolean stalled = new AtomicBoolean();
    reporting.beforeCompleting(
        () -> {
          if (stalled.compareAndSet(false, true)) {
            clock.advance(ReferenceReportingService.LEASE); // the worker hangs past its lease
            reporting.expireLeases(); // and is replaced meanwhile
          }
        });
    Report queued = generate("stall-1");

    Report done = await(queued.getReportId(), in(ReportState.REPORT_STATE_SUCCEEDED));

    assertThat(stalled).isTrue();
    assertThat(done.getAttemptCount())
        .as("the replacement's figures, not the stale ones")
        .isEqualTo(2);
    assertThat(bus.published(ReportGeneratedEvent.getDefaultInstance()))
        .singleElement()
        .satisfies(e -> assertThat(e.getReport().getAttemptCount()).isEqualTo(2));
  }

  @Test
  void anAttemptThatThrowsIsLostAtOnceAndTheNextOneRuns() {
    AtomicBoolean thrown = new AtomicBoolean();
    reporting.beforeCompleting(
        () -> {
          if (thrown.compareAndSet(false, true)) {
            throw new IllegalStateException("figures store unreachable");
          }
        });
    Report queued = generate("throw-1");

    Report done = await(queued.getReportId(), in(ReportState.REPORT_STATE_SUCCEEDED));

    assertThat(thrown).isTrue();
    assertThat(done.getAttemptCount()).as("retried without waiting for the lease").isEqualTo(2);
    assertThat(done.getStartTime())
        .as("on the same clock reading: no lease had to expire")
        .isEqualTo(done.getCreateTime());
  }

  @Test
  void faultsToInjectMustNotBeNegative() {
    assertThatThrownBy(() -> reporting.crashWorkerOnNextAttempts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempts must not be negative");
    assertThatThrownBy(() -> reporting.failSourceReads(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempts must not be negative");
  }
}
