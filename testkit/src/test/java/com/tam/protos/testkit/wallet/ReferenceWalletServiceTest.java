package com.tam.protos.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Duration;
import com.google.protobuf.Message;
import com.google.rpc.RetryInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.common.v1.EventMetadata;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.events.Envelopes;
import com.tam.protos.events.EventRegistry;
import com.tam.protos.risk.v1.CheckDenialReason;
import com.tam.protos.risk.v1.CheckDepositRequest;
import com.tam.protos.risk.v1.CheckDepositResponse;
import com.tam.protos.risk.v1.CheckRateLimitRequest;
import com.tam.protos.risk.v1.CheckRateLimitResponse;
import com.tam.protos.risk.v1.CheckWithdrawalRequest;
import com.tam.protos.risk.v1.CheckWithdrawalResponse;
import com.tam.protos.risk.v1.LimitPeriod;
import com.tam.protos.risk.v1.RiskAlert;
import com.tam.protos.risk.v1.RiskAlertAction;
import com.tam.protos.risk.v1.RiskAlertRaisedEvent;
import com.tam.protos.risk.v1.RiskServiceGrpc;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.user.v1.User;
import com.tam.protos.user.v1.UserRegisteredEvent;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.FreezeReason;
import com.tam.protos.wallet.v1.FreezeWalletRequest;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.GetBalanceResponse;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.PaymentUpdatedEvent;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationCommittedEvent;
import com.tam.protos.wallet.v1.ReservationCreatedEvent;
import com.tam.protos.wallet.v1.ReservationReleasedEvent;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.StartWithdrawalRequest;
import com.tam.protos.wallet.v1.Transaction;
import com.tam.protos.wallet.v1.TransactionRecordedEvent;
import com.tam.protos.wallet.v1.TransactionType;
import com.tam.protos.wallet.v1.UnfreezeWalletRequest;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletFrozenEvent;
import com.tam.protos.wallet.v1.WalletOpenedEvent;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import com.tam.protos.wallet.v1.WalletUnfrozenEvent;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Behaviour of the reference wallet that a TCK cannot see: events, consumers, risk, inspection. */
class ReferenceWalletServiceTest {
  private WalletFixture f = new WalletFixture();

  @AfterEach
  void stop() {
    f.close();
  }

  private WalletServiceGrpc.WalletServiceBlockingStub service() {
    return WalletServiceGrpc.newBlockingStub(f.channel())
        .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
  }

  /** Restarts the fixture with a wallet that asks {@code risk} about every payment. */
  private FakeRisk withFakeRiskAnalyzer() {
    f.close();
    FakeRisk risk = new FakeRisk();
    f =
        new WalletFixture(
            w -> {}, false, ReferenceWalletService.Config.defaults().withRisk(true), risk);
    return risk;
  }

  private void openAndFund(String user, String amount) {
    service()
        .openWallet(
            OpenWalletRequest.newBuilder()
                .setUserId(user)
                .setCurrency("EUR")
                .setIdempotencyKey("open-wallet:" + user)
                .build());
    service()
        .confirmDeposit(
            ConfirmDepositRequest.newBuilder()
                .setUserId(user)
                .setAmount(amount)
                .setCurrency("EUR")
                .setPaymentReference("ref-" + user + "-" + amount)
                .setIdempotencyKey("deposit-" + user + "-" + amount)
                .build());
  }

  @Test
  void theSeedsFourFieldRequestSucceedsAgainstAFundedEurWallet() {
    openAndFund("user-123", "500.00");

    ReserveBalanceResponse r =
        service()
            .reserveBalance(
                ReserveBalanceRequest.newBuilder()
                    .setUserId("user-123")
                    .setAmount("100.00")
                    .setSagaId("saga-456")
                    .setIdempotencyKey("idempotency-789")
                    .build());

    assertThat(r.getReservation().getState()).isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(r.getReservation().getCurrency()).isEqualTo("EUR");
    assertThat(r.getAvailableAfter()).isEqualTo("400.00");
    assertThat(f.wallet.balances().get("user-123").reserved()).isEqualByComparingTo("100.00");
  }

  @Test
  void withoutEventValidationTheEnvelopesAreStillComplete() {
    f.close();
    f =
        new WalletFixture(
            w -> {}, false, ReferenceWalletService.Config.defaults().withEventValidation(false));
    everyEventIsAValidEnvelopeWithGapFreeSequencesPerAggregate();
  }

