package com.tam.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testkit.platform.FaultInjector;
import com.tam.protos.testkit.platform.FaultPlan;
import com.tam.protos.testkit.platform.PlatformServer;
import com.tam.protos.testkit.support.BearerToken;
import com.tam.protos.testkit.support.DemoTokens;
import com.tam.protos.testkit.support.Ids;
import com.tam.protos.testkit.support.MutableClock;
import com.tam.protos.testkit.support.RecordingEventBus;
import com.tam.protos.testkit.support.ServiceContext;
import com.tam.protos.testkit.wallet.ReferenceWalletService;
import com.tam.protos.wallet.v1.ConfirmDepositRequest;
import com.tam.protos.wallet.v1.GetBalanceRequest;
import com.tam.protos.wallet.v1.OpenWalletRequest;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.StartDepositRequest;
import com.tam.protos.wallet.v1.WalletErrorReason;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bet-slip service against the testkit's reference wallet (com.tam:tam-protos-testkit, test
 * scope), on a {@link PlatformServer} that authenticates and validates every call as the platform
 * does, with a {@link FaultPlan} that makes the wallet's outcomes unknown to the caller.
 */
class BetSlipServiceTest {
  private static final String RESERVE = "wallet.v1.WalletService/ReserveBalance";
  private final MutableClock clock = MutableClock.startingAt(Instant.parse("2026-06-01T12:00:00Z"));
  private final FaultInjector faults = new FaultInjector(FaultPlan.none());
  private PlatformServer server;
  private WalletServiceGrpc.WalletServiceBlockingStub admin;

  private void start() {
    PlatformServer.Builder b = PlatformServer.newBuilder(clock).intercept(faults);
    ServiceContext ctx =
        new ServiceContext(
            clock,
            new RecordingEventBus(),
            b.channel(),
            BearerToken.of(DemoTokens.SERVICE_TOKEN),
            Ids.seeded(1));
    server = b.addService(new ReferenceWalletService(ctx)).start();
    admin =
        WalletServiceGrpc.newBlockingStub(server.channel())
            .withCallCredentials(BearerToken.of(DemoTokens.SERVICE_TOKEN));
    admin.openWallet(
        OpenWalletRequest.newBuilder()
            .setUserId("alice")
            .setCurrency("EUR")
            .setIdempotencyKey("open-alice")
            .build());
    var payment =
        admin
            .startDeposit(
                StartDepositRequest.newBuilder()
                    .setUserId("alice")
                    .setAmount("100.00")
                    .setCurrency("EUR")
                    .setIdempotencyKey("deposit-alice")
                    .build())
            .getPayment();
    admin.confirmDeposit(
        ConfirmDepositRequest.newBuilder()
            .setUserId("alice")
            .setPaymentId(payment.getPaymentId())
            .setAmount("100.00")
            .setCurrency("EUR")
            .setPaymentReference("psp-1")
            .setIdempotencyKey("confirm-alice")
            .build());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private BetSlipService service(int attempts) {
    return new BetSlipService(server.channel(), BearerToken.of(DemoTokens.SERVICE_TOKEN), attempts);
  }

  private String available() {
    return admin
        .getBalance(GetBalanceRequest.newBuilder().setUserId("alice").build())
        .getAvailable();
  }

  @Test
  void holdsTheStakeOnceAlthoughTheWalletsAnswersGetLost() {
    start();
    // Every other ReserveBalance reaches the wallet but its answer is lost (seeded, so the run
    // is the same every time).
    faults.plan(FaultPlan.seeded(3).failAfter(RESERVE, 0.5, Status.Code.UNAVAILABLE).build());
    BetSlipService slips = service(10);

    Reservation first = slips.holdStake("alice", "s1", "25.00", "EUR");
    Reservation second = slips.holdStake("alice", "s2", "30.00", "EUR");
    Reservation again = slips.holdStake("alice", "s1", "25.00", "EUR");

    assertThat(faults.plan().injected(FaultPlan.Kind.FAIL_AFTER)).isPositive();
    assertThat(again.getReservationId()).isEqualTo(first.getReservationId());
    assertThat(second.getReservationId()).isNotEqualTo(first.getReservationId());
    assertThat(available()).as("100.00 - 25.00 - 30.00, each held once").isEqualTo("45.00");
  }

  @Test
  void releasingAnAbandonedSlipFreesItsStake() {
    start();
    BetSlipService slips = service(3);
    Reservation hold = slips.holdStake("alice", "s1", "40.00", "EUR");

    slips.releaseStake("alice", "s1", hold.getReservationId());
    slips.releaseStake("alice", "s1", hold.getReservationId());

    assertThat(hold.getState()).isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(available()).isEqualTo("100.00");
  }

  @Test
  void theWalletsDecisionIsNotRetried() {
    start();
    BetSlipService slips = service(5);

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class, () -> slips.holdStake("alice", "s1", "500.00", "EUR"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    assertThat(RpcErrors.hasReason(e, WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS))
        .isTrue();
  }

  @Test
  void givesUpAfterItsAttemptsWhenTheWalletStaysDown() {
    start();
    faults.plan(FaultPlan.seeded(1).failBefore(RESERVE, 1.0, Status.Code.UNAVAILABLE).build());

    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () -> service(3).holdStake("alice", "s1", "10.00", "EUR"));

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
    assertThat(faults.plan().injected(FaultPlan.Kind.FAIL_BEFORE)).isEqualTo(3);
    assertThat(available()).isEqualTo("100.00");
  }
}
