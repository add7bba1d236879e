package com.tam.protos.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Duration;
import com.google.protobuf.FieldMask;
import com.google.protobuf.ProtocolMessageEnum;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.risk.v1.ActivityOutcome;
import com.tam.protos.risk.v1.ActivityType;
import com.tam.protos.risk.v1.GetRiskProfileRequest;
import com.tam.protos.risk.v1.RecordActivityRequest;
import com.tam.protos.risk.v1.ResponsibleGamblingLimits;
import com.tam.protos.risk.v1.RiskErrorReason;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.risk.v1.RiskServiceGrpc.RiskServiceBlockingStub;
import com.tam.protos.risk.v1.RiskTier;
import com.tam.protos.risk.v1.SelfExcludeRequest;
import com.tam.protos.risk.v1.SetResponsibleGamblingLimitsRequest;
import com.tam.protos.risk.v1.SetTierRequest;
import com.tam.protos.wallet.v1.AdjustSettlementRequest;
import com.tam.protos.wallet.v1.AdjustmentDirection;
import com.tam.protos.wallet.v1.CancelOutcome;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CancelReservationResponse;
import com.tam.protos.wallet.v1.ChargeCommissionRequest;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationResponse;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.ConfirmDepositResponse;
import com.tam.protos.wallet.v1.ConfirmWithdrawalRequest;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.FailDepositRequest;
import com.tam.protos.wallet.v1.FailWithdrawalRequest;
import com.tam.protos.wallet.v1.FailWithdrawalResponse;
import com.tam.protos.wallet.v1.FreezeReason;
import com.tam.protos.wallet.v1.FreezeWalletRequest;
import com.tam.protos.wallet.v1.FreezeWalletResponse;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.GetPaymentRequest;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.ListTransactionsResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.OpenWalletResponse;
import com.tam.protos.wallet.v1.Payment;
import com.tam.protos.wallet.v1.PaymentKind;
import com.tam.protos.wallet.v1.PaymentState;
import com.tam.protos.wallet.v1.RecordChargebackRequest;
import com.tam.protos.wallet.v1.RecordChargebackResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.StartWithdrawalRequest;
import com.tam.protos.wallet.v1.StartWithdrawalResponse;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.UnfreezeWalletRequest;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import com.tam.protos.wallet.v1.WalletServiceGrpc.WalletServiceBlockingStub;
import io.grpc.CallCredentials;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Conformance suite of {@code wallet.v1.WalletService}: one test per documented behaviour with an
 * observable outcome (proto/wallet/v1 and docs/services/wallet.md). Every assertion message starts
 * with the rule id, {@code [wallet.<area>.<rule>]}.
 *
 * <p>The suite sets up its own state through the contract only: it opens wallets for new users
 * ({@link TckTarget#newUser()}) with the service credentials and funds them with ConfirmDeposit.
 * Tests of the reservation TTL need to move the target's clock ({@link TckTarget#clock()}); they
 * are skipped when the target has none. Tests of the refusals that come from risk-analyzer's
 * answers (DEPOSIT_LIMIT_EXCEEDED, SELF_EXCLUDED, ACCOUNT_BLOCKED) set the user's limits,
 * self-exclusion and tier through {@code risk.v1.RiskService} on the target's channel; they are
 * skipped when the target does not serve it (UNIMPLEMENTED), as a wallet checked on its own. Events
 * are not checked here (a suite cannot see the target's bus); the reference implementation's own
 * tests check them.
 */
public class WalletServiceTck extends ServiceTck {
  private static final String EUR = "EUR";

  // -------------------------------------------------------------------------------------------
  // Opening and balances

  @Test
  @DisplayName("OpenWallet opens an empty wallet in the currency")
  void openWalletCreatesAnEmptyWallet() {
    TckUser u = target().newUser();
    OpenWalletResponse r =
        service()
            .openWallet(
                OpenWalletRequest.newBuilder()
                    .setUserId(u.userId())
                    .setCurrency(EUR)
                    .setIdempotencyKey(key())
                    .build());
    assertThat(r.getCreated()).as("[wallet.open.creates] created is true").isTrue();
    assertThat(r.getCurrency()).as("[wallet.open.creates] currency").isEqualTo(EUR);
    GetBalanceResponse b = balance(u);
    assertThat(List.of(b.getBalance(), b.getReserved(), b.getAvailable(), b.getCurrency()))
        .as("[wallet.open.creates] a new wallet has balance/reserved/available 0.00 EUR")
        .containsExactly("0.00", "0.00", "0.00", EUR);
    assertThat(b.getFrozen()).as("[wallet.open.creates] a new wallet is not frozen").isFalse();
  }

  @Test
  @DisplayName("OpenWallet for an existing wallet in the same currency succeeds, created false")
  void openWalletIsNaturallyIdempotent() {
    TckUser u = open(EUR);
    OpenWalletResponse again =
        service()
            .openWallet(
                OpenWalletRequest.newBuilder()
                    .setUserId(u.userId())
                    .setCurrency(EUR)
                    .setIdempotencyKey(key())
                    .build());
    assertThat(again.getCreated())
        .as("[wallet.open.natural-idempotency] a second open under a new key has created false")
        .isFalse();
  }

  @Test
  @DisplayName("OpenWallet in another currency fails with WALLET_ALREADY_EXISTS")
  void openWalletInAnotherCurrencyFails() {
    TckUser u = open(EUR);
    StatusRuntimeException e =
        expectError(
            "wallet.open.currency-fixed",
            Status.Code.ALREADY_EXISTS,
            WalletErrorReason.WALLET_ERROR_REASON_WALLET_ALREADY_EXISTS,
            () ->
                service()
                    .openWallet(
                        OpenWalletRequest.newBuilder()
                            .setUserId(u.userId())
                            .setCurrency("USD")
                            .setIdempotencyKey(key())
                            .build()));
    assertMetadata("wallet.open.currency-fixed", e, "walletCurrency", EUR);
  }

  @Test
  @DisplayName("OpenWallet with a currency outside the table fails with CURRENCY_NOT_SUPPORTED")
  void openWalletWithUnsupportedCurrencyFails() {
    TckUser u = target().newUser();
    expectError(
        "wallet.open.currency-supported",
        Status.Code.INVALID_ARGUMENT,
        WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_NOT_SUPPORTED,
        () ->
            service()
                .openWallet(
                    OpenWalletRequest.newBuilder()
                        .setUserId(u.userId())
                        .setCurrency("XTS")
                        .setIdempotencyKey(key())
                        .build()));
  }

  @Test
  @DisplayName("Every RPC on a user without a wallet answers WALLET_NOT_FOUND")
  void noWalletIsNotFound() {
    TckUser u = target().newUser();
    expectError(
        "wallet.balance.wallet-not-found",
        Status.Code.NOT_FOUND,
        WalletErrorReason.WALLET_ERROR_REASON_WALLET_NOT_FOUND,
        () -> service().getBalance(GetBalanceRequest.newBuilder().setUserId(u.userId()).build()));
    expectError(
        "wallet.reserve.wallet-not-found",
        Status.Code.NOT_FOUND,
        WalletErrorReason.WALLET_ERROR_REASON_WALLET_NOT_FOUND,
        () -> service().reserveBalance(reserveRequest(u, "1.00", saga()).build()));
  }

  @Test
  @DisplayName("Amounts are returned with exactly the currency's minor-unit digits")
  void amountsHaveTheCurrencyScale() {
    TckUser jpy = open("JPY");
    deposit(jpy, "1500", "JPY");
    TckUser kwd = open("KWD");
    deposit(kwd, "1.5", "KWD");
    TckUser eur = open(EUR);
    deposit(eur, "10", EUR);
    assertThat(balance(jpy).getBalance())
        .as("[wallet.money.exact-scale] JPY has no fraction digits")
        .isEqualTo("1500");
    assertThat(balance(kwd).getBalance())
        .as("[wallet.money.exact-scale] KWD has 3 fraction digits")
        .isEqualTo("1.500");
    assertThat(balance(eur).getAvailable())
        .as("[wallet.money.exact-scale] EUR has 2 fraction digits")
        .isEqualTo("10.00");
  }

  // -------------------------------------------------------------------------------------------
  // ReserveBalance

  @Test
  @DisplayName("The original four-field ReserveBalance request holds funds in the wallet currency")
  void fourFieldReserveHoldsFunds() {
    TckUser u = funded("500.00");
    String saga = saga();
    ReserveBalanceResponse r =
        service()
            .reserveBalance(
                ReserveBalanceRequest.newBuilder()
                    .setUserId(u.userId())
                    .setAmount("100.00")
                    .setSagaId(saga)
                    .setIdempotencyKey(key())
                    .build());
    Reservation res = r.getReservation();
    assertThat(res.getState())
        .as("[wallet.reserve.seed-request] the new reservation is PENDING")
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(List.of(res.getAmount(), res.getCurrency(), res.getSagaId(), res.getUserId()))
        .as("[wallet.reserve.seed-request] amount, currency, saga and user of the reservation")
        .containsExactly("100.00", EUR, saga, u.userId());
    assertThat(res.getExpireTime().getSeconds() - res.getCreateTime().getSeconds())
        .as("[wallet.reserve.default-ttl] without ttl the hold lasts 5 minutes")
        .isEqualTo(300);
    assertThat(r.getAvailableAfter())
        .as("[wallet.reserve.seed-request] available_after")
        .isEqualTo("400.00");
    assertFigures("wallet.reserve.holds", u, "500.00", "100.00", "400.00");
  }

  @Test
  @DisplayName("ReserveBalance with ttl sets expire_time = create_time + ttl")
  void reserveTtlSetsExpireTime() {
    TckUser u = funded("50.00");
    Reservation r =
        service()
            .reserveBalance(
                reserveRequest(u, "10.00", saga())
                    .setTtl(Duration.newBuilder().setSeconds(30))
                    .build())
            .getReservation();
    assertThat(r.getExpireTime().getSeconds() - r.getCreateTime().getSeconds())
        .as("[wallet.reserve.ttl] expire_time is create_time + ttl")
        .isEqualTo(30);
  }

  @Test
  @DisplayName("ReserveBalance above available fails with INSUFFICIENT_FUNDS and its metadata")
  void reserveAboveAvailableFails() {
    TckUser u = funded("50.00");
    StatusRuntimeException e =
        expectError(
            "wallet.reserve.insufficient-funds",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
            () -> service().reserveBalance(reserveRequest(u, "100.00", saga()).build()));
    assertMetadata("wallet.reserve.insufficient-funds", e, "available", "50.00");
    assertMetadata("wallet.reserve.insufficient-funds", e, "requested", "100.00");
    assertFigures("wallet.reserve.insufficient-funds", u, "50.00", "0.00", "50.00");
  }

  @Test
  @DisplayName("ReserveBalance in another currency fails with CURRENCY_MISMATCH")
  void reserveInAnotherCurrencyFails() {
    TckUser u = funded("50.00");
    StatusRuntimeException e =
        expectError(
            "wallet.reserve.currency-mismatch",
            Status.Code.INVALID_ARGUMENT,
            WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH,
            () ->
                service()
                    .reserveBalance(reserveRequest(u, "10.00", saga()).setCurrency("USD").build()));
    assertMetadata("wallet.reserve.currency-mismatch", e, "walletCurrency", EUR);
  }

  @Test
  @DisplayName("A four-field ReserveBalance with more digits than the wallet currency allows fails")
  void reserveChecksTheScaleOfTheWalletCurrency() {
    TckUser u = open("JPY");
    deposit(u, "1000", "JPY");
    expectError(
        "wallet.reserve.money-scale",
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_VALIDATION_FAILED,
        () -> service().reserveBalance(reserveRequest(u, "10.5", saga()).build()));
    assertThat(balance(u).getReserved())
        .as("[wallet.reserve.money-scale] nothing is held (never rounded)")
        .isEqualTo("0");
  }

  @Test
  @DisplayName("A second ReserveBalance for the same saga under a new key fails")
  void onlyOneReservationPerSaga() {
    TckUser u = funded("100.00");
    String saga = saga();
    Reservation first =
        service().reserveBalance(reserveRequest(u, "10.00", saga).build()).getReservation();
    StatusRuntimeException e =
        expectError(
            "wallet.reserve.one-per-saga",
            Status.Code.ALREADY_EXISTS,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_EXISTS,
            () -> service().reserveBalance(reserveRequest(u, "10.00", saga).build()));
    assertMetadata("wallet.reserve.one-per-saga", e, "reservationId", first.getReservationId());
    assertFigures("wallet.reserve.one-per-saga", u, "100.00", "10.00", "90.00");
  }

  @Test
  @DisplayName("A same-key retry of ReserveBalance returns the same reservation and holds once")
  void reserveReplayHoldsOnce() {
    TckUser u = funded("100.00");
    ReserveBalanceRequest req = reserveRequest(u, "30.00", saga()).build();
    ReserveBalanceResponse first = service().reserveBalance(req);
    ReserveBalanceResponse again = service().reserveBalance(req);
    assertThat(again.getReservation().getReservationId())
        .as("[wallet.reserve.replay-once] a same-key retry returns the first reservation")
        .isEqualTo(first.getReservation().getReservationId());
    assertThat(again.getAvailableAfter())
        .as("[wallet.reserve.replay-once] a same-key retry replays available_after")
        .isEqualTo(first.getAvailableAfter());
    assertFigures("wallet.reserve.replay-once", u, "100.00", "30.00", "70.00");
    assertThat(entries(u, TransactionType.TRANSACTION_TYPE_RESERVATION_HOLD))
        .as("[wallet.reserve.replay-once] exactly one RESERVATION_HOLD entry")
        .hasSize(1);
  }

  @Test
  @DisplayName("The same key with a different request fails with IDEMPOTENCY_KEY_REUSED")
  void keyReuseIsRefused() {
    TckUser u = funded("100.00");
    String saga = saga();
    String key = key();
    service().reserveBalance(reserveRequest(u, "30.00", saga).setIdempotencyKey(key).build());
    expectError(
        "wallet.idempotency.key-reused",
        Status.Code.FAILED_PRECONDITION,
        ErrorReason.ERROR_REASON_IDEMPOTENCY_KEY_REUSED,
        () ->
            service()
                .reserveBalance(reserveRequest(u, "40.00", saga).setIdempotencyKey(key).build()));
    assertFigures("wallet.idempotency.key-reused", u, "100.00", "30.00", "70.00");
  }

  @Test
  @DisplayName("A stored error is replayed byte for byte to a same-key retry; a new key runs anew")
  void storedErrorIsReplayed() {
    TckUser u = funded("10.00");
    ReserveBalanceRequest req = reserveRequest(u, "50.00", saga()).build();
    StatusRuntimeException first =
        expectError(
            "wallet.idempotency.stored-error",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
            () -> service().reserveBalance(req));
    deposit(u, "100.00", EUR);
    StatusRuntimeException again =
        expectError(
            "wallet.idempotency.stored-error",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
            () -> service().reserveBalance(req));
    assertThat(StatusProto.fromThrowable(again))
        .as("[wallet.idempotency.stored-error] the same key replays the stored error unchanged")
        .isEqualTo(StatusProto.fromThrowable(first));
    ReserveBalanceResponse fresh =
        service().reserveBalance(req.toBuilder().setIdempotencyKey(key()).build());
    assertThat(fresh.getReservation().getState())
        .as("[wallet.idempotency.stored-error] a new key is executed afresh")
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
  }

  @Test
  @DisplayName("INVALID_ARGUMENT is not stored: the same key may carry a corrected request")
  void invalidArgumentIsNotStored() {
    TckUser u = funded("100.00");
    String key = key();
    String saga = saga();
    expectError(
        "wallet.idempotency.invalid-argument-not-stored",
        Status.Code.INVALID_ARGUMENT,
        WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH,
        () ->
            service()
                .reserveBalance(
                    reserveRequest(u, "10.00", saga)
                        .setCurrency("USD")
                        .setIdempotencyKey(key)
                        .build()));
    Reservation r =
        call(
                "wallet.idempotency.invalid-argument-not-stored",
                () ->
                    service()
                        .reserveBalance(
                            reserveRequest(u, "10.00", saga)
                                .setCurrency(EUR)
                                .setIdempotencyKey(key)
                                .build()))
            .getReservation();
    assertThat(r.getState())
        .as("[wallet.idempotency.invalid-argument-not-stored] the corrected request is executed")
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
  }

  @Test
  @DisplayName("A frozen wallet refuses ReserveBalance with WALLET_FROZEN until unfrozen")
  void frozenWalletRefusesReserve() {
    TckUser u = funded("100.00");
    freeze(u);
    StatusRuntimeException e =
        expectError(
            "wallet.reserve.frozen",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_WALLET_FROZEN,
            () -> service().reserveBalance(reserveRequest(u, "10.00", saga()).build()));
    assertThat(info(e).getMetadataMap().get("freezeReason"))
        .as("[wallet.reserve.frozen] metadata freezeReason, by its full name")
        .isEqualTo("FREEZE_REASON_OPERATOR");
    unfreeze(u);
    assertThat(
            service()
                .reserveBalance(reserveRequest(u, "10.00", saga()).build())
                .getReservation()
                .getState())
        .as("[wallet.reserve.frozen] after UnfreezeWallet a new key succeeds")
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
  }

  @Test
  @DisplayName(
      "A ReserveBalance after its saga was compensated fails with SAGA_ALREADY_COMPENSATED")
  void lateReserveAfterCompensationIsRefused() {
    TckUser u = funded("100.00");
    String saga = saga();
    CancelReservationResponse c = cancel(saga, "");
    assertThat(c.getOutcome())
        .as("[wallet.cancel.no-reservation] a cancel without a reservation succeeds")
        .isEqualTo(CancelOutcome.CANCEL_OUTCOME_NO_RESERVATION);
    expectError(
        "wallet.reserve.after-compensation",
        Status.Code.ABORTED,
        ErrorReason.ERROR_REASON_SAGA_ALREADY_COMPENSATED,
        () -> service().reserveBalance(reserveRequest(u, "10.00", saga).build()));
    assertFigures("wallet.reserve.after-compensation", u, "100.00", "0.00", "100.00");
  }

  // -------------------------------------------------------------------------------------------
  // CommitReservation

  @Test
  @DisplayName("CommitReservation debits the balance and releases the hold")
  void commitDebits() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    String bet = "bet-" + UUID.randomUUID();
    CommitReservationResponse c = commit(r, saga, bet);
    assertThat(c.getReservation().getState())
        .as("[wallet.commit.debits] the reservation is COMMITTED")
        .isEqualTo(ReservationState.RESERVATION_STATE_COMMITTED);
    Transaction t = c.getTransaction();
    assertThat(List.of(t.getType().name(), t.getAmount(), t.getBetId(), t.getBalanceAfter()))
        .as("[wallet.commit.debits] a RESERVATION_COMMIT entry of the amount with the bet id")
        .containsExactly(
            TransactionType.TRANSACTION_TYPE_RESERVATION_COMMIT.name(), "100.00", bet, "400.00");
    assertFigures("wallet.commit.debits", u, "400.00", "0.00", "400.00");
  }

  @Test
  @DisplayName("Committing a COMMITTED reservation under a new key returns it unchanged")
  void commitIsNaturallyIdempotent() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    CommitReservationResponse first = commit(r, saga, "");
    CommitReservationResponse again = commit(r, saga, "");
    assertThat(again.getTransaction().getTransactionId())
        .as("[wallet.commit.natural-idempotency] the original RESERVATION_COMMIT entry")
        .isEqualTo(first.getTransaction().getTransactionId());
    assertFigures("wallet.commit.natural-idempotency", u, "400.00", "0.00", "400.00");
  }

  @Test
  @DisplayName("A same-key retry of CommitReservation replays the first response byte for byte")
  void commitReplayIsByteForByte() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    CommitReservationRequest req =
        CommitReservationRequest.newBuilder()
            .setReservationId(r.getReservationId())
            .setSagaId(saga)
            .setIdempotencyKey(key())
            .build();
    CommitReservationResponse first = service().commitReservation(req);
    CommitReservationResponse again = service().commitReservation(req);
    assertThat(again.toByteString())
        .as("[wallet.idempotency.replay-byte-for-byte] the stored response is replayed unchanged")
        .isEqualTo(first.toByteString());
    assertFigures("wallet.idempotency.replay-byte-for-byte", u, "400.00", "0.00", "400.00");
  }

  @Test
  @DisplayName("CommitReservation with another saga's id fails with RESERVATION_NOT_FOUND")
  void commitOfAnotherSagaIsNotFound() {
    TckUser u = funded("500.00");
    Reservation r = reserve(u, "100.00", saga());
    expectError(
        "wallet.commit.saga-must-match",
        Status.Code.NOT_FOUND,
        WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND,
        () -> commit(r, saga(), ""));
    assertFigures("wallet.commit.saga-must-match", u, "500.00", "100.00", "400.00");
  }

  @Test
  @DisplayName("CommitReservation of a CANCELLED reservation fails with RESERVATION_NOT_PENDING")
  void commitAfterCancelFails() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    cancel(saga, r.getReservationId());
    StatusRuntimeException e =
        expectError(
            "wallet.commit.not-pending",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_PENDING,
            () -> commit(r, saga, ""));
    assertThat(info(e).getMetadataMap().get("state"))
        .as("[wallet.commit.not-pending] metadata state, by its full name")
        .isEqualTo("RESERVATION_STATE_CANCELLED");
    assertFigures("wallet.commit.not-pending", u, "500.00", "0.00", "500.00");
  }

  @Test
  @DisplayName("CommitReservation after the TTL fails with RESERVATION_NOT_PENDING, debits nothing")
  void commitAfterExpiryFails() {
    TckClock clock = clock();
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r =
        service()
            .reserveBalance(
                reserveRequest(u, "100.00", saga)
                    .setTtl(Duration.newBuilder().setSeconds(5))
                    .build())
            .getReservation();
    clock.advance(java.time.Duration.ofSeconds(6));
    StatusRuntimeException e =
        expectError(
            "wallet.commit.after-expiry",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_PENDING,
            () -> commit(r, saga, ""));
    assertThat(info(e).getMetadataMap().get("state"))
        .as("[wallet.commit.after-expiry] metadata state, by its full name")
        .isEqualTo("RESERVATION_STATE_EXPIRED");
    assertFigures("wallet.commit.after-expiry", u, "500.00", "0.00", "500.00");
    assertThat(getReservation(r).getState())
        .as("[wallet.commit.after-expiry] the reservation is EXPIRED")
        .isEqualTo(ReservationState.RESERVATION_STATE_EXPIRED);
  }

  @Test
  @DisplayName("A PENDING reservation expires after its TTL without any call and frees the funds")
  void reservationExpires() {
    TckClock clock = clock();
    TckUser u = funded("500.00");
    Reservation r =
        service()
            .reserveBalance(
                reserveRequest(u, "100.00", saga())
                    .setTtl(Duration.newBuilder().setSeconds(10))
                    .build())
            .getReservation();
    clock.advance(java.time.Duration.ofSeconds(11));
    assertThat(getReservation(r).getState())
        .as("[wallet.reservation.expiry] PENDING becomes EXPIRED after ttl")
        .isEqualTo(ReservationState.RESERVATION_STATE_EXPIRED);
    assertFigures("wallet.reservation.expiry", u, "500.00", "0.00", "500.00");
    assertThat(entries(u, TransactionType.TRANSACTION_TYPE_RESERVATION_RELEASE))
        .as("[wallet.reservation.expiry] the release is on the ledger")
        .hasSize(1);
  }

  @Test
  @DisplayName("A frozen wallet still commits a reservation granted earlier")
  void frozenWalletStillCommits() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    freeze(u);
    CommitReservationResponse c =
        call("wallet.freeze.commit-still-runs", () -> commit(r, saga, ""));
    assertThat(c.getReservation().getState())
        .as("[wallet.freeze.commit-still-runs] COMMITTED on a frozen wallet")
        .isEqualTo(ReservationState.RESERVATION_STATE_COMMITTED);
  }

  // -------------------------------------------------------------------------------------------
  // CancelReservation

  @Test
  @DisplayName("CancelReservation releases a PENDING hold; repeating it reports ALREADY_RELEASED")
  void cancelReleasesOnce() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    CancelReservationResponse first = cancel(saga, "");
    assertThat(first.getOutcome())
        .as("[wallet.cancel.releases] outcome RELEASED")
        .isEqualTo(CancelOutcome.CANCEL_OUTCOME_RELEASED);
    assertThat(first.getReservation().getState())
        .as("[wallet.cancel.releases] the reservation is CANCELLED")
        .isEqualTo(ReservationState.RESERVATION_STATE_CANCELLED);
    assertFigures("wallet.cancel.releases", u, "500.00", "0.00", "500.00");
    CancelReservationResponse again = cancel(saga, r.getReservationId());
    assertThat(again.getOutcome())
        .as("[wallet.cancel.repeatable] a second cancel reports ALREADY_RELEASED")
        .isEqualTo(CancelOutcome.CANCEL_OUTCOME_ALREADY_RELEASED);
    assertFigures("wallet.cancel.repeatable", u, "500.00", "0.00", "500.00");
  }

  @Test
  @DisplayName(
      "CancelReservation of a COMMITTED reservation fails with RESERVATION_ALREADY_COMMITTED")
  void cancelOfCommittedFails() {
    TckUser u = funded("500.00");
    String saga = saga();
    Reservation r = reserve(u, "100.00", saga);
    commit(r, saga, "");
    expectError(
        "wallet.cancel.committed-refused",
        Status.Code.FAILED_PRECONDITION,
        WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_ALREADY_COMMITTED,
        () -> cancel(saga, r.getReservationId()));
    assertThat(getReservation(r).getState())
        .as("[wallet.cancel.committed-refused] the reservation stays COMMITTED")
        .isEqualTo(ReservationState.RESERVATION_STATE_COMMITTED);
    assertFigures("wallet.cancel.committed-refused", u, "400.00", "0.00", "400.00");
  }

  @Test
  @DisplayName("CancelReservation ignores a reservation_id of another saga")
  void cancelNeverReleasesAnotherSagasHold() {
    TckUser u = funded("500.00");
    Reservation r = reserve(u, "100.00", saga());
    CancelReservationResponse c = cancel(saga(), r.getReservationId());
    assertThat(c.getOutcome())
        .as("[wallet.cancel.foreign-id-ignored] outcome NO_RESERVATION for the other saga")
        .isEqualTo(CancelOutcome.CANCEL_OUTCOME_NO_RESERVATION);
    assertThat(getReservation(r).getState())
        .as("[wallet.cancel.foreign-id-ignored] the other saga's hold stays PENDING")
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
  }

  // -------------------------------------------------------------------------------------------
  // CreditBalance

  @Test
  @DisplayName("At most one BET_WIN credit per bet, whatever the key")
  void oneWinPerBet() {
    TckUser u = funded("100.00");
    String bet = "bet-" + UUID.randomUUID();
    CreditBalanceResponse first = credit(u, "250.00", CreditReason.CREDIT_REASON_BET_WIN, bet);
    assertThat(first.getTransaction().getCreditReason())
        .as("[wallet.credit.bet-win] a CREDIT entry with reason BET_WIN")
        .isEqualTo(CreditReason.CREDIT_REASON_BET_WIN);
    StatusRuntimeException e =
        expectError(
            "wallet.credit.one-win-per-bet",
            Status.Code.ALREADY_EXISTS,
            WalletErrorReason.WALLET_ERROR_REASON_BET_ALREADY_CREDITED,
            () -> credit(u, "250.00", CreditReason.CREDIT_REASON_BET_WIN, bet));
    assertMetadata(
        "wallet.credit.one-win-per-bet",
        e,
        "transactionId",
        first.getTransaction().getTransactionId());
    assertFigures("wallet.credit.one-win-per-bet", u, "350.00", "0.00", "350.00");
  }

  @Test
  @DisplayName("BET_REFUND credits of a bet never exceed the stake committed for it")
  void refundsAreBoundedByTheStake() {
    TckUser u = funded("100.00");
    String saga = saga();
    String bet = "bet-" + UUID.randomUUID();
    commit(reserve(u, "100.00", saga), saga, bet);
    credit(u, "60.00", CreditReason.CREDIT_REASON_BET_REFUND, bet);
    StatusRuntimeException e =
        expectError(
            "wallet.credit.refund-bounded",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_REFUND_EXCEEDS_STAKE,
            () -> credit(u, "50.00", CreditReason.CREDIT_REASON_BET_REFUND, bet));
    assertMetadata("wallet.credit.refund-bounded", e, "committed", "100.00");
    assertMetadata("wallet.credit.refund-bounded", e, "refunded", "60.00");
    assertMetadata("wallet.credit.refund-bounded", e, "requested", "50.00");
    credit(u, "40.00", CreditReason.CREDIT_REASON_BET_REFUND, bet);
    assertFigures("wallet.credit.refund-bounded", u, "100.00", "0.00", "100.00");
  }

  @Test
  @DisplayName("A BET_REFUND for a bet without committed stake fails with BET_NOT_COMMITTED")
  void refundWithoutCommitFails() {
    TckUser u = funded("100.00");
    String bet = "bet-" + UUID.randomUUID();
    StatusRuntimeException e =
        expectError(
            "wallet.credit.refund-needs-commit",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_BET_NOT_COMMITTED,
            () -> credit(u, "10.00", CreditReason.CREDIT_REASON_BET_REFUND, bet));
    assertMetadata("wallet.credit.refund-needs-commit", e, "betId", bet);
  }

  @Test
  @DisplayName("A same-key CreditBalance retry replays the entry and credits once")
  void creditReplayCreditsOnce() {
    TckUser u = funded("100.00");
    CreditBalanceRequest req =
        CreditBalanceRequest.newBuilder()
            .setUserId(u.userId())
            .setAmount("5.00")
            .setCurrency(EUR)
            .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
            .setIdempotencyKey(key())
            .build();
    CreditBalanceResponse first = service().creditBalance(req);
    CreditBalanceResponse again = service().creditBalance(req);
    assertThat(again.toByteString())
        .as("[wallet.idempotency.replay-byte-for-byte] the stored entry is replayed unchanged")
        .isEqualTo(first.toByteString());
    assertFigures("wallet.credit.replay-once", u, "105.00", "0.00", "105.00");
  }

  @Test
  @DisplayName("CreditBalance in another currency fails with CURRENCY_MISMATCH")
  void creditInAnotherCurrencyFails() {
    TckUser u = funded("100.00");
    expectError(
        "wallet.credit.currency-mismatch",
        Status.Code.INVALID_ARGUMENT,
        WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH,
        () ->
            service()
                .creditBalance(
                    CreditBalanceRequest.newBuilder()
                        .setUserId(u.userId())
                        .setAmount("5.00")
                        .setCurrency("GBP")
                        .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                        .setIdempotencyKey(key())
                        .build()));
  }

  @Test
  @DisplayName("An operator may credit MANUAL_ADJUSTMENT but not a bet's win")
  void operatorCreditsOnlyManualAdjustments() {
    TckUser u = funded("100.00");
    CreditBalanceRequest.Builder req =
        CreditBalanceRequest.newBuilder()
            .setUserId(u.userId())
            .setAmount("5.00")
            .setCurrency(EUR)
            .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
            .setIdempotencyKey(key());
    call(
        "wallet.access.operator-manual-credit",
        () -> stub(target().operatorCredentials()).creditBalance(req.build()));
    expectError(
        "wallet.access.operator-manual-credit",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(target().operatorCredentials())
                .creditBalance(
                    req.setReason(CreditReason.CREDIT_REASON_BET_WIN)
                        .setBetId("bet-" + UUID.randomUUID())
                        .setIdempotencyKey(key())
                        .build()));
    assertFigures("wallet.access.operator-manual-credit", u, "105.00", "0.00", "105.00");
  }

  // -------------------------------------------------------------------------------------------
  // Commission and settlement corrections

  @Test
  @DisplayName("ChargeCommission debits once per market and settlement version")
  void commissionOncePerVersion() {
    TckUser u = funded("100.00");
    String market = "market-" + UUID.randomUUID();
    Transaction t = commission(u, market, 1, "5.00").getTransaction();
    assertThat(
            List.of(t.getType().name(), t.getMarketId(), String.valueOf(t.getSettlementVersion())))
        .as("[wallet.commission.charged] a COMMISSION entry with market and version")
        .containsExactly(TransactionType.TRANSACTION_TYPE_COMMISSION.name(), market, "1");
    StatusRuntimeException e =
        expectError(
            "wallet.commission.once-per-version",
            Status.Code.ALREADY_EXISTS,
            WalletErrorReason.WALLET_ERROR_REASON_COMMISSION_ALREADY_CHARGED,
            () -> commission(u, market, 1, "5.00"));
    assertMetadata("wallet.commission.once-per-version", e, "transactionId", t.getTransactionId());
    commission(u, market, 2, "1.00");
    assertFigures("wallet.commission.once-per-version", u, "94.00", "0.00", "94.00");
  }

  @Test
  @DisplayName("Commission is booked even above available; available stays at zero")
  void commissionIsAlwaysBooked() {
    TckUser u = funded("10.00");
    reserve(u, "8.00", saga());
    commission(u, "market-" + UUID.randomUUID(), 1, "5.00");
    assertFigures("wallet.debt.commission-booked", u, "5.00", "8.00", "0.00");
  }

  @Test
  @DisplayName("An AdjustSettlement debit may take the balance negative; once per version")
  void adjustmentDebitMayGoNegative() {
    TckUser u = funded("10.00");
    String bet = "bet-" + UUID.randomUUID();
    AdjustSettlementRequest.Builder req =
        AdjustSettlementRequest.newBuilder()
            .setUserId(u.userId())
            .setBetId(bet)
            .setMarketId("market-" + UUID.randomUUID())
            .setSettlementVersion(2)
            .setDirection(AdjustmentDirection.ADJUSTMENT_DIRECTION_DEBIT)
            .setAmount("30.00")
            .setCurrency(EUR)
            .setIdempotencyKey(key());
    Transaction t = service().adjustSettlement(req.build()).getTransaction();
    assertThat(t.getBalanceAfter())
        .as("[wallet.debt.adjustment-negative] the debit is booked below zero")
        .isEqualTo("-20.00");
    assertFigures("wallet.debt.adjustment-negative", u, "-20.00", "0.00", "0.00");
    expectError(
        "wallet.adjust.once-per-version",
        Status.Code.ALREADY_EXISTS,
        WalletErrorReason.WALLET_ERROR_REASON_ADJUSTMENT_ALREADY_BOOKED,
        () -> service().adjustSettlement(req.setIdempotencyKey(key()).build()));
  }

  // -------------------------------------------------------------------------------------------
  // Payments

  @Test
  @DisplayName("A deposit moves money only when confirmed: PENDING, then SUCCEEDED with a DEPOSIT")
  void depositLifecycle() {
    TckUser u = open(EUR);
    Payment started = startDeposit(u, "100.00");
    assertThat(started.getState())
        .as("[wallet.deposit.lifecycle] StartDeposit creates a PENDING deposit")
        .isEqualTo(PaymentState.PAYMENT_STATE_PENDING);
    assertFigures("wallet.deposit.lifecycle", u, "0.00", "0.00", "0.00");
    ConfirmDepositResponse c = confirmDeposit(u, started.getPaymentId(), "90.00", key());
    assertThat(List.of(c.getPayment().getState().name(), c.getPayment().getAmount()))
        .as("[wallet.deposit.lifecycle] SUCCEEDED with the settled amount")
        .containsExactly(PaymentState.PAYMENT_STATE_SUCCEEDED.name(), "90.00");
    assertThat(c.getTransaction().getType())
        .as("[wallet.deposit.lifecycle] a DEPOSIT entry")
        .isEqualTo(TransactionType.TRANSACTION_TYPE_DEPOSIT);
    assertFigures("wallet.deposit.lifecycle", u, "90.00", "0.00", "90.00");
    assertThat(
            service()
                .getPayment(
                    GetPaymentRequest.newBuilder().setPaymentId(started.getPaymentId()).build())
                .getPayment()
                .getState())
        .as("[wallet.deposit.lifecycle] GetPayment shows SUCCEEDED")
        .isEqualTo(PaymentState.PAYMENT_STATE_SUCCEEDED);
  }

  @Test
  @DisplayName("A FAILED deposit can still be confirmed late, and failing it again changes nothing")
  void failedDepositCanBeConfirmedLate() {
    TckUser u = open(EUR);
    Payment p = startDeposit(u, "100.00");
    Payment failed = failDeposit(p);
    assertThat(failed.getState())
        .as("[wallet.deposit.fail] FailDeposit makes it FAILED")
        .isEqualTo(PaymentState.PAYMENT_STATE_FAILED);
    assertThat(failDeposit(p).getState())
        .as("[wallet.deposit.fail] failing a FAILED deposit succeeds unchanged")
        .isEqualTo(PaymentState.PAYMENT_STATE_FAILED);
    confirmDeposit(u, p.getPaymentId(), "100.00", key());
    assertFigures("wallet.deposit.late-confirmation", u, "100.00", "0.00", "100.00");
    expectError(
        "wallet.deposit.fail",
        Status.Code.FAILED_PRECONDITION,
        WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_NOT_PENDING,
        () -> failDeposit(p));
  }

  @Test
  @DisplayName("A payment reference is booked once: a second confirmation fails DUPLICATE_PAYMENT")
  void paymentReferenceIsBookedOnce() {
    TckUser u = open(EUR);
    String reference = "ref-" + UUID.randomUUID();
    confirmDeposit(u, "", "100.00", reference);
    expectError(
        "wallet.deposit.duplicate-reference",
        Status.Code.ALREADY_EXISTS,
        WalletErrorReason.WALLET_ERROR_REASON_DUPLICATE_PAYMENT,
        () -> confirmDeposit(u, "", "100.00", reference));
    assertFigures("wallet.deposit.duplicate-reference", u, "100.00", "0.00", "100.00");
  }

  @Test
  @DisplayName("A frozen wallet refuses StartDeposit but books confirmed funds")
  void frozenWalletBooksConfirmedDeposits() {
    TckUser u = open(EUR);
    freeze(u);
    expectError(
        "wallet.deposit.frozen-start",
        Status.Code.FAILED_PRECONDITION,
        WalletErrorReason.WALLET_ERROR_REASON_WALLET_FROZEN,
        () -> startDeposit(u, "10.00"));
    call("wallet.deposit.confirmed-always-booked", () -> confirmDeposit(u, "", "10.00", key()));
    GetBalanceResponse b = balance(u);
    assertThat(List.of(b.getBalance(), String.valueOf(b.getFrozen())))
        .as("[wallet.deposit.confirmed-always-booked] booked, the wallet still frozen")
        .containsExactly("10.00", "true");
  }

  @Test
  @DisplayName("A withdrawal debits at start; confirm makes it SUCCEEDED, terminal")
  void withdrawalLifecycle() {
    TckUser u = funded("100.00");
    StartWithdrawalResponse w = startWithdrawal(u, "40.00");
    assertThat(List.of(w.getPayment().getState().name(), w.getTransaction().getType().name()))
        .as("[wallet.withdrawal.lifecycle] PENDING with a WITHDRAWAL entry")
        .containsExactly(
            PaymentState.PAYMENT_STATE_PENDING.name(),
            TransactionType.TRANSACTION_TYPE_WITHDRAWAL.name());
    assertFigures("wallet.withdrawal.lifecycle", u, "60.00", "0.00", "60.00");
    Payment confirmed =
        service()
            .confirmWithdrawal(
                ConfirmWithdrawalRequest.newBuilder()
                    .setPaymentId(w.getPayment().getPaymentId())
                    .setPaymentReference("payout-" + UUID.randomUUID())
                    .setIdempotencyKey(key())
                    .build())
            .getPayment();
    assertThat(confirmed.getState())
        .as("[wallet.withdrawal.lifecycle] ConfirmWithdrawal makes it SUCCEEDED")
        .isEqualTo(PaymentState.PAYMENT_STATE_SUCCEEDED);
    expectError(
        "wallet.withdrawal.lifecycle",
        Status.Code.FAILED_PRECONDITION,
        WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_NOT_PENDING,
        () -> failWithdrawal(w.getPayment()));
    assertFigures("wallet.withdrawal.lifecycle", u, "60.00", "0.00", "60.00");
  }

  @Test
  @DisplayName("A failed withdrawal is credited back once with a REVERSAL")
  void failedWithdrawalIsReversedOnce() {
    TckUser u = funded("100.00");
    Payment p = startWithdrawal(u, "40.00").getPayment();
    FailWithdrawalResponse f = failWithdrawal(p);
    assertThat(List.of(f.getPayment().getState().name(), f.getTransaction().getType().name()))
        .as("[wallet.withdrawal.reversal] FAILED with a REVERSAL entry")
        .containsExactly(
            PaymentState.PAYMENT_STATE_FAILED.name(),
            TransactionType.TRANSACTION_TYPE_REVERSAL.name());
    FailWithdrawalResponse again = failWithdrawal(p);
    assertThat(again.hasTransaction())
        .as("[wallet.withdrawal.reversal] failing a FAILED withdrawal credits nothing")
        .isFalse();
    assertFigures("wallet.withdrawal.reversal", u, "100.00", "0.00", "100.00");
  }

  @Test
  @DisplayName("StartWithdrawal above available fails with INSUFFICIENT_FUNDS")
  void withdrawalAboveAvailableFails() {
    TckUser u = funded("100.00");
    reserve(u, "70.00", saga());
    StatusRuntimeException e =
        expectError(
            "wallet.withdrawal.insufficient-funds",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
            () -> startWithdrawal(u, "40.00"));
    assertMetadata("wallet.withdrawal.insufficient-funds", e, "available", "30.00");
  }

  @Test
  @DisplayName("Payment RPCs check the payment's existence and kind")
  void paymentKindAndExistenceAreChecked() {
    TckUser u = open(EUR);
    Payment deposit = startDeposit(u, "10.00");
    StatusRuntimeException e =
        expectError(
            "wallet.payment.kind-mismatch",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_KIND_MISMATCH,
            () -> failWithdrawal(deposit));
    assertThat(info(e).getMetadataMap().get("kind"))
        .as("[wallet.payment.kind-mismatch] metadata kind, by its full name")
        .isEqualTo("PAYMENT_KIND_DEPOSIT");
    expectError(
        "wallet.payment.not-found",
        Status.Code.NOT_FOUND,
        WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_NOT_FOUND,
        () ->
            service()
                .getPayment(
                    GetPaymentRequest.newBuilder()
                        .setPaymentId("missing-" + UUID.randomUUID())
                        .build()));
  }

  @Test
  @DisplayName("A chargeback is always booked: balance may go negative, available never below 0")
  void chargebackMayTakeTheBalanceNegative() {
    TckUser u = open(EUR);
    Payment p = confirmDeposit(u, "", "100.00", key()).getPayment();
    String saga = saga();
    commit(reserve(u, "80.00", saga), saga, "");
    RecordChargebackResponse cb = chargeback(p, "100.00");
    assertThat(cb.getPayment().getChargedBackAmount())
        .as("[wallet.chargeback.booked] charged_back_amount grows")
        .isEqualTo("100.00");
    assertThat(cb.getPayment().getState())
        .as("[wallet.chargeback.booked] the deposit stays SUCCEEDED")
        .isEqualTo(PaymentState.PAYMENT_STATE_SUCCEEDED);
    assertFigures("wallet.chargeback.negative-balance", u, "-80.00", "0.00", "0.00");
    expectError(
        "wallet.chargeback.bounded",
        Status.Code.FAILED_PRECONDITION,
        WalletErrorReason.WALLET_ERROR_REASON_CHARGEBACK_EXCEEDS_DEPOSIT,
        () -> chargeback(p, "0.01"));
    confirmDeposit(u, "", "50.00", key());
    StatusRuntimeException refused;
    try {
      reserve(u, "1.00", saga());
      throw new AssertionError("[wallet.debt.blocks-reserve] a wallet in debt accepted a reserve");
    } catch (StatusRuntimeException caught) {
      refused = caught;
    }
    if (RpcErrors.hasReason(refused, WalletErrorReason.WALLET_ERROR_REASON_WALLET_FROZEN)) {
      // a platform whose risk-analyzer consumes the chargeback blocks the user and has the wallet
      // frozen; the contract does not order ReserveBalance's two refusals, so either is right
      expectError(
          "wallet.debt.blocks-reserve",
          Status.Code.FAILED_PRECONDITION,
          WalletErrorReason.WALLET_ERROR_REASON_WALLET_FROZEN,
          () -> {
            throw refused;
          });
      assertThat(balance(u).getFrozen())
          .as("[wallet.debt.blocks-reserve] WALLET_FROZEN from a wallet that is frozen")
          .isTrue();
    } else {
      expectError(
          "wallet.debt.blocks-reserve",
          Status.Code.FAILED_PRECONDITION,
          WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
          () -> {
            throw refused;
          });
      assertMetadata("wallet.debt.blocks-reserve", refused, "available", "0.00");
    }
    assertFigures("wallet.debt.deposits-pay-debt", u, "-30.00", "0.00", "0.00");
  }

  // -------------------------------------------------------------------------------------------
  // Payments refused by risk-analyzer (skipped when the target does not serve risk.v1.RiskService)

  @Test
  @DisplayName(
      "StartDeposit above what remains of the deposit limit fails DEPOSIT_LIMIT_EXCEEDED (risk)")
  void depositAboveTheDepositLimitIsRefused() {
    TckUser u = openWithRiskProfile();
    risk(u.credentials())
        .setResponsibleGamblingLimits(
            SetResponsibleGamblingLimitsRequest.newBuilder()
                .setUserId(u.userId())
                .setLimits(
                    ResponsibleGamblingLimits.newBuilder()
                        .setDailyDepositLimit("100.00")
                        .setCurrency(EUR))
                .setUpdateMask(FieldMask.newBuilder().addPaths("daily_deposit_limit"))
                .setIdempotencyKey(key())
                .build());
    call("wallet.deposit.limit-exceeded", () -> startDeposit(u, "60.00"));
    StartDepositRequest over = depositRequest(u, "50.00");
    StatusRuntimeException e =
        expectError(
            "wallet.deposit.limit-exceeded",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_DEPOSIT_LIMIT_EXCEEDED,
            () -> service().startDeposit(over));
    assertMetadata("wallet.deposit.limit-exceeded", e, "limit", "100.00");
    assertMetadata("wallet.deposit.limit-exceeded", e, "remaining", "40.00");
    assertThat(info(e).getMetadataMap().get("period"))
        .as("[wallet.deposit.limit-exceeded] ErrorInfo.metadata[period], by its full name")
        .isEqualTo("LIMIT_PERIOD_DAY");
    assertFigures("wallet.deposit.limit-exceeded", u, "0.00", "0.00", "0.00");
    assertThat(
            call("wallet.deposit.refusal-counts-nothing", () -> startDeposit(u, "40.00"))
                .getState())
        .as("[wallet.deposit.refusal-counts-nothing] what remains can still be deposited")
        .isEqualTo(PaymentState.PAYMENT_STATE_PENDING);
    StatusRuntimeException again =
        expectError(
            "wallet.deposit.refusal-stored",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_DEPOSIT_LIMIT_EXCEEDED,
            () -> service().startDeposit(over));
    assertThat(StatusProto.fromThrowable(again))
        .as("[wallet.deposit.refusal-stored] a same-key retry replays the refusal unchanged")
        .isEqualTo(StatusProto.fromThrowable(e));
    assertThat(entries(u, TransactionType.TRANSACTION_TYPE_DEPOSIT))
        .as("[wallet.deposit.limit-exceeded] no money moved")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "A self-excluded user's StartDeposit fails SELF_EXCLUDED; withdrawals stay possible (risk)")
  void selfExcludedUserCannotDeposit() {
    TckUser u = openWithRiskProfile();
    deposit(u, "100.00", EUR);
    Timestamp end =
        risk(u.credentials())
            .selfExclude(
                SelfExcludeRequest.newBuilder()
                    .setUserId(u.userId())
                    .setDuration(Duration.newBuilder().setSeconds(7 * 86400))
                    .setIdempotencyKey(key())
                    .build())
            .getResponsibleGambling()
            .getSelfExclusion()
            .getEndTime();
    StatusRuntimeException e =
        expectError(
            "wallet.deposit.self-excluded",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_SELF_EXCLUDED,
            () -> startDeposit(u, "10.00"));
    String endTime = info(e).getMetadataMap().getOrDefault("endTime", "");
    assertThat(rfc3339(endTime))
        .as(
            "[wallet.deposit.self-excluded] ErrorInfo.metadata[endTime] (%s) is the exclusion's end",
            endTime)
        .isEqualTo(Instant.ofEpochSecond(end.getSeconds(), end.getNanos()));
    assertFigures("wallet.deposit.self-excluded", u, "100.00", "0.00", "100.00");
    call("wallet.withdrawal.self-exclusion-allowed", () -> startWithdrawal(u, "30.00"));
    assertFigures("wallet.withdrawal.self-exclusion-allowed", u, "70.00", "0.00", "70.00");
  }

  @Test
  @DisplayName(
      "A BLOCKED user's StartWithdrawal fails ACCOUNT_BLOCKED until the block is lifted (risk)")
  void blockedUserCannotWithdraw() {
    TckUser u = openWithRiskProfile();
    deposit(u, "100.00", EUR);
    RiskTier before =
        risk(u.credentials())
            .getRiskProfile(GetRiskProfileRequest.newBuilder().setUserId(u.userId()).build())
            .getProfile()
            .getTier();
    setTier(u, RiskTier.RISK_TIER_BLOCKED);
    StartWithdrawalRequest withdrawal = withdrawalRequest(u, "40.00");
    StatusRuntimeException e =
        expectError(
            "wallet.withdrawal.account-blocked",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_ACCOUNT_BLOCKED,
            () -> service().startWithdrawal(withdrawal));
    assertFigures("wallet.withdrawal.account-blocked", u, "100.00", "0.00", "100.00");
    assertThat(entries(u, TransactionType.TRANSACTION_TYPE_WITHDRAWAL))
        .as("[wallet.withdrawal.account-blocked] no WITHDRAWAL entry")
        .isEmpty();
    call("wallet.deposit.blocked-user-allowed", () -> startDeposit(u, "10.00"));
    setTier(u, before);
    StatusRuntimeException again =
        expectError(
            "wallet.withdrawal.refusal-stored",
            Status.Code.FAILED_PRECONDITION,
            WalletErrorReason.WALLET_ERROR_REASON_ACCOUNT_BLOCKED,
            () -> service().startWithdrawal(withdrawal));
    assertThat(StatusProto.fromThrowable(again))
        .as("[wallet.withdrawal.refusal-stored] a same-key retry replays the refusal unchanged")
        .isEqualTo(StatusProto.fromThrowable(e));
    call(
        "wallet.withdrawal.block-lifted",
        () -> service().startWithdrawal(withdrawal.toBuilder().setIdempotencyKey(key()).build()));
    assertFigures("wallet.withdrawal.block-lifted", u, "60.00", "0.00", "60.00");
  }

  // -------------------------------------------------------------------------------------------
  // Freeze

  @Test
  @DisplayName("FreezeWallet and UnfreezeWallet report whether they changed anything")
  void freezeAndUnfreezeAreRepeatable() {
    TckUser u = open(EUR);
    FreezeWalletResponse first = freeze(u);
    assertThat(List.of(String.valueOf(first.getChanged()), first.getFreezeReason().name()))
        .as("[wallet.freeze.changed] the first freeze changes, reason OPERATOR")
        .containsExactly("true", FreezeReason.FREEZE_REASON_OPERATOR.name());
    assertThat(freeze(u).getChanged())
        .as("[wallet.freeze.changed] freezing a frozen wallet changes nothing")
        .isFalse();
    GetBalanceResponse b = balance(u);
    assertThat(List.of(String.valueOf(b.getFrozen()), b.getFreezeReason().name()))
        .as("[wallet.freeze.visible] GetBalance shows frozen and the reason")
        .containsExactly("true", FreezeReason.FREEZE_REASON_OPERATOR.name());
    assertThat(unfreeze(u)).as("[wallet.freeze.changed] the first unfreeze changes").isTrue();
    assertThat(unfreeze(u))
        .as("[wallet.freeze.changed] unfreezing a wallet that is not frozen changes nothing")
        .isFalse();
    assertThat(balance(u).getFrozen()).as("[wallet.freeze.visible] not frozen any more").isFalse();
  }

  @Test
  @DisplayName("Only an operator freezes a wallet")
  void freezeNeedsTheOperatorRole() {
    TckUser u = open(EUR);
    expectError(
        "wallet.access.freeze-operator-only",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            service()
                .freezeWallet(
                    FreezeWalletRequest.newBuilder()
                        .setUserId(u.userId())
                        .setNote("tck")
                        .setIdempotencyKey(key())
                        .build()));
    assertThat(balance(u).getFrozen())
        .as("[wallet.access.freeze-operator-only] the wallet is not frozen")
        .isFalse();
  }

  // -------------------------------------------------------------------------------------------
  // ListTransactions

  @Test
  @DisplayName("ListTransactions pages newest first with a gap-free, chained ledger")
  void listTransactionsPagesNewestFirst() {
    TckUser u = open(EUR);
    for (int i = 1; i <= 7; i++) {
      deposit(u, i + ".00", EUR);
    }
    List<Transaction> all = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String token = "";
    do {
      ListTransactionsResponse page =
          service()
              .listTransactions(
                  ListTransactionsRequest.newBuilder()
                      .setUserId(u.userId())
                      .setPageSize(3)
                      .setPageToken(token)
                      .build());
      sizes.add(page.getTransactionsCount());
      all.addAll(page.getTransactionsList());
      token = page.getNextPageToken();
    } while (!token.isEmpty() && sizes.size() < 10);
    assertThat(sizes).as("[wallet.list.paging] pages of 3, 3 and 1").containsExactly(3, 3, 1);
    assertThat(all.stream().map(Transaction::getSequence).toList())
        .as("[wallet.list.newest-first] sequences 7 down to 1")
        .containsExactly(7L, 6L, 5L, 4L, 3L, 2L, 1L);
    for (int i = 0; i + 1 < all.size(); i++) {
      assertThat(all.get(i).getBalanceBefore())
          .as("[wallet.ledger.chained] balance_before equals the previous entry's balance_after")
          .isEqualTo(all.get(i + 1).getBalanceAfter());
    }
    assertThat(all.get(0).getBalanceAfter())
        .as("[wallet.ledger.chained] the newest entry ends at the balance")
        .isEqualTo(balance(u).getBalance());
  }

  @Test
  @DisplayName("ListTransactions rejects a page_size above 500")
  void listTransactionsRejectsLargePages() {
    TckUser u = open(EUR);
    expectError(
        "wallet.list.page-size-max",
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_VALIDATION_FAILED,
        () ->
            service()
                .listTransactions(
                    ListTransactionsRequest.newBuilder()
                        .setUserId(u.userId())
                        .setPageSize(501)
                        .build()));
  }

  @Test
  @DisplayName("ListTransactions validates page tokens and their filters")
  void listTransactionsValidatesPageTokens() {
    TckUser u = open(EUR);
    for (int i = 0; i < 3; i++) {
      deposit(u, "1.00", EUR);
    }
    expectError(
        "wallet.list.page-token-validated",
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN,
        () ->
            service()
                .listTransactions(
                    ListTransactionsRequest.newBuilder()
                        .setUserId(u.userId())
                        .setPageToken("bm90LWEtdG9rZW4")
                        .build()));
    String token =
        service()
            .listTransactions(
                ListTransactionsRequest.newBuilder().setUserId(u.userId()).setPageSize(1).build())
            .getNextPageToken();
    assertThat(token).as("[wallet.list.paging] a next_page_token after a full page").isNotEmpty();
    expectError(
        "wallet.list.page-token-validated",
        Status.Code.INVALID_ARGUMENT,
        ErrorReason.ERROR_REASON_INVALID_PAGE_TOKEN,
        () ->
            service()
                .listTransactions(
                    ListTransactionsRequest.newBuilder()
                        .setUserId(u.userId())
                        .setPageSize(1)
                        .addTypes(TransactionType.TRANSACTION_TYPE_CREDIT)
                        .setPageToken(token)
                        .build()));
  }

  // -------------------------------------------------------------------------------------------
  // Access

  @Test
  @DisplayName("A user reads its own wallet, and never another user's")
  void usersReadOnlyTheirOwnWallet() {
    TckUser alice = funded("100.00");
    Reservation r = reserve(alice, "10.00", saga());
    TckUser bob = open(EUR);
    assertThat(
            call(
                    "wallet.access.own-wallet-read",
                    () ->
                        stub(alice.credentials())
                            .getBalance(
                                GetBalanceRequest.newBuilder().setUserId(alice.userId()).build()))
                .getAvailable())
        .as("[wallet.access.own-wallet-read] a user reads its own balance")
        .isEqualTo("90.00");
    expectError(
        "wallet.access.own-wallet-only",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(bob.credentials())
                .getBalance(GetBalanceRequest.newBuilder().setUserId(alice.userId()).build()));
    expectError(
        "wallet.access.own-wallet-only",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(bob.credentials())
                .listTransactions(
                    ListTransactionsRequest.newBuilder().setUserId(alice.userId()).build()));
    expectError(
        "wallet.access.own-wallet-only",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(bob.credentials())
                .getReservation(
                    GetReservationRequest.newBuilder()
                        .setReservationId(r.getReservationId())
                        .build()));
  }

  @Test
  @DisplayName("A user can never move money, not even on its own wallet")
  void usersCannotWrite() {
    TckUser u = funded("100.00");
    expectError(
        "wallet.access.user-cannot-move-money",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () -> stub(u.credentials()).reserveBalance(reserveRequest(u, "10.00", saga()).build()));
    expectError(
        "wallet.access.user-cannot-move-money",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(u.credentials())
                .creditBalance(
                    CreditBalanceRequest.newBuilder()
                        .setUserId(u.userId())
                        .setAmount("5.00")
                        .setCurrency(EUR)
                        .setReason(CreditReason.CREDIT_REASON_MANUAL_ADJUSTMENT)
                        .setIdempotencyKey(key())
                        .build()));
    assertFigures("wallet.access.user-cannot-move-money", u, "100.00", "0.00", "100.00");
  }

  @Test
  @DisplayName("A user reads its own reservations and payments")
  void usersReadTheirOwnReservationsAndPayments() {
    TckUser u = funded("100.00");
    Reservation r = reserve(u, "10.00", saga());
    Payment p = startDeposit(u, "5.00");
    assertThat(
            call(
                    "wallet.access.own-wallet-read",
                    () ->
                        stub(u.credentials())
                            .getReservation(
                                GetReservationRequest.newBuilder()
                                    .setReservationId(r.getReservationId())
                                    .build()))
                .getReservation()
                .getState())
        .as("[wallet.access.own-wallet-read] a user reads its own reservation")
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(
            call(
                    "wallet.access.own-wallet-read",
                    () ->
                        stub(u.credentials())
                            .getPayment(
                                GetPaymentRequest.newBuilder()
                                    .setPaymentId(p.getPaymentId())
                                    .build()))
                .getPayment()
                .getState())
        .as("[wallet.access.own-wallet-read] a user reads its own payment")
        .isEqualTo(PaymentState.PAYMENT_STATE_PENDING);
    TckUser other = open(EUR);
    expectError(
        "wallet.access.own-wallet-only",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(other.credentials())
                .getPayment(GetPaymentRequest.newBuilder().setPaymentId(p.getPaymentId()).build()));
  }

  @Test
  @DisplayName("Only a service opens wallets and holds funds; an operator cannot")
  void writesNeedTheServiceRole() {
    TckUser u = funded("100.00");
    expectError(
        "wallet.access.writes-need-service",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(target().operatorCredentials())
                .reserveBalance(reserveRequest(u, "10.00", saga()).build()));
    TckUser fresh = target().newUser();
    expectError(
        "wallet.access.writes-need-service",
        Status.Code.PERMISSION_DENIED,
        ErrorReason.ERROR_REASON_PERMISSION_DENIED,
        () ->
            stub(fresh.credentials())
                .openWallet(
                    OpenWalletRequest.newBuilder()
                        .setUserId(fresh.userId())
                        .setCurrency(EUR)
                        .setIdempotencyKey(key())
                        .build()));
    assertFigures("wallet.access.writes-need-service", u, "100.00", "0.00", "100.00");
  }

  @Test
  @DisplayName("Unknown reservations and payments are NOT_FOUND with their reasons")
  void unknownReservationsAndPaymentsAreNotFound() {
    TckUser u = open(EUR);
    String missing = "missing-" + UUID.randomUUID();
    StatusRuntimeException e =
        expectError(
            "wallet.reservation.not-found",
            Status.Code.NOT_FOUND,
            WalletErrorReason.WALLET_ERROR_REASON_RESERVATION_NOT_FOUND,
            () ->
                service()
                    .getReservation(
                        GetReservationRequest.newBuilder().setReservationId(missing).build()));
    assertMetadata("wallet.reservation.not-found", e, "reservationId", missing);
    expectError(
        "wallet.deposit.payment-not-found",
        Status.Code.NOT_FOUND,
        WalletErrorReason.WALLET_ERROR_REASON_PAYMENT_NOT_FOUND,
        () -> confirmDeposit(u, missing, "10.00", "ref-" + UUID.randomUUID()));
    assertFigures("wallet.deposit.payment-not-found", u, "0.00", "0.00", "0.00");
  }

  @Test
  @DisplayName("Payments, commission and corrections in another currency fail CURRENCY_MISMATCH")
  void currencyIsCheckedOnEveryMovement() {
    TckUser u = funded("100.00");
    expectError(
        "wallet.deposit.currency-mismatch",
        Status.Code.INVALID_ARGUMENT,
        WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH,
        () ->
            service()
                .startDeposit(
                    StartDepositRequest.newBuilder()
                        .setUserId(u.userId())
                        .setAmount("10.00")
                        .setCurrency("USD")
                        .setIdempotencyKey(key())
                        .build()));
    expectError(
        "wallet.withdrawal.currency-mismatch",
        Status.Code.INVALID_ARGUMENT,
        WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH,
        () ->
            service()
                .startWithdrawal(
                    StartWithdrawalRequest.newBuilder()
                        .setUserId(u.userId())
                        .setAmount("10.00")
                        .setCurrency("GBP")
                        .setWithdrawalMethodId("method-1")
                        .setIdempotencyKey(key())
                        .build()));
    expectError(
        "wallet.commission.currency-mismatch",
        Status.Code.INVALID_ARGUMENT,
        WalletErrorReason.WALLET_ERROR_REASON_CURRENCY_MISMATCH,
        () ->
            service()
                .chargeCommission(
                    ChargeCommissionRequest.newBuilder()
                        .setUserId(u.userId())
                        .setMarketId("market-" + UUID.randomUUID())
                        .setAmount("1.00")
                        .setCurrency("USD")
                        .setSettlementVersion(1)
                        .setNetWinnings("20.00")
                        .setRateBp(500)
                        .setIdempotencyKey(key())
                        .build()));
    assertFigures("wallet.currency.checked", u, "100.00", "0.00", "100.00");
  }

  @Test
  @DisplayName("A call without a token fails with UNAUTHENTICATED")
  void callsNeedAToken() {
    TckUser u = open(EUR);
    StatusRuntimeException e = null;
    try {
      WalletServiceGrpc.newBlockingStub(target().channel())
          .withDeadlineAfter(10, TimeUnit.SECONDS)
          .getBalance(GetBalanceRequest.newBuilder().setUserId(u.userId()).build());
    } catch (StatusRuntimeException x) {
      e = x;
    }
    assertThat(e).as("[wallet.access.token-required] a call without a token fails").isNotNull();
    assertThat(e.getStatus().getCode())
        .as("[wallet.access.token-required] code UNAUTHENTICATED")
        .isEqualTo(Status.Code.UNAUTHENTICATED);
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  /** A call that returns a value and may throw {@link StatusRuntimeException}. */
  @FunctionalInterface
  protected interface Call<T> {
    /**
     * Runs the call.
     *
     * @return its result
     */
    T run();
  }

  /**
   * A stub with the service credentials.
   *
   * @return the stub
   */
  protected WalletServiceBlockingStub service() {
    return stub(target().serviceCredentials());
  }

  /**
   * A stub with the given credentials and a 10-second deadline.
   *
   * @param credentials the caller
   * @return the stub
   */
  protected WalletServiceBlockingStub stub(CallCredentials credentials) {
    return WalletServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(credentials)
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  private TckClock clock() {
    Optional<TckClock> clock = target().clock();
    Assumptions.assumeTrue(
        clock.isPresent(), "the target's clock cannot be moved (TckTarget.clock() is empty)");
    return clock.get();
  }

  private static String key() {
    return "tck-" + UUID.randomUUID();
  }

  private static String saga() {
    return "saga-" + UUID.randomUUID();
  }

  private TckUser open(String currency) {
    TckUser u = target().newUser();
    open(u, currency);
    return u;
  }

  private void open(TckUser u, String currency) {
    service()
        .openWallet(
            OpenWalletRequest.newBuilder()
                .setUserId(u.userId())
                .setCurrency(currency)
                .setIdempotencyKey(key())
                .build());
  }

  /**
   * A risk.v1.RiskService stub on the target's channel with the given credentials.
   *
   * @param credentials the caller
   * @return the stub
   */
  private RiskServiceBlockingStub risk(CallCredentials credentials) {
    return RiskServiceGrpc.newBlockingStub(target().channel())
        .withCallCredentials(credentials)
        .withDeadlineAfter(10, TimeUnit.SECONDS);
  }

  /**
   * A new user with a risk profile (a REGISTRATION activity recorded with risk-analyzer) and an EUR
   * wallet. The rules of StartDeposit and StartWithdrawal that come from risk-analyzer's answers
   * need the target to serve {@code risk.v1.RiskService} on its channel, where the suite sets the
   * user's limits, self-exclusion and tier; the first call to it is the probe: UNIMPLEMENTED (a
   * wallet checked on its own, like tests/python-wallet) skips the test.
   */
  private TckUser openWithRiskProfile() {
    TckUser u = target().newUser();
    try {
      risk(target().serviceCredentials())
          .recordActivity(
              RecordActivityRequest.newBuilder()
                  .setActivityId("registration:" + u.userId())
                  .setUserId(u.userId())
                  .setType(ActivityType.ACTIVITY_TYPE_REGISTRATION)
                  .setOutcome(ActivityOutcome.ACTIVITY_OUTCOME_SUCCEEDED)
                  .setActivityTime(
                      Timestamp.newBuilder().setSeconds(System.currentTimeMillis() / 1000))
                  .setIdempotencyKey(key())
                  .build());
    } catch (StatusRuntimeException e) {
      Assumptions.assumeTrue(
          e.getStatus().getCode() != Status.Code.UNIMPLEMENTED,
          "the target does not serve risk.v1.RiskService, which sets up this rule's risk state");
      if (!RpcErrors.hasReason(e, RiskErrorReason.RISK_ERROR_REASON_ACTIVITY_ALREADY_RECORDED)) {
        throw e;
      }
    }
    open(u, EUR);
    return u;
  }

  private void setTier(TckUser u, RiskTier tier) {
    risk(target().operatorCredentials())
        .setTier(
            SetTierRequest.newBuilder()
                .setUserId(u.userId())
                .setTier(tier)
                .setNote("tck wallet conformance")
                .setIdempotencyKey(key())
                .build());
  }

  /** An RFC 3339 timestamp (with Z or an offset) as an instant, or null if it is not one. */
  private static Instant rfc3339(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private TckUser funded(String amount) {
    TckUser u = open(EUR);
    deposit(u, amount, EUR);
    return u;
  }

  private void deposit(TckUser u, String amount, String currency) {
    service()
        .confirmDeposit(
            ConfirmDepositRequest.newBuilder()
                .setUserId(u.userId())
                .setAmount(amount)
                .setCurrency(currency)
                .setPaymentReference("ref-" + UUID.randomUUID())
                .setIdempotencyKey(key())
                .build());
  }

  private ConfirmDepositResponse confirmDeposit(
      TckUser u, String paymentId, String amount, String reference) {
    return service()
        .confirmDeposit(
            ConfirmDepositRequest.newBuilder()
                .setUserId(u.userId())
                .setPaymentId(paymentId)
                .setAmount(amount)
                .setCurrency(EUR)
                .setPaymentReference(reference)
                .setIdempotencyKey(key())
                .build());
  }

  private static StartDepositRequest depositRequest(TckUser u, String amount) {
    return StartDepositRequest.newBuilder()
        .setUserId(u.userId())
        .setAmount(amount)
        .setCurrency(EUR)
        .setIdempotencyKey(key())
        .build();
  }

  private Payment startDeposit(TckUser u, String amount) {
    Payment p = service().startDeposit(depositRequest(u, amount)).getPayment();
    assertThat(p.getKind())
        .as("[wallet.deposit.lifecycle] StartDeposit creates a deposit")
        .isEqualTo(PaymentKind.PAYMENT_KIND_DEPOSIT);
    return p;
  }

  private Payment failDeposit(Payment p) {
    return service()
        .failDeposit(
            FailDepositRequest.newBuilder()
                .setPaymentId(p.getPaymentId())
                .setFailureReason("card declined")
                .setIdempotencyKey(key())
                .build())
        .getPayment();
  }

  private static StartWithdrawalRequest withdrawalRequest(TckUser u, String amount) {
    return StartWithdrawalRequest.newBuilder()
        .setUserId(u.userId())
        .setAmount(amount)
        .setCurrency(EUR)
        .setWithdrawalMethodId("method-1")
        .setIdempotencyKey(key())
        .build();
  }

  private StartWithdrawalResponse startWithdrawal(TckUser u, String amount) {
    return service().startWithdrawal(withdrawalRequest(u, amount));
  }

  private FailWithdrawalResponse failWithdrawal(Payment p) {
    return service()
        .failWithdrawal(
            FailWithdrawalRequest.newBuilder()
                .setPaymentId(p.getPaymentId())
                .setFailureReason("account closed")
                .setIdempotencyKey(key())
                .build());
  }

  private RecordChargebackResponse chargeback(Payment p, String amount) {
    return service()
        .recordChargeback(
            RecordChargebackRequest.newBuilder()
                .setPaymentId(p.getPaymentId())
                .setAmount(amount)
                .setCurrency(EUR)
                .setChargebackReference("cb-" + UUID.randomUUID())
                .setIdempotencyKey(key())
                .build());
  }

  private static ReserveBalanceRequest.Builder reserveRequest(
      TckUser u, String amount, String saga) {
    return ReserveBalanceRequest.newBuilder()
        .setUserId(u.userId())
        .setAmount(amount)
        .setSagaId(saga)
        .setIdempotencyKey(key());
  }

  private Reservation reserve(TckUser u, String amount, String saga) {
    return service().reserveBalance(reserveRequest(u, amount, saga).build()).getReservation();
  }

  private CommitReservationResponse commit(Reservation r, String saga, String bet) {
    return service()
        .commitReservation(
            CommitReservationRequest.newBuilder()
                .setReservationId(r.getReservationId())
                .setSagaId(saga)
                .setBetId(bet)
                .setIdempotencyKey(key())
                .build());
  }

  private CancelReservationResponse cancel(String saga, String reservationId) {
    return service()
        .cancelReservation(
            CancelReservationRequest.newBuilder()
                .setSagaId(saga)
                .setReservationId(reservationId)
                .setIdempotencyKey(key())
                .build());
  }

  private Reservation getReservation(Reservation r) {
    return service()
        .getReservation(
            GetReservationRequest.newBuilder().setReservationId(r.getReservationId()).build())
        .getReservation();
  }

  private CreditBalanceResponse credit(TckUser u, String amount, CreditReason reason, String bet) {
    return service()
        .creditBalance(
            CreditBalanceRequest.newBuilder()
                .setUserId(u.userId())
                .setAmount(amount)
                .setCurrency(EUR)
                .setReason(reason)
                .setBetId(bet)
                .setIdempotencyKey(key())
                .build());
  }

  private com.tam.protos.wallet.v1.ChargeCommissionResponse commission(
      TckUser u, String market, int version, String amount) {
    return service()
        .chargeCommission(
            ChargeCommissionRequest.newBuilder()
                .setUserId(u.userId())
                .setMarketId(market)
                .setAmount(amount)
                .setCurrency(EUR)
                .setSettlementVersion(version)
                .setNetWinnings("100.00")
                .setRateBp(500)
                .setIdempotencyKey(key())
                .build());
  }

  private FreezeWalletResponse freeze(TckUser u) {
    return stub(target().operatorCredentials())
        .freezeWallet(
            FreezeWalletRequest.newBuilder()
                .setUserId(u.userId())
                .setNote("tck review")
                .setIdempotencyKey(key())
                .build());
  }

  private boolean unfreeze(TckUser u) {
    return stub(target().operatorCredentials())
        .unfreezeWallet(
            UnfreezeWalletRequest.newBuilder()
                .setUserId(u.userId())
                .setNote("tck review done")
                .setIdempotencyKey(key())
                .build())
        .getChanged();
  }

  private GetBalanceResponse balance(TckUser u) {
    return service().getBalance(GetBalanceRequest.newBuilder().setUserId(u.userId()).build());
  }

  private List<Transaction> entries(TckUser u, TransactionType type) {
    return service()
        .listTransactions(
            ListTransactionsRequest.newBuilder()
                .setUserId(u.userId())
                .setPageSize(500)
                .addTypes(type)
                .build())
        .getTransactionsList();
  }

  private void assertFigures(
      String rule, TckUser u, String balance, String reserved, String available) {
    GetBalanceResponse b = balance(u);
    assertThat(List.of(b.getBalance(), b.getReserved(), b.getAvailable()))
        .as("[%s] balance / reserved / available", rule)
        .containsExactly(balance, reserved, available);
  }

  private static <T> T call(String rule, Call<T> call) {
    try {
      return call.run();
    } catch (StatusRuntimeException e) {
      throw new AssertionError(
          "[" + rule + "] the call must succeed but failed with " + describe(e), e);
    }
  }

  private static StatusRuntimeException expectError(
      String rule, Status.Code code, ProtocolMessageEnum expected, Call<?> call) {
    String reason = ErrorReasons.toReason(expected);
    StatusRuntimeException error = null;
    Object result = null;
    try {
      result = call.run();
    } catch (StatusRuntimeException e) {
      error = e;
    }
    if (error == null) {
      throw new AssertionError(
          "["
              + rule
              + "] expected "
              + code
              + " / "
              + reason
              + " but the call succeeded: "
              + String.valueOf(result).replace('\n', ' '));
    }
    assertThat(error.getStatus().getCode() + " / " + info(error).getReason())
        .as("[%s] status code and ErrorInfo.reason (%s)", rule, describe(error))
        .isEqualTo(code + " / " + reason);
    assertThat(info(error).getDomain())
        .as("[%s] ErrorInfo.domain", rule)
        .isIn("wallet.tam.internal", "user.tam.internal");
    TckAssertions.assertDocumentedMetadata(rule, expected, info(error));
    return error;
  }

  private static void assertMetadata(
      String rule, StatusRuntimeException e, String metadataKey, String value) {
    assertThat(info(e).getMetadataMap().get(metadataKey))
        .as("[%s] ErrorInfo.metadata[%s]", rule, metadataKey)
        .isEqualTo(value);
  }

  private static ErrorInfo info(StatusRuntimeException e) {
    return RpcErrors.errorInfo(e).orElse(ErrorInfo.getDefaultInstance());
  }

  private static String describe(StatusRuntimeException e) {
    ErrorInfo i = info(e);
    return e.getStatus().getCode()
        + " / "
        + (i.getReason().isEmpty() ? "<no ErrorInfo>" : i.getReason())
        + ": "
        + e.getStatus().getDescription();
  }
}