  @Test
  void everyEventIsAValidEnvelopeWithGapFreeSequencesPerAggregate() {
    openAndFund("alice", "100.00");
    Reservation r1 = reserve("alice", "30.00", "saga-1", null);
    service()
        .commitReservation(
            CommitReservationRequest.newBuilder()
                .setReservationId(r1.getReservationId())
                .setSagaId("saga-1")
                .setBetId("bet-1")
                .setIdempotencyKey("saga-1:commit")
                .build());
    reserve("alice", "10.00", "saga-2", Duration.newBuilder().setSeconds(5).build());
    f.clock.advance(java.time.Duration.ofSeconds(6));
    assertThat(f.wallet.expireDue()).isEqualTo(1);
    WalletServiceGrpc.WalletServiceBlockingStub operator =
        WalletServiceGrpc.newBlockingStub(f.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.OPERATOR_TOKEN));
    operator.freezeWallet(
        FreezeWalletRequest.newBuilder()
            .setUserId("alice")
            .setNote("kyc")
            .setIdempotencyKey("f1")
            .build());
    operator.unfreezeWallet(
        UnfreezeWalletRequest.newBuilder()
            .setUserId("alice")
            .setNote("ok")
            .setIdempotencyKey("u1")
            .build());
    service()
        .startDeposit(
            StartDepositRequest.newBuilder()
                .setUserId("alice")
                .setAmount("5.00")
                .setCurrency("EUR")
                .setIdempotencyKey("d2")
                .build());

