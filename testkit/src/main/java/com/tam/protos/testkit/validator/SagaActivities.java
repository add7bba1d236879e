package com.tam.protos.testkit.validator;

import com.tam.protos.order.v1.CancelBetRequest;
import com.tam.protos.order.v1.CancelBetResponse;
import com.tam.protos.order.v1.ConfirmBetRequest;
import com.tam.protos.order.v1.ConfirmBetResponse;
import com.tam.protos.order.v1.Order;
import com.tam.protos.order.v1.PlaceBetRequest;
import com.tam.protos.order.v1.PlaceBetResponse;
import com.tam.protos.risk.v1.AssessBetRequest;
import com.tam.protos.risk.v1.AssessBetResponse;
import com.tam.protos.risk.v1.ReleaseBetLimitsRequest;
import com.tam.protos.risk.v1.ReleaseBetLimitsResponse;
import com.tam.protos.wallet.v1.CancelReservationRequest;
import com.tam.protos.wallet.v1.CancelReservationResponse;
import com.tam.protos.wallet.v1.CommitReservationRequest;
import com.tam.protos.wallet.v1.CommitReservationResponse;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.GetReservationRequest;
import com.tam.protos.wallet.v1.GetReservationResponse;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import io.temporal.activity.ActivityInterface;

/**
 * The bet-placement saga's Temporal activities: one per RPC the saga makes, each one gRPC call
 * through the generated stub with the service's credentials. Arguments and results are the RPCs'
 * own request and response messages. A gRPC error becomes an {@code ApplicationFailure} whose type
 * is the canonical code name, whose details hold the {@code google.rpc.Status} (with its {@code
 * ErrorInfo}), and which is non-retryable exactly when the contract calls the error definitive.
 */
@ActivityInterface
public interface SagaActivities {
  /** {@code risk.v1.RiskService.AssessBet} (saga step 1), with risk's own deadline. */
  AssessBetResponse assessBet(AssessBetRequest request);

  /** {@code wallet.v1.WalletService.ReserveBalance}. */
  ReserveBalanceResponse reserveBalance(ReserveBalanceRequest request);

  /** {@code order.v1.OrderBookService.PlaceBet}. */
  PlaceBetResponse placeBet(PlaceBetRequest request);

  /** {@code wallet.v1.WalletService.CommitReservation}. */
  CommitReservationResponse commitReservation(CommitReservationRequest request);

  /** {@code order.v1.OrderBookService.ConfirmBet}. */
  ConfirmBetResponse confirmBet(ConfirmBetRequest request);

  /** {@code order.v1.OrderBookService.CancelBet}. */
  CancelBetResponse cancelBet(CancelBetRequest request);

  /** {@code wallet.v1.WalletService.CancelReservation}. */
  CancelReservationResponse cancelReservation(CancelReservationRequest request);

  /** {@code wallet.v1.WalletService.GetReservation}: resolves an unknown pivot outcome. */
  GetReservationResponse getReservation(GetReservationRequest request);

  /** {@code risk.v1.RiskService.ReleaseBetLimits}. */
  ReleaseBetLimitsResponse releaseBetLimits(ReleaseBetLimitsRequest request);

  /** {@code wallet.v1.WalletService.CreditBalance}: the REFUND resolution. */
  CreditBalanceResponse creditBalance(CreditBalanceRequest request);

  /**
   * Publishes the order event of the order's state (COMPLETED, COMPENSATED or REJECTED, FAILED,
   * RESOLVED), with a deterministic event id so that a retried publication is deduplicated.
   *
   * @param order the order in the state to announce
   * @return the order, unchanged
   */
  Order publishOrderEvent(Order order);
}
