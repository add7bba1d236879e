package com.tam.protos.testkit.tck;

import static com.tam.protos.testkit.tck.TckAssertions.assertReason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.protobuf.Timestamp;
import com.tam.protos.common.v1.BetSide;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.order.v1.Fixture;
import com.tam.protos.order.v1.GetOrderRequest;
import com.tam.protos.order.v1.OpenMarketRequest;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.OrderBookServiceGrpc;
import com.tam.protos.order.v1.OrderState;
import com.tam.protos.order.v1.OrderValidatorServiceGrpc;
import com.tam.protos.order.v1.PersistenceType;
import com.tam.protos.order.v1.PlaceOrderRequest;
import com.tam.protos.order.v1.Runner;
import com.tam.protos.order.v1.RunnerStatus;
import com.tam.protos.reporting.v1.GenerateReportRequest;
import com.tam.protos.reporting.v1.GetReportRequest;
import com.tam.protos.reporting.v1.ListReportsRequest;
import com.tam.protos.reporting.v1.Report;
import com.tam.protos.reporting.v1.ReportPeriodType;
import com.tam.protos.reporting.v1.ReportState;
import com.tam.protos.reporting.v1.ReportingErrorReason;
import com.tam.protos.reporting.v1.ReportingServiceGrpc;
import com.tam.protos.reporting.v1.SportBreakdown;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.FailDepositRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.Payment;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code reporting.v1.ReportingService} (rule ids {@code [reporting.…]}). The
 * figures test needs a whole platform (reporting learns everything from events, so the suite makes
 * them happen: it matches two orders through order-validator and order-book) and the target's clock
 * ({@link TckTarget#clock()}), to close the period; it isolates its figures with a sport name of
 * its own. Report jobs are asynchronous: the suite polls GetReport (every 20 ms, up to 60 s).
 */
public class ReportingServiceTck extends ServiceTck {

  private ReportingServiceGrpc.ReportingServiceBlockingStub reporting(CallCredentials c) {
    return ReportingServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(c)
        .withDeadlineAfter(30, TimeUnit.SECONDS);
  }

  private static Timestamp midnight(LocalDate day) {
    return Timestamp.newBuilder()
        .setSeconds(day.atStartOfDay(ZoneOffset.UTC).toInstant().getEpochSecond())
        .build();
  }

  private static GenerateReportRequest daily(LocalDate day, String currency, String key) {
    return GenerateReportRequest.newBuilder()
        .setPeriodType(ReportPeriodType.REPORT_PERIOD_TYPE_DAILY)
        .setPeriodStartTime(midnight(day))
        .setCurrency(currency)
        .setIdempotencyKey(key)
        .build();
  }

  private static int compare(Timestamp a, Timestamp b) {
    int c = Long.compare(a.getSeconds(), b.getSeconds());
    return c != 0 ? c : Integer.compare(a.getNanos(), b.getNanos());
  }

  private static String reason(StatusRuntimeException e) {
    return e == null
        ? "(no error)"
        : RpcErrors.errorInfo(e).map(com.google.rpc.ErrorInfo::getReason).orElse("");
  }

  private Report succeeded(String reportId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Report r =
          reporting(target().operatorCredentials())
              .getReport(GetReportRequest.newBuilder().setReportId(reportId).build())
              .getReport();
      if (r.getState() == ReportState.REPORT_STATE_SUCCEEDED
          || r.getState() == ReportState.REPORT_STATE_FAILED) {
        return r;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "[reporting.job.completes] report " + reportId + " still " + r.getState());
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Moves the target's clock to 16 minutes after the end of the UTC day of {@code t} (past the
   * daily report's close) and returns that day.
   */
  private LocalDate closeDayOf(Timestamp t) {
    Instant at = Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
    Instant close =
        day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofMinutes(16));
    target().clock().orElseThrow().advance(Duration.between(at, close));
    return day;
  }

  @Test
  @DisplayName("only operators and platform services may use reporting")
  void bettorsAreDenied() {
    TckUser user = target().newUser();
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                reporting(user.credentials())
                    .generateReport(daily(LocalDate.of(2020, 1, 6), "EUR", "tck-denied")));
    assertThat(e == null ? null : e.getStatus().getCode())
        .as("[reporting.access.operators-only] a bettor's GenerateReport")
        .isEqualTo(Status.Code.PERMISSION_DENIED);
  }

  @Test
  @DisplayName("an unknown report is NOT_FOUND / REPORT_NOT_FOUND")
  void unknownReport() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                reporting(target().operatorCredentials())
                    .getReport(
                        GetReportRequest.newBuilder()
                            .setReportId(UUID.randomUUID().toString())
                            .build()));
    assertReason(
        "reporting.get.not-found",
        "reason",
        reason(e),
        ReportingErrorReason.REPORTING_ERROR_REASON_REPORT_NOT_FOUND);
  }

  @Test
  @DisplayName("a period that has not ended plus 15 minutes is PERIOD_NOT_CLOSED with closeTime")
  void openPeriod() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                reporting(target().operatorCredentials())
                    .generateReport(
                        daily(LocalDate.of(2100, 1, 1), "EUR", "tck-open-" + UUID.randomUUID())));
    assertReason(
        "reporting.generate.period-not-closed",
        "reason",
        reason(e),
        ReportingErrorReason.REPORTING_ERROR_REASON_PERIOD_NOT_CLOSED);
    assertThat(e.getStatus().getCode())
        .as("[reporting.generate.period-not-closed] code")
        .isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(RpcErrors.errorInfo(e).orElseThrow().getMetadataMap())
        .as("[reporting.generate.period-not-closed] closeTime = end + 15 min")
        .containsEntry("closeTime", "2100-01-02T00:15:00Z");
  }

  @Test
  @DisplayName("a currency that is not traded is UNSUPPORTED_CURRENCY")
  void unsupportedCurrency() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                reporting(target().operatorCredentials())
                    .generateReport(daily(LocalDate.of(2020, 1, 6), "XAU", "tck-xau")));
    assertReason(
        "reporting.generate.unsupported-currency",
        "reason",
        reason(e),
        ReportingErrorReason.REPORTING_ERROR_REASON_UNSUPPORTED_CURRENCY);
  }

  @Test
  @DisplayName(
      "GenerateReport replays its job for the same key and refuses the key for another request")
  void generateIsIdempotent() {
    String key = "tck-replay-" + UUID.randomUUID();
    GenerateReportRequest request = daily(LocalDate.of(2020, 1, 6), "EUR", key);
    var operator = reporting(target().operatorCredentials());

    Report first = operator.generateReport(request).getReport();
    Report again = operator.generateReport(request).getReport();
    StatusRuntimeException reused =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                operator.generateReport(
                    request.toBuilder()
                        .setPeriodType(ReportPeriodType.REPORT_PERIOD_TYPE_WEEKLY)
                        .build()));
    Report done = succeeded(first.getReportId());

    assertThat(first.getState())
        .as("[reporting.generate.queued] a new job is returned QUEUED")
        .isEqualTo(ReportState.REPORT_STATE_QUEUED);
    assertThat(again.getReportId())
        .as("[reporting.generate.replay] the same key returns the same job")
        .isEqualTo(first.getReportId());
    assertReason(
        "reporting.generate.key-reused",
        "another request under the key",
        reason(reused),
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED);
    assertThat(done.getState())
        .as("[reporting.job.succeeds]")
        .isEqualTo(ReportState.REPORT_STATE_SUCCEEDED);
    assertThat(done.getAttemptCount())
        .as("[reporting.job.attempt-count] a worker started the job at least once")
        .isPositive();
    assertThat(done.hasStartTime() && done.hasCompleteTime())
        .as("[reporting.job.times] a SUCCEEDED job has start_time and complete_time")
        .isTrue();
    assertThat(compare(done.getCompleteTime(), done.getStartTime()))
        .as("[reporting.job.times] complete_time is not before start_time")
        .isGreaterThanOrEqualTo(0);
    assertThat(done.getUpdateTime())
        .as("[reporting.job.times] the last state change is the completion")
        .isEqualTo(done.getCompleteTime());
    assertThat(done.getFailureReason())
        .as("[reporting.job.failure-only-when-failed] no failure_reason on a SUCCEEDED job")
        .isEqualTo(ReportingErrorReason.REPORTING_ERROR_REASON_UNSPECIFIED);
    assertThat(done.getPeriodEndTime())
        .as("[reporting.period.daily] a day later")
        .isEqualTo(midnight(LocalDate.of(2020, 1, 7)));
    assertThat(done.getData().getTotals().getMatchedVolumeAmount())
        .as("[reporting.figures.money-scale] exactly the currency's minor units")
        .matches("-?[0-9]+\\.[0-9]{2}");
    var listed =
        operator.listReports(
            ListReportsRequest.newBuilder().setCurrency("EUR").setPageSize(100).build());
    assertThat(listed.getReportsList())
        .as("[reporting.list.without-data] the job is listed, without its figures")
        .anySatisfy(
            r -> {
              assertThat(r.getReportId()).isEqualTo(first.getReportId());
              assertThat(r.hasData()).isFalse();
            });
  }

  @Test
  @DisplayName(
      "StreamDashboard sends a complete snapshot at once, sequence 1, in the currency's scale")
  void dashboardFirstSnapshot() {
    io.grpc.Context.CancellableContext call = io.grpc.Context.current().withCancellation();
    try {
      com.tam.protos.reporting.v1.DashboardSnapshot first =
          call.call(
              () ->
                  reporting(target().operatorCredentials())
                      .streamDashboard(
                          com.tam.protos.reporting.v1.StreamDashboardRequest.newBuilder()
                              .setCurrency("EUR")
                              .setUpdateInterval(
                                  com.google.protobuf.Duration.newBuilder().setSeconds(60))
                              .build())
                      .next()
                      .getSnapshot());
      assertThat(first.getSequence())
          .as("[reporting.dashboard.first-at-once] the first snapshot is sequence 1")
          .isEqualTo(1);
      assertThat(first.getCurrency()).as("[reporting.dashboard.currency]").isEqualTo("EUR");
      assertThat(
              java.util.List.of(
                  first.getPlacedStakeLastHour(),
                  first.getMatchedVolumeAmountLastHour(),
                  first.getOpenMatchedExposureAmount(),
                  first.getReservedAmount(),
                  first.getHeldLiability(),
                  first.getUnmatchedStake()))
          .as("[reporting.dashboard.money-scale] every amount with exactly 2 fraction digits")
          .allSatisfy(a -> assertThat(a).matches("-?[0-9]+\\.[0-9]{2}"));
    } catch (Exception e) {
      throw new AssertionError("[reporting.dashboard.first-at-once] " + e, e);
    } finally {
      call.cancel(null);
    }
  }

  @Test
  @DisplayName("matched volume counts each fill once (its backer stake), never once per side")
  void matchedVolumeCountsEachFillOnce() {
    assumeTrue(target().clock().isPresent(), "needs the target's clock to close the period");
    String sport =
        "tck_"
            + new Random()
                .ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    String market = "tck-rep-" + UUID.randomUUID();
    OrderBookServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(target().operatorCredentials())
        .openMarket(
            OpenMarketRequest.newBuilder()
                .setMarketId(market)
                .setFixture(
                    Fixture.newBuilder()
                        .setFixtureId("tck-f-" + market)
                        .setDisplayName("Red v Blue")
                        .setSport(sport)
                        .setCompetitionId("tck-cup")
                        .setCompetitionName("TCK Cup")
                        .setStartTime(Timestamp.newBuilder().setSeconds(4_102_444_800L)))
                .setMarketType("MATCH_ODDS")
                .setDisplayName("Match Odds")
                .setCurrency("EUR")
                .addRunners(runner("red"))
                .addRunners(runner("blue"))
                .setCommissionRateBp(500)
                .setIdempotencyKey("tck-open-" + market)
                .build());
    TckUser backer = fundedUser();
    TckUser layer = fundedUser();

    Order back = place(backer, market, BetSide.BET_SIDE_BACK);
    Order lay = place(layer, market, BetSide.BET_SIDE_LAY);
    assertThat(back.getState())
        .as("[reporting.setup] the BACK order completes")
        .isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    assertThat(lay.getState())
        .as("[reporting.setup] the LAY order completes")
        .isEqualTo(OrderState.ORDER_STATE_COMPLETED);
    LocalDate day = closeDayOf(lay.getCreateTime());

    Report report =
        succeeded(
            reporting(target().operatorCredentials())
                .generateReport(daily(day, "EUR", "tck-volume-" + market))
                .getReport()
                .getReportId());
    SportBreakdown mine =
        report.getData().getSportsList().stream()
            .filter(s -> s.getSport().equals(sport))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("[reporting.figures.sport] no breakdown for " + sport));

    assertThat(mine.getMatchedVolumeAmount())
        .as(
            "[reporting.figures.matched-volume-once] one fill of 10.00 is 10.00 of volume, not 20.00")
        .isEqualTo("10.00");
    assertThat(mine.getPlacedStake())
        .as("[reporting.figures.placed-stake] both bets' backer stakes (placement basis)")
        .isEqualTo("20.00");
    assertThat(mine.getPlacedBetCount()).as("[reporting.figures.placed-count]").isEqualTo(2);
    assertThat(mine.getActiveUserCount()).as("[reporting.figures.active-users]").isEqualTo(2);
  }

  @Test
  @DisplayName(
      "a wallet opened and a deposit failed through the wallet contract show in the day's report,"
          + " every new amount in the currency's scale")
  void walletOpeningsAndFailedDepositsAreCounted() {
    assumeTrue(target().clock().isPresent(), "needs the target's clock to close the period");
    TckUser user = target().newUser();
    var wallet =
        WalletServiceGrpc.newBlockingStub(target().channel())
            .withCallCredentials(target().serviceCredentials())
            .withDeadlineAfter(30, TimeUnit.SECONDS);
    wallet.openWallet(
        OpenWalletRequest.newBuilder()
            .setUserId(user.userId())
            .setCurrency("EUR")
            .setIdempotencyKey("tck-rep-open-" + user.userId())
            .build());
    Payment started =
        wallet
            .startDeposit(
                StartDepositRequest.newBuilder()
                    .setUserId(user.userId())
                    .setAmount("25.00")
                    .setCurrency("EUR")
                    .setIdempotencyKey("tck-rep-start-" + user.userId())
                    .build())
            .getPayment();
    Payment failed =
        wallet
            .failDeposit(
                FailDepositRequest.newBuilder()
                    .setPaymentId(started.getPaymentId())
                    .setFailureReason("card declined")
                    .setIdempotencyKey("tck-rep-fail-" + user.userId())
                    .build())
            .getPayment();
    assertThat(failed.getState())
        .as("[reporting.setup] FailDeposit makes the deposit FAILED")
        .isEqualTo(PaymentState.PAYMENT_STATE_FAILED);
    LocalDate day = closeDayOf(failed.getUpdateTime());

    Report report =
        succeeded(
            reporting(target().operatorCredentials())
                .generateReport(daily(day, "EUR", "tck-failed-deposit-" + user.userId()))
                .getReport()
                .getReportId());
    var totals = report.getData().getTotals();

    assertThat(totals.getFailedDepositCount())
        .as(
            "[reporting.figures.failed-deposits] a deposit that reached FAILED in the period is"
                + " counted (tam.wallet.v1.payment.updated)")
        .isGreaterThanOrEqualTo(1);
    assertThat(totals.getNewWalletCount())
        .as(
            "[reporting.figures.new-wallets] a wallet opened in the period in the report's"
                + " currency is counted (tam.wallet.v1.wallet.opened)")
        .isGreaterThanOrEqualTo(1);
    assertThat(
            java.util.List.of(
                totals.getDeposits(),
                totals.getWithdrawals(),
                totals.getWithdrawalReversalAmount(),
                totals.getChargebackAmount(),
                totals.getCommissionBookedAmount()))
        .as(
            "[reporting.figures.money-scale] the ledger figures have exactly 2 fraction digits"
                + " for EUR, \"0.00\" when none")
        .allSatisfy(a -> assertThat(a).matches("[0-9]+\\.[0-9]{2}"));
  }

  private static Runner runner(String id) {
    return Runner.newBuilder()
        .setSelectionId(id)
        .setDisplayName(id)
        .setStatus(RunnerStatus.RUNNER_STATUS_ACTIVE)
        .build();
  }

  private TckUser fundedUser() {
    TckUser user = target().newUser();
    var wallet =
        WalletServiceGrpc.newBlockingStub(target().channel())
            .withCallCredentials(target().serviceCredentials());
    wallet.openWallet(
        OpenWalletRequest.newBuilder()
            .setUserId(user.userId())
            .setCurrency("EUR")
            .setIdempotencyKey("tck-open-" + user.userId())
            .build());
    wallet.confirmDeposit(
        ConfirmDepositRequest.newBuilder()
            .setUserId(user.userId())
            .setAmount("100.00")
            .setCurrency("EUR")
            .setPaymentReference("tck-dep-" + user.userId())
            .setIdempotencyKey("tck-dep-" + user.userId())
            .build());
    return user;
  }

  private Order place(TckUser user, String market, BetSide side) {
    var validator =
        OrderValidatorServiceGrpc.newBlockingStub(target().channel())
            .withCallCredentials(user.credentials());
    String orderId =
        validator
            .placeOrder(
                PlaceOrderRequest.newBuilder()
                    .setUserId(user.userId())
                    .setMarketId(market)
                    .setSelectionId("red")
                    .setSide(side)
                    .setPrice("3.00")
                    .setStake("10.00")
                    .setCurrency("EUR")
                    .setIdempotencyKey("tck-rep-" + side.getNumber())
                    .setPersistenceType(PersistenceType.PERSISTENCE_TYPE_PERSIST)
                    .build())
            .getOrderId();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      Order o =
          validator.getOrder(GetOrderRequest.newBuilder().setOrderId(orderId).build()).getOrder();
      switch (o.getState()) {
        case ORDER_STATE_COMPLETED,
            ORDER_STATE_COMPENSATED,
            ORDER_STATE_REJECTED,
            ORDER_STATE_FAILED,
            ORDER_STATE_RESOLVED -> {
          return o;
        }
        default -> {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(
                "[reporting.setup] order " + orderId + " still " + o.getState());
          }
          pause();
        }
      }
    }
  }
}
