package com.tam.protos.roundtrip;

import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test WalletService: records every ReserveBalance request and answers with a PENDING reservation
 * built from it. Other RPCs keep the generated UNIMPLEMENTED behaviour.
 */
final class EchoWalletService extends WalletServiceGrpc.WalletServiceImplBase {

  static final String RESERVATION_ID = "reservation-1";

  private final List<ReserveBalanceRequest> received = new CopyOnWriteArrayList<>();

  /** Returns the requests received so far, in arrival order. */
  List<ReserveBalanceRequest> received() {
    return List.copyOf(received);
  }

  /** Returns the response the service sends for a request. */
  static ReserveBalanceResponse responseFor(ReserveBalanceRequest request) {
    return ReserveBalanceResponse.newBuilder()
        .setReservation(
            Reservation.newBuilder()
                .setReservationId(RESERVATION_ID)
                .setUserId(request.getUserId())
                .setSagaId(request.getSagaId())
                .setAmount(request.getAmount())
                .setCurrency("EUR")
                .setState(ReservationState.RESERVATION_STATE_PENDING))
        .setAvailableAfter("400.00")
        .build();
  }

  @Override
  public void reserveBalance(
      ReserveBalanceRequest request, StreamObserver<ReserveBalanceResponse> response) {
    received.add(request);
    response.onNext(responseFor(request));
    response.onCompleted();
  }
}
