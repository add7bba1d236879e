package com.tam.protos.validation;

import static org.assertj.core.api.Assertions.assertThat;

import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.tam.protos.testing.FoundViolations;
import com.tam.protos.testing.FoundViolations.Found;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wallet's range and cross-field protovalidate rules, each with a request it accepts and one it
 * rejects (field path and rule id as a client sees them).
 */
class WalletRequestRulesTest {

  private static final Validator VALIDATOR = ValidatorFactory.newBuilder().build();

  private static List<Found> violations(Message message) throws ValidationException {
    return FoundViolations.of(VALIDATOR, message);
  }

  private static ReserveBalanceRequest reserveWithTtl(Duration ttl) {
    return ReserveBalanceRequest.newBuilder()
        .setUserId("user-123")
        .setAmount("100.00")
        .setSagaId("saga-456")
        .setIdempotencyKey("idempotency-789")
        .setTtl(ttl)
        .build();
  }

  @Test
  void reservationTtlIsBetweenOneSecondAndOneHour() throws ValidationException {
    assertThat(violations(reserveWithTtl(Duration.newBuilder().setSeconds(1).build()))).isEmpty();
    assertThat(violations(reserveWithTtl(Duration.newBuilder().setSeconds(3600).build())))
        .isEmpty();
    assertThat(violations(reserveWithTtl(Duration.newBuilder().setNanos(500_000_000).build())))
        .extracting(Found::fieldPath)
        .containsExactly("ttl");
    assertThat(violations(reserveWithTtl(Duration.newBuilder().setSeconds(3601).build())))
        .extracting(Found::fieldPath)
        .containsExactly("ttl");
  }

  @Test
  void listTransactionsNeedsStartBeforeEnd() throws ValidationException {
    Timestamp noon = Timestamp.newBuilder().setSeconds(1_790_000_000L).build();
    Timestamp later = noon.toBuilder().setSeconds(noon.getSeconds() + 60).build();
    ListTransactionsRequest.Builder request = ListTransactionsRequest.newBuilder().setUserId("u-1");

    assertThat(violations(request.setStartTime(noon).setEndTime(later).build())).isEmpty();
    assertThat(violations(request.setStartTime(noon).setEndTime(noon).build()))
        .containsExactly(new Found("", "list_transactions.time_range"));
    assertThat(violations(request.setStartTime(later).setEndTime(noon).build()))
        .containsExactly(new Found("", "list_transactions.time_range"));
  }

  @Test
  void cancelReservationNeedsOnlyTheSaga() throws ValidationException {
    CancelReservationRequest.Builder request =
        CancelReservationRequest.newBuilder().setSagaId("saga-456").setIdempotencyKey("k-1");

    assertThat(violations(request.build())).isEmpty();
    assertThat(violations(request.setUserId("user-123").build())).isEmpty();
    assertThat(violations(request.clearUserId().setReservationId("r-1").build())).isEmpty();
    assertThat(violations(request.clearSagaId().build()))
        .extracting(Found::fieldPath)
        .containsOnly("saga_id");
  }

  @Test
  void reserveAmountScaleFollowsTheCurrencyAndTheSeedRequestStaysValid()
      throws ValidationException {
    ReserveBalanceRequest seed =
        ReserveBalanceRequest.newBuilder()
            .setUserId("user-123")
            .setAmount("100.00")
            .setSagaId("saga-456")
            .setIdempotencyKey("idempotency-789")
            .build();

    assertThat(violations(seed)).isEmpty();
    assertThat(violations(seed.toBuilder().setCurrency("EUR").build())).isEmpty();
    assertThat(violations(seed.toBuilder().setCurrency("KWD").build())).isEmpty();
    assertThat(violations(seed.toBuilder().setAmount("100").setCurrency("JPY").build())).isEmpty();
    assertThat(violations(seed.toBuilder().setCurrency("JPY").build()))
        .containsExactly(new Found("", "reserve_balance.money_scale"));
    assertThat(violations(seed.toBuilder().setCurrency("eur").build()))
        .extracting(Found::fieldPath)
        .containsExactly("currency");
  }

  @Test
  void betCreditsNameTheBet() throws ValidationException {
    CreditBalanceRequest.Builder request =
        CreditBalanceRequest.newBuilder()
            .setUserId("user-123")
            .setAmount("250.00")
            .setCurrency("EUR")
            .setReason(CreditReason.CREDIT_REASON_BET_WIN)
            .setIdempotencyKey("settlement:bet-1");

    assertThat(violations(request.build()))
        .containsExactly(new Found("", "credit_balance.bet_id_required"));
    assertThat(violations(request.setBetId("bet-1").build())).isEmpty();
    assertThat(
            violations(
                request
                    .clearBetId()
                    .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                    .build()))
        .isEmpty();
    assertThat(
            violations(
                request
                    .setBetId("bet-1")
                    .setReason(CreditReason.CREDIT_REASON_UNSPECIFIED)
                    .build()))
        .extracting(Found::fieldPath)
        .containsExactly("reason");
  }

  @Test
  void walletCurrencyIsAnUpperCaseIsoCode() throws ValidationException {
    OpenWalletRequest.Builder request =
        OpenWalletRequest.newBuilder().setUserId("user-123").setIdempotencyKey("open-1");

    assertThat(violations(request.setCurrency("EUR").build())).isEmpty();
    for (String bad : List.of("eur", "EU", "EURO", "")) {
      assertThat(violations(request.setCurrency(bad).build()))
          .as("currency %s", bad)
          .contains(new Found("currency", "string.pattern"))
          .extracting(Found::fieldPath)
          .containsOnly("currency");
    }
  }
}
