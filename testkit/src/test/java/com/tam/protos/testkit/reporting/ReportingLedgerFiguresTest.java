package com.tam.protos.testkit.reporting;

import static com.tam.protos.testkit.reporting.ReportingFixture.meta;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.ValidatorFactory;
import com.google.protobuf.Timestamp;
import com.tam.protos.order.v1.Fill;
import com.tam.protos.order.v1.FillCreatedEvent;
import com.tam.protos.reporting.v1.Report;
import com.tam.protos.reporting.v1.ReportData;
import com.tam.protos.reporting.v1.ReportPeriodType;
import com.tam.protos.reporting.v1.ReportState;
import com.tam.protos.reporting.v1.ReportTotals;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.wallet.v1.Payment;
import com.tam.protos.wallet.v1.PaymentKind;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.PaymentUpdatedEvent;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wallet figures of a report (ReportTotals 27-32): new wallets, withdrawal reversals,
 * chargebacks, booked commission and failed payments, from {@code wallet.opened}, {@code
 * transaction.recorded} and {@code payment.updated}; and the {@code report.money_scale} rule.
 */
class ReportingLedgerFiguresTest {
  private static final Instant DAY = ReportingFixture.DAY;
  private final ReportingFixture f = new ReportingFixture();
  private final MutableClock clock = f.clock;
  private final RecordingEventBus bus = f.bus;
  private final Map<String, Long> sequences = new HashMap<>();

  @AfterEach
  void stop() {
    f.close();
  }

  private static Instant inDay() {
    return DAY.plusSeconds(3600);
  }

  private void entry(String user, TransactionType type, String amount, String currency) {
    entry(user, type, amount, currency, inDay());
  }

  private void entry(
      String user, TransactionType type, String amount, String currency, Instant at) {
    long seq = sequences.merge(user + "/" + currency, 1L, Long::sum);
    bus.publish(
        TransactionRecordedEvent.newBuilder()
            .setMetadata(meta(user + "/" + currency, seq, at))
            .setTransaction(
                Transaction.newBuilder()
                    .setTransactionId(UUID.randomUUID().toString())
                    .setUserId(user)
                    .setType(type)
                    .setAmount(amount)
                    .setCurrency(currency)
                    .setSequence(seq))
            .build());
  }

  private void payment(
      String id, PaymentKind kind, PaymentState state, long version, String currency, Instant at) {
    bus.publish(
        PaymentUpdatedEvent.newBuilder()
            .setMetadata(meta(id, version, at))
            .setPayment(
                Payment.newBuilder()
                    .setPaymentId(id)
                    .setUserId("u1")
                    .setKind(kind)
                    .setState(state)
                    .setAmount("50.00")
                    .setCurrency(currency)
                    .setChargedBackAmount("0.00"))
            .build());
  }

  private ReportTotals day(String currency) {
    return data(currency).getTotals();
  }

  private ReportData data(String currency) {
    return f.figures(currency);
  }

  @Test
  void anEmptyDayHasEveryAmountAtTheCurrencysScale() {
    ReportTotals t = day("EUR");
    assertThat(
            java.util.List.of(
                t.getWithdrawalReversalAmount(),
                t.getChargebackAmount(),
                t.getCommissionBookedAmount(),
                t.getDeposits(),
                t.getWithdrawals()))
        .containsOnly("0.00");
    assertThat(day("JPY").getChargebackAmount()).isEqualTo("0");
    assertThat(day("KWD").getCommissionBookedAmount()).isEqualTo("0.000");
  }

  @Test
  void aWalletOpenedCountsInItsCurrencyOnlyAndInItsPeriod() {
    bus.publish(
        WalletOpenedEvent.newBuilder()
            .setMetadata(meta("u1", 1, inDay()))
            .setUserId("u1")
            .setCurrency("EUR")
            .build());
    bus.publish(
        WalletOpenedEvent.newBuilder()
            .setMetadata(meta("u2", 1, inDay()))
            .setUserId("u2")
            .setCurrency("GBP")
            .build());
    bus.publish(
        WalletOpenedEvent.newBuilder()
            .setMetadata(meta("u3", 1, DAY.plusSeconds(86_400 + 60)))
            .setUserId("u3")
            .setCurrency("EUR")
            .build());

    assertThat(day("EUR").getNewWalletCount()).isEqualTo(1);
    assertThat(day("GBP").getNewWalletCount()).isEqualTo(1);
    assertThat(day("USD").getNewWalletCount()).isZero();
  }

  @Test
  void aChargebackIsCountedApartAndNotSubtractedFromDeposits() {
    entry("u1", TransactionType.TRANSACTION_TYPE_DEPOSIT, "100.00", "EUR");
    entry("u1", TransactionType.TRANSACTION_TYPE_CHARGEBACK, "40.00", "EUR");

    ReportTotals t = day("EUR");
    assertThat(t.getDeposits()).isEqualTo("100.00");
    assertThat(t.getChargebackAmount()).isEqualTo("40.00");
  }

  @Test
  void aReversedWithdrawalKeepsTheWithdrawalAndCountsTheReversalAndTheFailure() {
    entry("u1", TransactionType.TRANSACTION_TYPE_DEPOSIT, "100.00", "EUR");
    entry("u1", TransactionType.TRANSACTION_TYPE_WITHDRAWAL, "50.00", "EUR");
    payment(
        "w1",
        PaymentKind.PAYMENT_KIND_WITHDRAWAL,
        PaymentState.PAYMENT_STATE_PENDING,
        1,
        "EUR",
        inDay());
    entry("u1", TransactionType.TRANSACTION_TYPE_REVERSAL, "50.00", "EUR");
    payment(
        "w1",
        PaymentKind.PAYMENT_KIND_WITHDRAWAL,
        PaymentState.PAYMENT_STATE_FAILED,
        2,
        "EUR",
        inDay());

    ReportTotals t = day("EUR");
    assertThat(t.getWithdrawals()).isEqualTo("50.00");
    assertThat(t.getWithdrawalReversalAmount()).isEqualTo("50.00");
    assertThat(t.getFailedWithdrawalCount()).isEqualTo(1);
    assertThat(t.getFailedDepositCount()).isZero();
  }

