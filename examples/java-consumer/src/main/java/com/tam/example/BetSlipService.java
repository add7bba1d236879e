package com.tam.example;

import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.CallCredentials;
import io.grpc.Channel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;

/**
 * A small piece of a bet-slip service, the kind a team builds on the wallet contract: it holds a
 * slip's stake in the user's wallet and releases it when the slip is abandoned.
 *
 * <p>The calls follow the platform's retry rule (docs/CONVENTIONS.md): a transport failure ({@code
 * UNAVAILABLE}, {@code DEADLINE_EXCEEDED}) is an unknown outcome, so the call is repeated with the
 * <em>same</em> idempotency key, derived from the slip id, and the wallet replays the first outcome
 * instead of holding the stake twice. Its test runs it against the testkit's reference wallet with
 * injected faults.
 */
public final class BetSlipService {
  private final WalletServiceGrpc.WalletServiceBlockingStub wallet;
  private final int maxAttempts;

  /**
   * A service calling the wallet on {@code channel} with a service-role token.
   *
   * @param channel a channel to wallet-service
   * @param credentials the service's credentials
   * @param maxAttempts attempts per call for transport failures, at least 1
   */
  public BetSlipService(Channel channel, CallCredentials credentials, int maxAttempts) {
    this.wallet = WalletServiceGrpc.newBlockingStub(channel).withCallCredentials(credentials);
    this.maxAttempts = maxAttempts;
  }

  /**
   * Holds a slip's stake. Calling it again for the same slip returns the same hold.
   *
   * @param userId the bettor
   * @param slipId the slip, unique per bettor; it is the saga id and the key of the hold
   * @param stake the stake, a decimal string such as {@code "25.00"}
   * @param currency the stake's currency, which must be the wallet's
   * @return the hold
   * @throws StatusRuntimeException the wallet's decision (for example {@code FAILED_PRECONDITION /
   *     INSUFFICIENT_FUNDS}), or the last transport failure after {@code maxAttempts}
   */
  public Reservation holdStake(String userId, String slipId, String stake, String currency) {
    ReserveBalanceRequest request =
        ReserveBalanceRequest.newBuilder()
            .setUserId(userId)
            .setAmount(stake)
            .setCurrency(currency)
            .setSagaId("slip-" + slipId)
            .setIdempotencyKey("slip-hold-" + slipId)
            .build();
    return retrying(
        () ->
            wallet.withDeadlineAfter(5, TimeUnit.SECONDS).reserveBalance(request).getReservation());
  }

  /**
   * Releases the hold of an abandoned slip. Safe to repeat.
   *
   * @param userId the bettor
   * @param slipId the slip
   * @param reservationId the hold's id from {@link #holdStake}
   */
  public void releaseStake(String userId, String slipId, String reservationId) {
    CancelReservationRequest request =
        CancelReservationRequest.newBuilder()
            .setUserId(userId)
            .setReservationId(reservationId)
            .setSagaId("slip-" + slipId)
            .setIdempotencyKey("slip-release-" + slipId)
            .setReason("slip abandoned")
            .build();
    retrying(() -> wallet.withDeadlineAfter(5, TimeUnit.SECONDS).cancelReservation(request));
  }

  private <T> T retrying(java.util.function.Supplier<T> call) {
    StatusRuntimeException last = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return call.get();
      } catch (StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        boolean unknownOutcome =
            code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
        if (!unknownOutcome) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }
}
