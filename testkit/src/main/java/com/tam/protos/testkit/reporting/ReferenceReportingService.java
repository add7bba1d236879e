package com.tam.protos.testkit.reporting;

import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.events.EventType;
import com.tam.protos.money.Money;
import com.tam.protos.order.v1.Bet;
import com.tam.protos.order.v1.BetCancelledEvent;
import com.tam.protos.order.v1.BetConfirmedEvent;
import com.tam.protos.order.v1.BetPlacedEvent;
import com.tam.protos.order.v1.BetResettledEvent;
import com.tam.protos.order.v1.BetSettledEvent;
import com.tam.protos.order.v1.BetSettlement;
import com.tam.protos.order.v1.BetStakeReleasedEvent;
import com.tam.protos.order.v1.BetState;
import com.tam.protos.order.v1.CommissionChargedEvent;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillCreatedEvent;
import com.tam.protos.order.v1.FillVoidedEvent;
import com.tam.protos.order.v1.OrderCompensatedEvent;
import com.tam.protos.order.v1.OrderCompletedEvent;
import com.tam.protos.order.v1.OrderFailedEvent;
import com.tam.protos.order.v1.OrderResolvedEvent;
import com.tam.protos.order.v1.SelectionResultType;
import com.tam.protos.reporting.v1.DashboardSnapshot;
import com.tam.protos.reporting.v1.GenerateReportRequest;
import com.tam.protos.reporting.v1.GenerateReportResponse;
import com.tam.protos.reporting.v1.GetReportRequest;
import com.tam.protos.reporting.v1.GetReportResponse;
import com.tam.protos.reporting.v1.ListReportsRequest;
import com.tam.protos.reporting.v1.ListReportsResponse;
import com.tam.protos.reporting.v1.Report;
import com.tam.protos.reporting.v1.ReportData;
import com.tam.protos.reporting.v1.ReportFailedEvent;
import com.tam.protos.reporting.v1.ReportGeneratedEvent;
import com.tam.protos.reporting.v1.ReportPeriodType;
import com.tam.protos.reporting.v1.ReportState;
import com.tam.protos.reporting.v1.ReportTotals;
import com.tam.protos.reporting.v1.ReportingErrorReason;
import com.tam.protos.reporting.v1.ReportingServiceGrpc;
import com.tam.protos.reporting.v1.SportBreakdown;
import com.tam.protos.reporting.v1.StreamDashboardRequest;
import com.tam.protos.reporting.v1.StreamDashboardResponse;
import com.tam.protos.risk.v1.RiskAlertRaisedEvent;
import com.tam.protos.session.AuthenticatedSession;
import com.tam.protos.testkit.support.ConsumerOrdering;
import com.tam.protos.testkit.support.IdempotencyStore;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.wallet.v1.PaymentKind;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.PaymentUpdatedEvent;
import com.tam.protos.wallet.v1.ReservationCommittedEvent;
import com.tam.protos.wallet.v1.ReservationCreatedEvent;
import com.tam.protos.wallet.v1.ReservationReleasedEvent;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The reference reporting-service: {@code reporting.v1.ReportingService}, in memory. Every figure
 * is computed from the events it consumes (the {@code consumed_subjects} of its contract), each
 * applied by its kind's ordering rule ({@link ConsumerOrdering}: FACTs once, in sequence, held on a
 * gap; SNAPSHOTs latest wins); a fact belongs to the period of its {@code metadata.occur_time}.
 * Exchange maths as documented on {@code ReportTotals}: volume counts each fill once (its backer
 * stake), revenue is commission plus the payouts' rounding remainder.
 *
 * <p>Report jobs run on one worker thread, with the lifecycle of {@code ReportState}: an attempt
 * takes a QUEUED job to RUNNING under a {@link #LEASE} on the clock and stores the figures only
 * while it still holds that lease; a job whose lease expires goes back to QUEUED, and after {@link
 * #MAX_ATTEMPTS} lost attempts it ends FAILED (GENERATION_FAILED). A job that ends publishes {@code
 * tam.reporting.v1.report.generated} or {@code report.failed}. {@link
 * #crashWorkerOnNextAttempts(int)} injects worker crashes, {@link #failSourceReads(int)} an event
 * store that cannot be read (the job ends FAILED with SOURCE_DATA_UNAVAILABLE). Close the service
 * to stop the worker.
 */
public class ReferenceReportingService extends ReportingServiceGrpc.ReportingServiceImplBase
    implements AutoCloseable {
  /** The service's deployable name. */
  public static final String SERVICE_NAME = "reporting-service";

  private static final Logger LOG = Logger.getLogger(ReferenceReportingService.class.getName());

  /** Grace after a period's end for late events. */
  public static final Duration GRACE = Duration.ofMinutes(15);

  /**
   * How long a worker holds a RUNNING job without renewing its lease (the contract's 5 minutes).
   */
  public static final Duration LEASE = Duration.ofMinutes(5);

  /** Attempts a job gets before lost workers make it FAILED (GENERATION_FAILED). */
  public static final int MAX_ATTEMPTS = 3;

  static final String GENERATE = "reporting.v1.ReportingService/GenerateReport";

  /** Defects of the testkit's broken variants (NONE in the reference). */
  enum Defect {
    NONE,
    /** Counts both sides of a fill in matched volume. */
    DOUBLE_COUNT_FILLS,
    /** Subscribes to payment.updated but never counts a failed payment. */
    IGNORE_FAILED_PAYMENTS,
    /** Completes jobs without a {@code complete_time}. */
    UNTIMED_JOBS
  }

  /** One applied fact: its event and the instant it belongs to. */
  private record Fact(Instant time, Message event) {}

  /**
   * A report job: the report as the RPCs return it, plus what only the worker needs. Guarded by
   * {@code jobs}.
   */
  private static final class Job {
    final Instant start;
    final Instant end;
    Report report;

    /** The report's {@code aggregate_version}: 1 when QUEUED, one more at each state change. */
    long version = 1;

    /** Until when the running attempt's worker holds the job; null unless RUNNING. */
    Instant leaseUntil;

    Job(Report report, Instant start, Instant end) {
      this.report = report;
      this.start = start;
      this.end = end;
    }

    void update(UnaryOperator<Report.Builder> change) {
      report = change.apply(report.toBuilder()).build();
      version++;
    }
  }

  private final ServiceContext ctx;
  private final Defect defect;
  private final String domain = RpcErrors.domain("reporting");
  private final IdempotencyStore idempotency = new IdempotencyStore(domain);
  private final ConsumerOrdering ordering = new ConsumerOrdering(SERVICE_NAME);
  private final List<Fact> facts = new ArrayList<>();
  private final Map<String, String> sportOfMarket = new HashMap<>();
  private final Map<String, Bet> bets = new HashMap<>();
  private final Map<String, Fill> fills = new HashMap<>();
  private final Set<String> settledMarkets = new HashSet<>();
  private final Map<String, com.tam.protos.wallet.v1.Reservation> reservations = new HashMap<>();
  private final Map<String, String> failedOrders = new HashMap<>();
  private final Set<String> failedPayments = new HashSet<>();
  private Instant dataAsOf = Instant.EPOCH;
  private final EventRegistry registry = EventRegistry.load();

  /** Every report job, by report id; guarded by itself. */
  private final Map<String, Job> jobs = new HashMap<>();

  /** How many of the next attempts crash their worker ({@link #crashWorkerOnNextAttempts}). */
  private int crashesPending; // guarded by jobs

  /** How many of the next attempts cannot read the event store ({@link #failSourceReads}). */
  private int sourceFailuresPending; // guarded by jobs

  private volatile Runnable beforeCompleting = () -> {};
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "reporting-worker");
            t.setDaemon(true);
            return t;
          });

  /**
   * Creates the service and subscribes it to its consumed subjects.
   *
   * @param ctx clock, bus and ids
   */
  public ReferenceReportingService(ServiceContext ctx) {
    this(ctx, Defect.NONE);
  }

  ReferenceReportingService(ServiceContext ctx, Defect defect) {
    this.ctx = ctx;
    this.defect = defect;
    consume(BetPlacedEvent.getDefaultInstance(), e -> bet(e.getBet()));
    consume(BetConfirmedEvent.getDefaultInstance(), e -> bet(e.getBet()));
    consume(BetCancelledEvent.getDefaultInstance(), e -> bet(e.getBet()));
    consume(BetStakeReleasedEvent.getDefaultInstance(), e -> bet(e.getBet()));
    consume(
        BetSettledEvent.getDefaultInstance(),
        e -> {
          bet(e.getBet());
          settledMarkets.add(e.getBet().getMarketId());
        });
    consume(BetResettledEvent.getDefaultInstance(), e -> bet(e.getBet()));
    consume(CommissionChargedEvent.getDefaultInstance(), e -> {});
    consume(
        FillCreatedEvent.getDefaultInstance(),
        e -> fills.put(e.getFill().getFillId(), e.getFill()));
    consume(
        FillVoidedEvent.getDefaultInstance(), e -> fills.put(e.getFill().getFillId(), e.getFill()));
    consume(OrderCompletedEvent.getDefaultInstance(), e -> {});
    consume(OrderCompensatedEvent.getDefaultInstance(), e -> {});
    consume(
        OrderFailedEvent.getDefaultInstance(),
        e -> failedOrders.put(e.getOrder().getOrderId(), e.getOrder().getCurrency()));
    consume(
        OrderResolvedEvent.getDefaultInstance(),
        e -> failedOrders.remove(e.getOrder().getOrderId()));
    consume(RiskAlertRaisedEvent.getDefaultInstance(), e -> {});
    consume(UserRegisteredEvent.getDefaultInstance(), e -> {});
    consume(TransactionRecordedEvent.getDefaultInstance(), e -> {});
    consume(WalletOpenedEvent.getDefaultInstance(), e -> {});
    consume(PaymentUpdatedEvent.getDefaultInstance(), e -> {});
    consume(ReservationCreatedEvent.getDefaultInstance(), e -> reservation(e.getReservation()));
    consume(ReservationCommittedEvent.getDefaultInstance(), e -> reservation(e.getReservation()));
    consume(ReservationReleasedEvent.getDefaultInstance(), e -> reservation(e.getReservation()));
    worker.scheduleWithFixedDelay(this::sweepLeases, 1, 1, TimeUnit.SECONDS);
  }

  /** {@link #expireLeases()} on the worker's schedule; a failure must not end the schedule. */
  private void sweepLeases() {
    try {
      expireLeases();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "reporting-service: lease sweep failed", e);
    }
  }

  private <T extends Message> void consume(T prototype, Consumer<T> state) {
    ctx.events()
        .subscribe(
            SERVICE_NAME,
            prototype,
            event ->
                ordering.deliver(
                    event,
                    e -> {
                      synchronized (this) {
                        state.accept(e);
                        if (e instanceof PaymentUpdatedEvent p && !firstFailure(p)) {
                          return; // a later snapshot of a payment already counted as FAILED
                        }
                        Timestamp t = Envelopes.metadata(e).getOccurTime();
                        Instant at = Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
                        facts.add(new Fact(at, e));
                        dataAsOf = ctx.clock().instant();
                      }
                    }));
  }

  /**
   * Whether this payment snapshot is the first FAILED one of its payment (a FAILED payment counts
   * once, in the period its failure occurred); non-FAILED snapshots are kept as facts too.
   */
  private boolean firstFailure(PaymentUpdatedEvent e) {
    if (e.getPayment().getState() != PaymentState.PAYMENT_STATE_FAILED) {
      return true;
    }
    return failedPayments.add(e.getPayment().getPaymentId());
  }

  private void bet(Bet bet) {
    bets.put(bet.getBetId(), bet);
    if (!bet.getSport().isEmpty()) {
      sportOfMarket.put(bet.getMarketId(), bet.getSport());
    }
  }

  private void reservation(com.tam.protos.wallet.v1.Reservation r) {
    reservations.put(r.getReservationId(), r);
  }

  /** Stops the report worker. */
  @Override
  public void close() {
    worker.shutdownNow();
  }

  // ------------------------------------------------------------------------------------ RPCs

  @Override
  public void generateReport(
      GenerateReportRequest request, StreamObserver<GenerateReportResponse> out) {
    respond(
        out,
        () -> {
          AuthenticatedSession caller = authorize();
          expireLeases();
          return idempotency.execute(
              GENERATE,
              caller.userId(),
              request.getIdempotencyKey(),
              request,
              () -> GenerateReportResponse.newBuilder().setReport(enqueue(request)).build());
        });
  }

  private Report enqueue(GenerateReportRequest request) {
    String currency = request.getCurrency();
    if (!Money.currencyCodes().contains(currency)) {
      throw RpcErrors.error(
              Status.Code.INVALID_ARGUMENT,
              ReportingErrorReason.REPORTING_ERROR_REASON_UNSUPPORTED_CURRENCY,
              domain)
          .message(currency + " is not traded on the platform")
          .putMetadata("currency", currency)
          .asException();
    }
    Instant start = instant(request.getPeriodStartTime());
    Instant end = periodEnd(request.getPeriodType(), start);
    Instant close = end.plus(GRACE);
    Instant now = ctx.clock().instant();
    if (now.isBefore(close)) {
      throw RpcErrors.error(
              Status.Code.FAILED_PRECONDITION,
              ReportingErrorReason.REPORTING_ERROR_REASON_PERIOD_NOT_CLOSED,
              domain)
          .message("the period can be reported from " + close)
          .putMetadata("closeTime", close.toString())
          .asException();
    }
    synchronized (jobs) {
      for (Job j : jobs.values()) {
        Report r = j.report;
        if ((r.getState() == ReportState.REPORT_STATE_QUEUED
                || r.getState() == ReportState.REPORT_STATE_RUNNING)
            && r.getPeriodType() == request.getPeriodType()
            && r.getPeriodStartTime().equals(request.getPeriodStartTime())
            && r.getCurrency().equals(currency)) {
          throw RpcErrors.error(
                  Status.Code.ALREADY_EXISTS,
                  ReportingErrorReason.REPORTING_ERROR_REASON_REPORT_ALREADY_IN_PROGRESS,
                  domain)
              .message("a report of this period and currency is being generated")
              .putMetadata("reportId", r.getReportId())
              .asException();
        }
      }
      Report queued =
          Report.newBuilder()
              .setReportId(ctx.ids().uuid())
              .setPeriodType(request.getPeriodType())
              .setPeriodStartTime(request.getPeriodStartTime())
              .setPeriodEndTime(timestamp(end))
              .setCurrency(currency)
              .setState(ReportState.REPORT_STATE_QUEUED)
              .setCreateTime(timestamp(now))
              .setUpdateTime(timestamp(now))
              .build();
      jobs.put(queued.getReportId(), new Job(queued, start, end));
      dispatch(queued.getReportId());
      return queued;
    }
  }

  // ------------------------------------------------------------------------------ report jobs

  /**
   * Makes the next {@code attempts} job attempts crash their worker: each moves its job to RUNNING
   * and then stops without finishing or renewing its lease, as a worker process that died does. The
   * job comes back when the lease expires on the clock ({@link #expireLeases()}). Fault injection
   * for tests of the job lifecycle.
   *
   * @param attempts how many attempts crash, from the next one on
   */
  public void crashWorkerOnNextAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    synchronized (jobs) {
      crashesPending = attempts;
    }
  }

  /**
   * Makes the next {@code attempts} job attempts fail to read the event store completely, as when
   * the store's database does not answer: each such attempt ends its job FAILED at once with
   * SOURCE_DATA_UNAVAILABLE (an error, not a lost worker, so no attempt is retried: the contract's
   * {@code RUNNING --error--> FAILED}) and publishes {@code report.failed}. Fault injection for
   * tests of the job lifecycle.
   *
   * @param attempts how many attempts fail, from the next one on
   */
  public void failSourceReads(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    synchronized (jobs) {
      sourceFailuresPending = attempts;
    }
  }

  /**
   * Runs {@code hook} on the worker after it computed a report's figures and before it stores them.
   */
  void beforeCompleting(Runnable hook) {
    beforeCompleting = hook;
  }

  /**
   * Takes every RUNNING job whose worker's lease has run out on the clock as lost: with attempts
   * left (fewer than {@link #MAX_ATTEMPTS}) it goes back to QUEUED and is dispatched again;
   * otherwise it ends FAILED with GENERATION_FAILED and a {@code ReportFailedEvent} is published.
   * Runs at the start of every call and once a second on the worker.
   *
   * @return how many leases had expired
   */
  public int expireLeases() {
    Instant now = ctx.clock().instant();
    int expired = 0;
    synchronized (jobs) {
      for (Job j : List.copyOf(jobs.values())) {
        if (j.report.getState() == ReportState.REPORT_STATE_RUNNING
            && !now.isBefore(j.leaseUntil)) {
          lose(
              j,
              now,
              "attempt "
                  + j.report.getAttemptCount()
                  + " lost its worker (the "
                  + LEASE.toMinutes()
                  + "-minute lease expired)");
          expired++;
        }
      }
    }
    return expired;
  }

  /**
   * One attempt of a job on the worker. It takes the job (QUEUED to RUNNING, a new lease), computes
   * the figures, and stores them only while it still holds its lease: an attempt whose lease
   * expired has been replaced (or failed) and must not overwrite the job. The reference computes a
   * report in one step, well within a lease, so it never needs to renew one.
   */
  private void attempt(String reportId) {
    Job job;
    int attempt;
    String currency;
    synchronized (jobs) {
      job = jobs.get(reportId);
      if (job == null || job.report.getState() != ReportState.REPORT_STATE_QUEUED) {
        return; // dispatched twice, or no longer waiting
      }
      Instant now = ctx.clock().instant();
      attempt = job.report.getAttemptCount() + 1;
      currency = job.report.getCurrency();
      job.leaseUntil = now.plus(LEASE);
      job.update(
          b ->
              b.setState(ReportState.REPORT_STATE_RUNNING)
                  .setAttemptCount(attempt)
                  .setStartTime(timestamp(now))
                  .setUpdateTime(timestamp(now)));
      if (crashesPending > 0) {
        crashesPending--;
        return; // the worker dies holding the lease
      }
      if (sourceFailuresPending > 0) {
        sourceFailuresPending--;
        fail(
            job,
            now,
            ReportingErrorReason.REPORTING_ERROR_REASON_SOURCE_DATA_UNAVAILABLE,
            "attempt "
                + attempt
                + " could not read the event store completely; no figures were computed."
                + " Generate the period again.");
        return;
      }
    }
    ReportData data;
    try {
      synchronized (this) {
        data = figures(currency, job.start, job.end);
      }
      beforeCompleting.run();
    } catch (RuntimeException e) {
      synchronized (jobs) {
        Instant now = ctx.clock().instant();
        if (holdsLease(job, attempt, now)) {
          lose(job, now, "attempt " + attempt + " failed: " + e);
        }
      }
      return;
    }
    synchronized (jobs) {
      Instant now = ctx.clock().instant();
      if (!holdsLease(job, attempt, now)) {
        return; // lost its lease while computing: expireLeases() re-queued or failed the job
      }
      job.leaseUntil = null;
      job.update(
          b -> {
            b.setState(ReportState.REPORT_STATE_SUCCEEDED).setData(data);
            return defect == Defect.UNTIMED_JOBS
                ? b
                : b.setCompleteTime(timestamp(now)).setUpdateTime(timestamp(now));
          });
      publishEnd(job, now);
    }
  }

  /** Hands a QUEUED job to the worker; once the service is closed, the job stays QUEUED. */
  private void dispatch(String reportId) {
    try {
      worker.execute(() -> attempt(reportId));
    } catch (RejectedExecutionException e) {
      LOG.fine(() -> "reporting-service closed: report " + reportId + " stays QUEUED");
    }
  }

  private static boolean holdsLease(Job job, int attempt, Instant now) {
    return job.report.getState() == ReportState.REPORT_STATE_RUNNING
        && job.report.getAttemptCount() == attempt
        && now.isBefore(job.leaseUntil);
  }

  /** A lost attempt: back to QUEUED while attempts are left, else FAILED. Called with jobs held. */
  private void lose(Job job, Instant now, String why) {
    job.leaseUntil = null;
    if (job.report.getAttemptCount() < MAX_ATTEMPTS) {
      job.update(b -> b.setState(ReportState.REPORT_STATE_QUEUED).setUpdateTime(timestamp(now)));
      dispatch(job.report.getReportId());
      return;
    }
    fail(
        job,
        now,
        ReportingErrorReason.REPORTING_ERROR_REASON_GENERATION_FAILED,
        "no attempt of "
            + MAX_ATTEMPTS
            + " completed; the last: "
            + why
            + ". Generate the period again.");
  }

  /** Ends a job FAILED and publishes {@code report.failed}. Called with jobs held. */
  private void fail(Job job, Instant now, ReportingErrorReason reason, String message) {
    job.leaseUntil = null;
    job.update(
        b ->
            b.setState(ReportState.REPORT_STATE_FAILED)
                .setFailureReason(reason)
                .setFailureMessage(message)
                .setCompleteTime(timestamp(now))
                .setUpdateTime(timestamp(now)));
    publishEnd(job, now);
  }

  /**
   * Publishes {@code report.generated} (SUCCEEDED) or {@code report.failed} (FAILED) for a job that
   * has just ended, checked by {@link Envelopes#prepare}. Called with jobs held.
   */
  private void publishEnd(Job job, Instant now) {
    boolean succeeded = job.report.getState() == ReportState.REPORT_STATE_SUCCEEDED;
    EventType type =
        registry.of(
            succeeded
                ? ReportGeneratedEvent.getDefaultInstance()
                : ReportFailedEvent.getDefaultInstance());
    EventMetadata meta =
        EventMetadata.newBuilder()
            .setEventId(ctx.ids().uuid())
            .setOccurTime(timestamp(now))
            .setProducer(type.producer())
            .setSubject(type.subject())
            .setAggregateId(job.report.getReportId())
            .setAggregateVersion(job.version)
            .build();
    Message event =
        succeeded
            ? ReportGeneratedEvent.newBuilder().setMetadata(meta).setReport(job.report).build()
            : ReportFailedEvent.newBuilder().setMetadata(meta).setReport(job.report).build();
    ctx.events().publish(Envelopes.prepare(type, event, now));
  }

  @Override
  public void getReport(GetReportRequest request, StreamObserver<GetReportResponse> out) {
    respond(
        out,
        () -> {
          authorize();
          expireLeases();
          Report r;
          synchronized (jobs) {
            Job j = jobs.get(request.getReportId());
            r = j == null ? null : j.report;
          }
          if (r == null) {
            throw RpcErrors.error(
                    Status.Code.NOT_FOUND,
                    ReportingErrorReason.REPORTING_ERROR_REASON_REPORT_NOT_FOUND,
                    domain)
                .message("no report " + request.getReportId())
                .asException();
          }
          return GetReportResponse.newBuilder().setReport(r).build();
        });
  }

  @Override
  public void listReports(ListReportsRequest request, StreamObserver<ListReportsResponse> out) {
    respond(
        out,
        () -> {
          authorize();
          expireLeases();
          ListReportsRequest filters = request.toBuilder().clearPageSize().clearPageToken().build();
          String filterHash = Integer.toHexString(java.util.Arrays.hashCode(filters.toByteArray()));
          int offset = 0;
          if (!request.getPageToken().isEmpty()) {
            try {
              String[] parts =
                  new String(
                          Base64.getUrlDecoder().decode(request.getPageToken()),
                          StandardCharsets.UTF_8)
                      .split(":");
              if (parts.length != 2 || !parts[1].equals(filterHash)) {
                throw new IllegalArgumentException("filters changed");
              }
              offset = Integer.parseInt(parts[0]);
            } catch (IllegalArgumentException e) {
              throw RpcErrors.error(
                      Status.Code.INVALID_ARGUMENT,
                      ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN,
                      domain)
                  .message("page_token is not one this service issued for these filters")
                  .asException();
            }
          }
          int size = request.getPageSize() == 0 ? 20 : request.getPageSize();
          Predicate<Report> keep =
              r ->
                  (request.getPeriodTypesCount() == 0
                          || request.getPeriodTypesList().contains(r.getPeriodType()))
                      && (request.getStatesCount() == 0
                          || request.getStatesList().contains(r.getState()))
                      && (request.getCurrency().isEmpty()
                          || request.getCurrency().equals(r.getCurrency()))
                      && (!request.hasStartTime()
                          || !instant(r.getPeriodStartTime())
                              .isBefore(instant(request.getStartTime())))
                      && (!request.hasEndTime()
                          || instant(r.getPeriodStartTime())
                              .isBefore(instant(request.getEndTime())));
          List<Report> snapshot;
          synchronized (jobs) {
            snapshot = jobs.values().stream().map(j -> j.report).toList();
          }
          List<Report> all =
              snapshot.stream()
                  .filter(keep)
                  .sorted(
                      Comparator.comparing((Report r) -> instant(r.getCreateTime()))
                          .reversed()
                          .thenComparing(Report::getReportId))
                  .toList();
          ListReportsResponse.Builder page = ListReportsResponse.newBuilder();
          for (int i = offset; i < Math.min(all.size(), offset + size); i++) {
            page.addReports(all.get(i).toBuilder().clearData());
          }
          if (offset + size < all.size()) {
            page.setNextPageToken(
                Base64.getUrlEncoder()
                    .encodeToString(
                        ((offset + size) + ":" + filterHash).getBytes(StandardCharsets.UTF_8)));
          }
          return page.build();
        });
  }

  @Override
  public void streamDashboard(
      StreamDashboardRequest request, StreamObserver<StreamDashboardResponse> out) {
    try {
      authorize();
      if (!Money.currencyCodes().contains(request.getCurrency())) {
        throw RpcErrors.error(
                Status.Code.INVALID_ARGUMENT,
                ReportingErrorReason.REPORTING_ERROR_REASON_UNSUPPORTED_CURRENCY,
                domain)
            .message(request.getCurrency() + " is not traded on the platform")
            .putMetadata("currency", request.getCurrency())
            .asException();
      }
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    }
    ServerCallStreamObserver<StreamDashboardResponse> call =
        (ServerCallStreamObserver<StreamDashboardResponse>) out;
    long intervalMillis =
        request.hasUpdateInterval()
            ? request.getUpdateInterval().getSeconds() * 1000
                + request.getUpdateInterval().getNanos() / 1_000_000
            : 5000;
    long[] sequence = {0};
    Instant opened = ctx.clock().instant();
    Runnable tick =
        () -> {
          synchronized (sequence) {
            sequence[0]++;
            if (call.isCancelled()) {
              return;
            }
            if (!call.isReady() && sequence[0] > 1) {
              return; // conflation: a newer snapshot replaces the one flow control held back
            }
            DashboardSnapshot snapshot;
            synchronized (this) {
              snapshot = dashboard(request.getCurrency(), sequence[0]);
            }
            call.onNext(StreamDashboardResponse.newBuilder().setSnapshot(snapshot).build());
          }
        };
    tick.run();
    ScheduledFuture<?> timer =
        worker.scheduleAtFixedRate(
            () -> {
              if (Duration.between(opened, ctx.clock().instant()).compareTo(Duration.ofHours(1))
                  >= 0) {
                synchronized (sequence) {
                  call.onCompleted();
                }
                throw new IllegalStateException("stream ended"); // cancels the schedule
              }
              tick.run();
            },
            intervalMillis,
            intervalMillis,
            TimeUnit.MILLISECONDS);
    call.setOnCancelHandler(() -> timer.cancel(false));
  }

  // --------------------------------------------------------------------------------- figures

  /** The figures of one currency over [start, end). Called with the service's lock held. */
  ReportData figures(String currency, Instant start, Instant end) {
    int scale = Money.scale(currency);
    Totals total = new Totals();
    Map<String, Totals> sports = new TreeMap<>();
    for (Fact f : facts) {
      if (f.time().isBefore(start) || !f.time().isBefore(end)) {
        continue;
      }
      apply(f.event(), currency, total, sports);
    }
    ReportTotals totals = total.toProto(currency, scale);
    List<SportBreakdown> breakdown = new ArrayList<>();
    sports.forEach(
        (sport, t) ->
            breakdown.add(
                SportBreakdown.newBuilder()
                    .setSport(sport)
                    .setMatchedVolumeAmount(Money.formatSigned(t.matched, currency))
                    .setCommissionRevenue(Money.formatSigned(t.commission, currency))
                    .setGgr(Money.formatSigned(t.commission.add(t.rounding), currency))
                    .setPlacedStake(Money.format(t.placed, currency))
                    .setPlacedBetCount(t.placedCount)
                    .setSettledBetCount(t.settledCount)
                    .setActiveUserCount(t.activeUsers.size())
                    .build()));
    breakdown.sort(
        Comparator.comparing((SportBreakdown b) -> new BigDecimal(b.getMatchedVolumeAmount()))
            .reversed()
            .thenComparing(SportBreakdown::getSport));
    return ReportData.newBuilder()
        .setTotals(totals)
        .addAllSports(breakdown)
        .setDataAsOfTime(timestamp(dataAsOf))
        .build();
  }

  /** Running sums of one report or one sport. */
  private static final class Totals {
    BigDecimal matched = BigDecimal.ZERO;
    long fillCount;
    BigDecimal commission = BigDecimal.ZERO;
    BigDecimal rounding = BigDecimal.ZERO;
    BigDecimal settledVolume = BigDecimal.ZERO;
    BigDecimal payouts = BigDecimal.ZERO;
    BigDecimal placed = BigDecimal.ZERO;
    BigDecimal released = BigDecimal.ZERO;
    BigDecimal deposits = BigDecimal.ZERO;
    BigDecimal withdrawals = BigDecimal.ZERO;
    BigDecimal reversals = BigDecimal.ZERO;
    BigDecimal chargebacks = BigDecimal.ZERO;
    BigDecimal commissionBooked = BigDecimal.ZERO;
    long newWallets;
    long failedDeposits;
    long failedWithdrawals;
    long placedCount;
    long settledCount;
    long won;
    long lost;
    long refunded;
    long resettled;
    long cancelled;
    long compensated;
    long failed;
    long newUsers;
    long alerts;
    final Set<String> commissionUsers = new HashSet<>();
    final Set<String> activeUsers = new HashSet<>();

    ReportTotals toProto(String currency, int scale) {
      BigDecimal ggr = commission.add(rounding);
      int margin =
          settledVolume.signum() == 0
              ? 0
              : ggr.multiply(BigDecimal.valueOf(10_000))
                  .divide(settledVolume, 0, RoundingMode.HALF_EVEN)
                  .intValueExact();
      BigDecimal average =
          placedCount == 0
              ? BigDecimal.ZERO
              : placed.divide(BigDecimal.valueOf(placedCount), scale, RoundingMode.HALF_EVEN);
      return ReportTotals.newBuilder()
          .setMatchedVolumeAmount(Money.formatSigned(matched, currency))
          .setFillCount(fillCount)
          .setCommissionRevenue(Money.formatSigned(commission, currency))
          .setRoundingRetainedAmount(Money.formatSigned(rounding, currency))
          .setGgr(Money.formatSigned(ggr, currency))
          .setSettledVolumeAmount(Money.format(settledVolume, currency))
          .setMarginBps(margin)
          .setPayouts(Money.format(payouts, currency))
          .setPlacedStake(Money.format(placed, currency))
          .setAverageStake(Money.format(average, currency))
          .setReleasedStake(Money.format(released, currency))
          .setDeposits(Money.format(deposits, currency))
          .setWithdrawals(Money.format(withdrawals, currency))
          .setPlacedBetCount(placedCount)
          .setSettledBetCount(settledCount)
          .setWonBetCount(won)
          .setLostBetCount(lost)
          .setRefundedBetCount(refunded)
          .setResettledBetCount(resettled)
          .setCancelledBetCount(cancelled)
          .setCompensatedOrderCount(compensated)
          .setFailedOrderCount(failed)
          .setCommissionUserCount(commissionUsers.size())
          .setActiveUserCount(activeUsers.size())
          .setNewUserCount(newUsers)
          .setRiskAlertCount(alerts)
          .setNewWalletCount(newWallets)
          .setWithdrawalReversalAmount(Money.format(reversals, currency))
          .setChargebackAmount(Money.format(chargebacks, currency))
          .setCommissionBookedAmount(Money.format(commissionBooked, currency))
          .setFailedDepositCount(failedDeposits)
          .setFailedWithdrawalCount(failedWithdrawals)
          .build();
    }
  }

  private String sport(String marketId) {
    return sportOfMarket.getOrDefault(marketId, "unknown");
  }

  private void apply(Message event, String currency, Totals t, Map<String, Totals> sports) {
    if (event instanceof FillCreatedEvent e && e.getFill().getCurrency().equals(currency)) {
      BigDecimal stake = new BigDecimal(e.getFill().getStake());
      if (defect == Defect.DOUBLE_COUNT_FILLS) {
        stake = stake.add(stake); // broken: one per side
      }
      Totals s = sports.computeIfAbsent(sport(e.getFill().getMarketId()), k -> new Totals());
      for (Totals x : List.of(t, s)) {
        x.matched = x.matched.add(stake);
        x.fillCount++;
      }
    } else if (event instanceof FillVoidedEvent e && e.getFill().getCurrency().equals(currency)) {
      BigDecimal stake = new BigDecimal(e.getFill().getStake());
      Totals s = sports.computeIfAbsent(sport(e.getFill().getMarketId()), k -> new Totals());
      for (Totals x : List.of(t, s)) {
        x.matched = x.matched.subtract(stake);
      }
    } else if (event instanceof BetConfirmedEvent e && e.getBet().getCurrency().equals(currency)) {
      Bet b = e.getBet();
      Totals s = sports.computeIfAbsent(sportOf(b), k -> new Totals());
      for (Totals x : List.of(t, s)) {
        x.placed = x.placed.add(new BigDecimal(b.getStake()));
        x.placedCount++;
        x.activeUsers.add(b.getUserId());
      }
    } else if (event instanceof BetSettledEvent e
        && e.getSettlement().getCurrency().equals(currency)) {
      BetSettlement st = e.getSettlement();
      Totals s = sports.computeIfAbsent(sportOf(e.getBet()), k -> new Totals());
      for (Totals x : List.of(t, s)) {
        x.payouts = x.payouts.add(new BigDecimal(st.getPayout()));
        x.rounding =
            x.rounding.add(
                new BigDecimal(st.getLiability()).subtract(new BigDecimal(st.getPayout())));
        if (st.getSide() == BetSide.BET_SIDE_BACK) {
          x.settledVolume = x.settledVolume.add(new BigDecimal(st.getStakeMatched()));
        }
        x.settledCount++;
        SelectionResultType r = st.getResult();
        if (r == SelectionResultType.SELECTION_RESULT_TYPE_PUSH
            || r == SelectionResultType.SELECTION_RESULT_TYPE_VOID) {
          x.refunded++;
        } else if ((r == SelectionResultType.SELECTION_RESULT_TYPE_WIN)
            == (st.getSide() == BetSide.BET_SIDE_BACK)) {
          x.won++;
        } else {
          x.lost++;
        }
      }
    } else if (event instanceof BetResettledEvent e
        && e.getSettlement().getCurrency().equals(currency)) {
      Totals s = sports.computeIfAbsent(sportOf(e.getBet()), k -> new Totals());
      String adjustment = e.getSettlement().getPayoutAdjustment();
      for (Totals x : List.of(t, s)) {
        if (!adjustment.isEmpty()) {
          x.rounding = x.rounding.subtract(new BigDecimal(adjustment));
        }
        x.resettled++;
      }
    } else if (event instanceof CommissionChargedEvent e
        && e.getCharge().getCurrency().equals(currency)) {
      BigDecimal booked =
          e.getCharge().getBookedAmount().isEmpty()
              ? BigDecimal.ZERO
              : new BigDecimal(e.getCharge().getBookedAmount());
      Totals s = sports.computeIfAbsent(sport(e.getCharge().getMarketId()), k -> new Totals());
      for (Totals x : List.of(t, s)) {
        x.commission = x.commission.add(booked);
      }
      if (booked.signum() != 0) {
        t.commissionUsers.add(e.getCharge().getUserId());
      }
    } else if (event instanceof BetStakeReleasedEvent e && e.getCurrency().equals(currency)) {
      t.released = t.released.add(new BigDecimal(e.getStakeReleased()));
    } else if (event instanceof BetCancelledEvent e && e.getBet().getCurrency().equals(currency)) {
      t.cancelled++;
    } else if (event instanceof OrderCompensatedEvent e
        && e.getOrder().getCurrency().equals(currency)) {
      t.compensated++;
    } else if (event instanceof OrderFailedEvent e && e.getOrder().getCurrency().equals(currency)) {
      t.failed++;
    } else if (event instanceof TransactionRecordedEvent e
        && e.getTransaction().getCurrency().equals(currency)) {
      BigDecimal amount = new BigDecimal(e.getTransaction().getAmount());
      switch (e.getTransaction().getType()) {
        case TRANSACTION_TYPE_DEPOSIT -> t.deposits = t.deposits.add(amount);
        case TRANSACTION_TYPE_WITHDRAWAL -> t.withdrawals = t.withdrawals.add(amount);
        case TRANSACTION_TYPE_REVERSAL -> t.reversals = t.reversals.add(amount);
        case TRANSACTION_TYPE_CHARGEBACK -> t.chargebacks = t.chargebacks.add(amount);
        case TRANSACTION_TYPE_COMMISSION -> t.commissionBooked = t.commissionBooked.add(amount);
        default -> {}
      }
    } else if (event instanceof WalletOpenedEvent e && e.getCurrency().equals(currency)) {
      t.newWallets++;
    } else if (event instanceof PaymentUpdatedEvent e
        && e.getPayment().getCurrency().equals(currency)
        && e.getPayment().getState() == PaymentState.PAYMENT_STATE_FAILED
        && defect != Defect.IGNORE_FAILED_PAYMENTS) {
      if (e.getPayment().getKind() == PaymentKind.PAYMENT_KIND_DEPOSIT) {
        t.failedDeposits++;
      } else if (e.getPayment().getKind() == PaymentKind.PAYMENT_KIND_WITHDRAWAL) {
        t.failedWithdrawals++;
      }
    } else if (event instanceof UserRegisteredEvent) {
      t.newUsers++;
    } else if (event instanceof RiskAlertRaisedEvent) {
      t.alerts++;
    }
  }

  private String sportOf(Bet bet) {
    return bet.getSport().isEmpty() ? sport(bet.getMarketId()) : bet.getSport();
  }

  /** The live figures. Called with the service's lock held. */
  DashboardSnapshot dashboard(String currency, long sequence) {
    Instant now = ctx.clock().instant();
    Instant hourAgo = now.minus(Duration.ofHours(1));
    Totals hour = new Totals();
    Map<String, Totals> ignored = new HashMap<>();
    long perMinute = 0;
    Set<String> activeNow = new HashSet<>();
    long compensatedHour = 0;
    for (Fact f : facts) {
      if (f.time().isBefore(now.minus(Duration.ofMinutes(15)))) {
        // outside every window but the hour's
      } else if (f.event() instanceof BetConfirmedEvent e
          && e.getBet().getCurrency().equals(currency)) {
        activeNow.add(e.getBet().getUserId());
      } else if (f.event() instanceof TransactionRecordedEvent e
          && e.getTransaction().getCurrency().equals(currency)) {
        activeNow.add(e.getTransaction().getUserId());
      }
      if (f.time().isBefore(hourAgo) || f.time().isAfter(now)) {
        continue;
      }
      apply(f.event(), currency, hour, ignored);
      if (f.event() instanceof BetConfirmedEvent e
          && e.getBet().getCurrency().equals(currency)
          && !f.time().isBefore(now.minus(Duration.ofMinutes(1)))) {
        perMinute++;
      }
      if (f.event() instanceof OrderCompensatedEvent e
          && e.getOrder().getCurrency().equals(currency)) {
        compensatedHour++;
      }
    }
    long open = 0;
    BigDecimal held = BigDecimal.ZERO;
    BigDecimal unmatched = BigDecimal.ZERO;
    for (Bet b : bets.values()) {
      if (!b.getCurrency().equals(currency)) {
        continue;
      }
      boolean live =
          b.getState() == BetState.BET_STATE_EXECUTABLE
              || b.getState() == BetState.BET_STATE_EXECUTION_COMPLETE;
      if (live
          && !(b.getState() == BetState.BET_STATE_EXECUTION_COMPLETE
              && new BigDecimal(b.getStakeMatched().isEmpty() ? "0" : b.getStakeMatched()).signum()
                  == 0)) {
        open++;
      }
      if (b.getState() != BetState.BET_STATE_SETTLED
          && b.getState() != BetState.BET_STATE_VOIDED
          && !b.getLiabilityHeld().isEmpty()) {
        held = held.add(new BigDecimal(b.getLiabilityHeld()));
      }
      if (b.getState() == BetState.BET_STATE_EXECUTABLE && !b.getStakeRemaining().isEmpty()) {
        unmatched = unmatched.add(new BigDecimal(b.getStakeRemaining()));
      }
    }
    BigDecimal exposure = BigDecimal.ZERO;
    for (Fill f : fills.values()) {
      if (f.getCurrency().equals(currency)
          && f.getState() == com.tam.protos.order.v1.FillState.FILL_STATE_MATCHED
          && !settledMarkets.contains(f.getMarketId())) {
        exposure =
            exposure.add(new BigDecimal(f.getStake()).multiply(new BigDecimal(f.getPrice())));
      }
    }
    BigDecimal reserved =
        reservations.values().stream()
            .filter(r -> r.getCurrency().equals(currency))
            .filter(r -> r.getState() == ReservationState.RESERVATION_STATE_PENDING)
            .map(r -> new BigDecimal(r.getAmount()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    long unresolved = failedOrders.values().stream().filter(currency::equals).count();
    return DashboardSnapshot.newBuilder()
        .setSequence(sequence)
        .setSnapshotTime(timestamp(now))
        .setCurrency(currency)
        .setBetsPerMinute(perMinute)
        .setPlacedBetCountLastHour(hour.placedCount)
        .setPlacedStakeLastHour(Money.format(hour.placed, currency))
        .setMatchedVolumeAmountLastHour(Money.formatSigned(hour.matched, currency))
        .setCommissionRevenueLastHour(Money.formatSigned(hour.commission, currency))
        .setGgrLastHour(Money.formatSigned(hour.commission.add(hour.rounding), currency))
        .setActiveUsersNow(activeNow.size())
        .setOpenBetCount(open)
        .setOpenMatchedExposureAmount(Money.format(Money.round(exposure, currency), currency))
        .setReservedAmount(Money.format(reserved, currency))
        .setCompensatedOrderCountLastHour(compensatedHour)
        .setNewUserCountLastHour(hour.newUsers)
        .setRiskAlertCountLastHour(hour.alerts)
        .setDataAsOfTime(timestamp(dataAsOf))
        .setHeldLiability(Money.format(held, currency))
        .setUnmatchedStake(Money.format(unmatched, currency))
        .setUnresolvedFailedOrderCount(unresolved)
        .build();
  }

  // ---------------------------------------------------------------------------------- helpers

  static Instant periodEnd(ReportPeriodType type, Instant start) {
    ZonedDateTime s = start.atZone(ZoneOffset.UTC);
    return switch (type) {
      case REPORT_PERIOD_TYPE_DAILY -> s.plusDays(1).toInstant();
      case REPORT_PERIOD_TYPE_WEEKLY -> s.plusWeeks(1).toInstant();
      case REPORT_PERIOD_TYPE_MONTHLY -> s.plusMonths(1).toInstant();
      default -> throw new IllegalArgumentException("period type " + type);
    };
  }

  private AuthenticatedSession authorize() {
    AuthenticatedSession caller = AuthenticatedSession.current();
    if (!caller.hasRole("operator") && !caller.hasRole("admin") && !caller.hasRole("service")) {
      throw RpcErrors.error(
              Status.Code.PERMISSION_DENIED, ErrorReason.ERROR_REASON_PERMISSION_DENIED, domain)
          .message("reports are for back-office operators and platform services")
          .asException();
    }
    return caller;
  }

  private static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private static Timestamp timestamp(Instant i) {
    return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
  }

  private static <R> void respond(StreamObserver<R> out, java.util.function.Supplier<R> body) {
    R response;
    try {
      response = body.get();
    } catch (StatusRuntimeException e) {
      out.onError(e);
      return;
    } catch (RuntimeException e) {
      out.onError(Status.INTERNAL.withDescription(e.toString()).asRuntimeException());
      return;
    }
    out.onNext(response);
    out.onCompleted();
  }
}