  @Test
  void aFailedDepositCountsOnceInThePeriodItFailedEvenIfConfirmedLater() {
    payment(
        "d1",
        PaymentKind.PAYMENT_KIND_DEPOSIT,
        PaymentState.PAYMENT_STATE_PENDING,
        1,
        "EUR",
        inDay());
    PaymentUpdatedEvent failed =
        PaymentUpdatedEvent.newBuilder()
            .setMetadata(meta("d1", 2, inDay()))
            .setPayment(
                Payment.newBuilder()
                    .setPaymentId("d1")
                    .setKind(PaymentKind.PAYMENT_KIND_DEPOSIT)
                    .setState(PaymentState.PAYMENT_STATE_FAILED)
                    .setAmount("50.00")
                    .setCurrency("EUR")
                    .setChargedBackAmount("0.00"))
            .build();
    bus.publish(failed);
    bus.publish(failed); // redelivered
    // A FAILED deposit can still be confirmed later; it still reached FAILED once.
    payment(
        "d1",
        PaymentKind.PAYMENT_KIND_DEPOSIT,
        PaymentState.PAYMENT_STATE_SUCCEEDED,
        3,
        "EUR",
        inDay());
    // A failure of the next day and one in another currency are not this report's.
    payment(
        "d2",
        PaymentKind.PAYMENT_KIND_DEPOSIT,
        PaymentState.PAYMENT_STATE_FAILED,
        1,
        "EUR",
        DAY.plusSeconds(90_000));
    payment(
        "d3",
        PaymentKind.PAYMENT_KIND_DEPOSIT,
        PaymentState.PAYMENT_STATE_FAILED,
        1,
        "GBP",
        inDay());

    ReportTotals t = day("EUR");
    assertThat(t.getFailedDepositCount()).isEqualTo(1);
    assertThat(t.getFailedWithdrawalCount()).isZero();
    assertThat(day("GBP").getFailedDepositCount()).isEqualTo(1);
  }

  @Test
  void aCommissionEntryIsBookedCommissionAndRefundCreditsAreNotSubtracted() {
    entry("u1", TransactionType.TRANSACTION_TYPE_COMMISSION, "1.25", "EUR");
    entry("u2", TransactionType.TRANSACTION_TYPE_COMMISSION, "0.75", "EUR");
    entry("u1", TransactionType.TRANSACTION_TYPE_CREDIT, "0.50", "EUR");
    entry("u3", TransactionType.TRANSACTION_TYPE_COMMISSION, "3.000", "KWD");

    assertThat(day("EUR").getCommissionBookedAmount()).isEqualTo("2.00");
    assertThat(day("KWD").getCommissionBookedAmount()).isEqualTo("3.000");
  }

  @Test
  void aGeneratedReportPassesProtovalidate() throws Exception {
    entry("u1", TransactionType.TRANSACTION_TYPE_DEPOSIT, "100", "EUR");
    entry("u1", TransactionType.TRANSACTION_TYPE_COMMISSION, "1.5", "EUR");
    entry("u1", TransactionType.TRANSACTION_TYPE_CHARGEBACK, "10.00", "EUR");
    bus.publish(
        FillCreatedEvent.newBuilder()
            .setMetadata(meta("f1", 1, inDay()))
            .setFill(
                Fill.newBuilder()
                    .setFillId("f1")
                    .setMarketId("m1")
                    .setStake("10")
                    .setPrice("3.00")
                    .setCurrency("EUR"))
            .build());
    for (String currency : java.util.List.of("EUR", "JPY", "KWD")) {
      Report report =
          Report.newBuilder()
              .setReportId(UUID.randomUUID().toString())
              .setPeriodType(ReportPeriodType.REPORT_PERIOD_TYPE_DAILY)
              .setPeriodStartTime(Timestamp.newBuilder().setSeconds(DAY.getEpochSecond()))
              .setPeriodEndTime(Timestamp.newBuilder().setSeconds(DAY.getEpochSecond() + 86_400))
              .setCurrency(currency)
              .setState(ReportState.REPORT_STATE_SUCCEEDED)
              .setAttemptCount(1)
              .setData(data(currency))
              .setCreateTime(Timestamp.newBuilder().setSeconds(clock.instant().getEpochSecond()))
              .setUpdateTime(Timestamp.newBuilder().setSeconds(clock.instant().getEpochSecond()))
              .build();

      assertThat(ValidatorFactory.newBuilder().build().validate(report).getViolations())
          .as(currency + ": " + report.getData().getTotals())
          .isEmpty();
    }
    // The rule itself: one figure at the wrong scale is a violation.
    Report wrong =
        Report.newBuilder()
            .setReportId(UUID.randomUUID().toString())
            .setCurrency("EUR")
            .setData(
                data("EUR").toBuilder()
                    .setTotals(data("EUR").getTotals().toBuilder().setChargebackAmount("10")))
            .build();
    assertThat(ValidatorFactory.newBuilder().build().validate(wrong).getViolations()).isNotEmpty();
  }
}
