package com.tam.protos.testing;

import com.google.protobuf.Message;
import com.tam.protos.validation.ValidationInterceptor;
import com.tam.protos.wallet.v1.CreditBalanceRequest;
import com.tam.protos.wallet.v1.CreditBalanceResponse;
import com.tam.protos.wallet.v1.ListTransactionsRequest;
import com.tam.protos.wallet.v1.ListTransactionsResponse;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one test WalletService, built on the kit: {@link #service()} wraps it in the kit's {@link
 * ValidationInterceptor}, so a bad request gets exactly the status a real service answers
 * (INVALID_ARGUMENT, ErrorInfo VALIDATION_FAILED, BadRequest) and never reaches it.
 *
 * <p>It behaves like the Go and Python test servers (gen/go/wallet/v1,
 * tests/python/wallet_fake.py): ReserveBalance answers a PENDING reservation {@code
 * "res-<saga_id>"} in EUR with {@code available_after = "400.00"} (a wallet of 500.00).
 * CreditBalance and ListTransactions answer empty responses. Every request that reaches it is
 * recorded. Other RPCs are UNIMPLEMENTED.
 */
public final class FakeWallet extends WalletServiceGrpc.WalletServiceImplBase {

  private final List<Message> received = new CopyOnWriteArrayList<>();

  /**
   * Returns the fake wrapped in a default {@link ValidationInterceptor}, ready to add to a server.
   */
  public ServerServiceDefinition service() {
    return service(new ValidationInterceptor());
  }

  /** Returns the fake wrapped in the given validation interceptor. */
  public ServerServiceDefinition service(ValidationInterceptor validation) {
    return ServerInterceptors.intercept(this, validation);
  }

  /** Returns the requests that reached the fake, in arrival order. */
  public List<Message> received() {
    return List.copyOf(received);
  }

  /** Forgets the recorded requests. */
  public void clear() {
    received.clear();
  }

  /** Returns the response the fake sends for a ReserveBalance request. */
  public static ReserveBalanceResponse responseFor(ReserveBalanceRequest request) {
    return ReserveBalanceResponse.newBuilder()
        .setReservation(
            Reservation.newBuilder()
                .setReservationId("res-" + request.getSagaId())
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
      ReserveBalanceRequest request, StreamObserver<ReserveBalanceResponse> responses) {
    received.add(request);
    responses.onNext(responseFor(request));
    responses.onCompleted();
  }

  @Override
  public void creditBalance(
      CreditBalanceRequest request, StreamObserver<CreditBalanceResponse> responses) {
    received.add(request);
    responses.onNext(CreditBalanceResponse.getDefaultInstance());
    responses.onCompleted();
  }

  @Override
  public void listTransactions(
      ListTransactionsRequest request, StreamObserver<ListTransactionsResponse> responses) {
    received.add(request);
    responses.onNext(ListTransactionsResponse.getDefaultInstance());
    responses.onCompleted();
  }
}