    EventRegistry registry = EventRegistry.load();
    Map<String, List<Long>> versions = new HashMap<>();
    for (Message m : f.bus.published()) {
      // Every published event passes the envelope checks again (ids, subject, producer, rules).
      assertThat(Envelopes.prepare(registry.of(m), m, f.clock.instant())).isEqualTo(m);
      var meta = Envelopes.metadata(m);
      versions
          .computeIfAbsent(
              registry.of(m).aggregate() + "/" + meta.getAggregateId(), k -> new ArrayList<>())
          .add(meta.getAggregateVersion());
    }
    assertThat(versions.get("wallet/alice")).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(versions.get("wallet_status/alice")).containsExactly(1L, 2L, 3L);
    assertThat(versions.get("reservation/" + r1.getReservationId())).containsExactly(1L, 2L);
    assertThat(f.bus.published(WalletOpenedEvent.getDefaultInstance())).hasSize(1);
    assertThat(f.bus.published(WalletFrozenEvent.getDefaultInstance()).get(0).getReason())
        .isEqualTo(FreezeReason.FREEZE_REASON_OPERATOR);
    assertThat(f.bus.published(WalletUnfrozenEvent.getDefaultInstance())).hasSize(1);
    assertThat(f.bus.published(ReservationCreatedEvent.getDefaultInstance())).hasSize(2);
    assertThat(f.bus.published(ReservationCommittedEvent.getDefaultInstance())).hasSize(1);
    assertThat(
            f.bus
                .published(ReservationReleasedEvent.getDefaultInstance())
                .get(0)
                .getReservation()
                .getState())
        .isEqualTo(ReservationState.RESERVATION_STATE_EXPIRED);
    assertThat(f.bus.published(PaymentUpdatedEvent.getDefaultInstance())).hasSize(2);
    // The ledger rebuilt from transaction.recorded equals the wallet's ledger.
    List<Transaction> fromEvents =
        f.bus.published(TransactionRecordedEvent.getDefaultInstance()).stream()
            .map(TransactionRecordedEvent::getTransaction)
            .toList();
    assertThat(fromEvents).isEqualTo(f.wallet.ledger("alice"));
    assertThat(fromEvents.get(4).getType())
        .isEqualTo(TransactionType.TRANSACTION_TYPE_RESERVATION_RELEASE);
    assertThat(fromEvents.get(4).getIdempotencyKey()).startsWith("expiry:");
    assertThat(
            f.bus
                .published(TransactionRecordedEvent.getDefaultInstance())
                .get(1)
                .getMetadata()
                .getSagaId())
        .isEqualTo("saga-1");
  }

  @Test
  void aReplayPublishesNothing() {
    openAndFund("alice", "100.00");
    ReserveBalanceRequest req =
        ReserveBalanceRequest.newBuilder()
            .setUserId("alice")
            .setAmount("10.00")
            .setSagaId("s")
            .setIdempotencyKey("s:reserve")
            .build();
    service().reserveBalance(req);
    int before = f.bus.published().size();
    service().reserveBalance(req);
    assertThat(f.bus.published()).hasSize(before);
  }

  @Test
  void expiryHappensWithoutACallWhenTheJobRuns() {
    openAndFund("alice", "100.00");
    Reservation r = reserve("alice", "40.00", "s", Duration.newBuilder().setSeconds(10).build());
    f.clock.advance(java.time.Duration.ofSeconds(9));
    assertThat(f.wallet.expireDue()).isZero();
    f.clock.advance(java.time.Duration.ofSeconds(1));
    assertThat(f.wallet.expireDue()).isEqualTo(1);
    assertThat(f.wallet.reservations())
        .filteredOn(x -> x.getReservationId().equals(r.getReservationId()))
        .extracting(Reservation::getState)
        .containsExactly(ReservationState.RESERVATION_STATE_EXPIRED);
    assertThat(f.wallet.balances().get("alice").available()).isEqualByComparingTo("100.00");
  }

  @Test
  void reservationsExpireInTimeOrderWhateverTheirTtl() {
    openAndFund("alice", "100.00");
    Reservation longTtl = reserve("alice", "1.00", "s1", seconds(600));
    Reservation defaultTtl = reserve("alice", "1.00", "s2", null);
    Reservation shortTtl = reserve("alice", "1.00", "s3", seconds(5)); // earlier than the others

    f.clock.advance(java.time.Duration.ofSeconds(4));
    assertThat(f.wallet.expireDue()).isZero();
    f.clock.advance(java.time.Duration.ofSeconds(1));
    assertThat(f.wallet.expireDue()).isEqualTo(1);
    assertThat(state(shortTtl)).isEqualTo(ReservationState.RESERVATION_STATE_EXPIRED);
    assertThat(List.of(state(longTtl), state(defaultTtl)))
        .containsOnly(ReservationState.RESERVATION_STATE_PENDING);
    f.clock.set(instant(defaultTtl.getExpireTime()));
    assertThat(f.wallet.expireDue()).isEqualTo(1);
    assertThat(state(defaultTtl)).isEqualTo(ReservationState.RESERVATION_STATE_EXPIRED);
    assertThat(state(longTtl)).isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    f.clock.set(instant(longTtl.getExpireTime()));
    assertThat(f.wallet.expireDue()).isEqualTo(1);
    assertThat(state(longTtl)).isEqualTo(ReservationState.RESERVATION_STATE_EXPIRED);
    assertThat(f.wallet.balances().get("alice").available()).isEqualByComparingTo("100.00");
  }

  private ReservationState state(Reservation r) {
    return f.wallet.reservations().stream()
        .filter(x -> x.getReservationId().equals(r.getReservationId()))
        .map(Reservation::getState)
        .findFirst()
        .orElseThrow();
  }

  private static Duration seconds(long s) {
    return Duration.newBuilder().setSeconds(s).build();
  }

  private static java.time.Instant instant(com.google.protobuf.Timestamp t) {
    return java.time.Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  @Test
  void userRegisteredOpensTheWalletOnceAndARiskAlertFreezesIt() {
    UserRegisteredEvent registered =
        UserRegisteredEvent.newBuilder()
            .setMetadata(
                EventMetadata.newBuilder().setEventId("0b6f4b8e-1d7c-4d7e-9c62-0c1e3f6c9b01"))
            .setUser(User.newBuilder().setUserId("carol").setCurrency("GBP"))
            .build();
    f.bus.publish(registered);
    f.bus.publish(registered);
    assertThat(f.wallet.balances().get("carol").currency()).isEqualTo("GBP");
    assertThat(f.bus.published(WalletOpenedEvent.getDefaultInstance())).hasSize(1);

    RiskAlertRaisedEvent alert =
        RiskAlertRaisedEvent.newBuilder()
            .setMetadata(
                EventMetadata.newBuilder().setEventId("5f0e8a52-3c1b-4f6e-8d2a-7b9c0d1e2f3a"))
            .setAlert(
                RiskAlert.newBuilder()
                    .setAlertId("alert-1")
                    .setUserId("carol")
                    .setRecommendedAction(RiskAlertAction.RISK_ALERT_ACTION_FREEZE_WALLET))
            .build();
    f.bus.publish(alert);
    f.bus.publish(alert);
    GetBalanceResponse b =
        service().getBalance(GetBalanceRequest.newBuilder().setUserId("carol").build());
    assertThat(b.getFrozen()).isTrue();
    assertThat(b.getFreezeReason()).isEqualTo(FreezeReason.FREEZE_REASON_RISK_ALERT);
    assertThat(f.bus.published(WalletFrozenEvent.getDefaultInstance())).hasSize(1);
  }

  @Test
  void aThousandConcurrentRetriesWithOneKeyGiveOneReservationAndOneHold() throws Exception {
    f.close();
    f = new WalletFixture(w -> {}, true);
    openAndFund("alice", "1000.00");
    ReserveBalanceRequest req =
        ReserveBalanceRequest.newBuilder()
            .setUserId("alice")
            .setAmount("100.00")
            .setSagaId("saga-concurrent")
            .setIdempotencyKey("saga-concurrent:reserve")
            .build();
    WalletServiceGrpc.WalletServiceFutureStub stub =
        WalletServiceGrpc.newFutureStub(f.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
    List<Future<ReserveBalanceResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      calls.add(stub.reserveBalance(req));
    }
    List<String> ids = new ArrayList<>();
    int inProgress = 0;
    for (Future<ReserveBalanceResponse> c : calls) {
      try {
        ids.add(c.get().getReservation().getReservationId());
      } catch (ExecutionException e) {
        StatusRuntimeException s = (StatusRuntimeException) e.getCause();
        assertThat(s.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(RpcErrors.hasReason(s, ErrorReason.ERROR_REASON_IDEMPOTENCY_REQUEST_IN_PROGRESS))
            .isTrue();
        inProgress++;
      }
    }
    assertThat(ids.size() + inProgress).isEqualTo(1000);
    assertThat(ids).isNotEmpty();
    assertThat(ids.stream().distinct()).hasSize(1);
    assertThat(f.wallet.reservations()).hasSize(1);
    assertThat(f.wallet.ledger("alice"))
        .filteredOn(t -> t.getType() == TransactionType.TRANSACTION_TYPE_RESERVATION_HOLD)
        .hasSize(1);
    assertThat(f.wallet.balances().get("alice").reserved()).isEqualByComparingTo("100.00");
  }

  /** A risk-analyzer whose answers the test sets. */
  static final class FakeRisk extends RiskServiceGrpc.RiskServiceImplBase {
    final AtomicReference<Object> rate = new AtomicReference<>(true);
    final AtomicReference<CheckDepositResponse> deposit =
        new AtomicReference<>(CheckDepositResponse.newBuilder().setAllowed(true).build());
    final AtomicReference<Boolean> withdrawalAllowed = new AtomicReference<>(true);
    final java.util.List<CheckDepositRequest> depositRequests =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    final AtomicReference<StatusRuntimeException> depositFailsAfterRecording =
        new AtomicReference<>();

    @Override
    public void checkRateLimit(
        CheckRateLimitRequest req, StreamObserver<CheckRateLimitResponse> out) {
      Object r = rate.get();
      if (r instanceof StatusRuntimeException e) {
        out.onError(e);
        return;
      }
      boolean allowed = (Boolean) r;
      CheckRateLimitResponse.Builder b = CheckRateLimitResponse.newBuilder().setAllowed(allowed);
      if (!allowed) {
        b.setRetryAfter(Duration.newBuilder().setSeconds(42));
      }
      out.onNext(b.build());
      out.onCompleted();
    }

    @Override
    public void checkDeposit(CheckDepositRequest req, StreamObserver<CheckDepositResponse> out) {
      depositRequests.add(req);
      StatusRuntimeException failure = depositFailsAfterRecording.getAndSet(null);
      if (failure != null) {
        out.onError(failure);
        return;
      }
      out.onNext(deposit.get());
      out.onCompleted();
    }

    @Override
    public void checkWithdrawal(
        CheckWithdrawalRequest req, StreamObserver<CheckWithdrawalResponse> out) {
      CheckWithdrawalResponse.Builder b =
          CheckWithdrawalResponse.newBuilder().setAllowed(withdrawalAllowed.get());
      if (!withdrawalAllowed.get()) {
        b.setDenialReason(CheckDenialReason.CHECK_DENIAL_REASON_ACCOUNT_BLOCKED);
      }
      out.onNext(b.build());
      out.onCompleted();
    }
  }

  @Test
  void aSameKeyRetryAfterRiskWasUnreachableSendsRiskTheSameCheckAndSucceeds() {
    FakeRisk risk = withFakeRiskAnalyzer();
    var stub = service();
    stub.openWallet(
        OpenWalletRequest.newBuilder()
            .setUserId("eve")
            .setCurrency("EUR")
            .setIdempotencyKey("o")
            .build());
    StartDepositRequest deposit =
        StartDepositRequest.newBuilder()
            .setUserId("eve")
            .setAmount("20.00")
            .setCurrency("EUR")
            .setIdempotencyKey("dep-r")
            .build();
    risk.depositFailsAfterRecording.set(Status.UNAVAILABLE.asRuntimeException());

    StatusRuntimeException down =
        catchThrowableOfType(StatusRuntimeException.class, () -> stub.startDeposit(deposit));
    var payment = stub.startDeposit(deposit).getPayment();

    assertThat(down.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(risk.depositRequests).hasSize(2);
    assertThat(risk.depositRequests.get(1)).isEqualTo(risk.depositRequests.get(0));
    assertThat(payment.getPaymentId()).isEqualTo(risk.depositRequests.get(0).getPaymentId());
  }

  @Test
  void paymentsStartOnlyWhenRiskAnalyzerAllowsThemAndFailClosed() {
    FakeRisk risk = withFakeRiskAnalyzer();
    var stub = service();
    stub.openWallet(
        OpenWalletRequest.newBuilder()
            .setUserId("dan")
            .setCurrency("EUR")
            .setIdempotencyKey("o")
            .build());
    StartDepositRequest deposit =
        StartDepositRequest.newBuilder()
            .setUserId("dan")
            .setAmount("50.00")
            .setCurrency("EUR")
            .setIdempotencyKey("dep-1")
            .build();

    risk.rate.set(false);
    StatusRuntimeException limited =
        catchThrowableOfType(StatusRuntimeException.class, () -> stub.startDeposit(deposit));
    assertThat(limited.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    assertThat(RpcErrors.hasReason(limited, ErrorReason.ERROR_REASON_RATE_LIMITED)).isTrue();
    assertThat(RpcErrors.status(limited).flatMap(s -> RpcErrors.detail(s, RetryInfo.class)))
        .get()
        .extracting(r -> r.getRetryDelay().getSeconds())
        .isEqualTo(42L);

    risk.rate.set(Status.UNAVAILABLE.asRuntimeException());
    StatusRuntimeException down =
        catchThrowableOfType(StatusRuntimeException.class, () -> stub.startDeposit(deposit));
    assertThat(down.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(RpcErrors.hasReason(down, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isTrue();

    // Neither refusal was stored: the same key now succeeds.
    risk.rate.set(true);
    assertThat(stub.startDeposit(deposit).getPayment().getAmount()).isEqualTo("50.00");

    risk.deposit.set(
        CheckDepositResponse.newBuilder()
            .setAllowed(false)
            .setDenialReason(CheckDenialReason.CHECK_DENIAL_REASON_DEPOSIT_LIMIT_EXCEEDED)
            .setLimitPeriod(LimitPeriod.LIMIT_PERIOD_DAY)
            .setLimit("100.00")
            .setRemaining("20.00")
            .build());
    StatusRuntimeException overLimit =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> stub.startDeposit(deposit.toBuilder().setIdempotencyKey("dep-2").build()));
    assertThat(
            RpcErrors.hasReason(
                overLimit, WalletErrorReason.WALLET_ERROR_REASON_DEPOSIT_LIMIT_EXCEEDED))
        .isTrue();
    assertThat(RpcErrors.errorInfo(overLimit).get().getMetadataMap())
        .containsEntry("remaining", "20.00")
        .containsEntry("limit", "100.00");

    stub.confirmDeposit(
        ConfirmDepositRequest.newBuilder()
            .setUserId("dan")
            .setAmount("50.00")
            .setCurrency("EUR")
            .setPaymentReference("r")
            .setIdempotencyKey("c")
            .build());
    risk.withdrawalAllowed.set(false);
    StatusRuntimeException blocked =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                stub.startWithdrawal(
                    StartWithdrawalRequest.newBuilder()
                        .setUserId("dan")
                        .setAmount("10.00")
                        .setCurrency("EUR")
                        .setWithdrawalMethodId("iban-1")
                        .setIdempotencyKey("w")
                        .build()));
    assertThat(RpcErrors.hasReason(blocked, WalletErrorReason.WALLET_ERROR_REASON_ACCOUNT_BLOCKED))
        .isTrue();
    assertThat(f.wallet.balances().get("dan").balance())
        .isEqualByComparingTo(new BigDecimal("50.00"));
  }

  private Reservation reserve(String user, String amount, String saga, Duration ttl) {
    ReserveBalanceRequest.Builder b =
        ReserveBalanceRequest.newBuilder()
            .setUserId(user)
            .setAmount(amount)
            .setSagaId(saga)
            .setIdempotencyKey(saga + ":reserve");
    if (ttl != null) {
      b.setTtl(ttl);
    }
    return service().reserveBalance(b.build()).getReservation();
  }
}
