package com.tam.protos.interop;

import build.buf.protovalidate.ValidationResult;
import build.buf.protovalidate.Validator;
import build.buf.protovalidate.ValidatorFactory;
import build.buf.protovalidate.exceptions.ValidationException;
import com.tam.protos.wallet.v1.Reservation;
import com.tam.protos.wallet.v1.ReservationStatus;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A WalletService test server built from the Maven artifact's Java stubs, for the cross-language
 * proof: the Go and Python clients in gen/go and tests/python call it over loopback
 * (scripts/interop-test.sh).
 *
 * <p>It behaves like the Go and Python test servers: ReserveBalance validates the request with
 * protovalidate (INVALID_ARGUMENT on a violation), then echoes it in a PENDING reservation {@code
 * "res-<saga_id>"} in EUR with {@code available_after = "400.00"} (a wallet of 500.00).
 */
public final class InteropWalletServer extends WalletServiceGrpc.WalletServiceImplBase {

  private final Validator validator = ValidatorFactory.newBuilder().build();

  @Override
  public void reserveBalance(
      ReserveBalanceRequest request, StreamObserver<ReserveBalanceResponse> responseObserver) {
    ValidationResult result;
    try {
      result = validator.validate(request);
    } catch (ValidationException e) {
      responseObserver.onError(Status.INTERNAL.withDescription(e.getMessage()).asException());
      return;
    }
    if (!result.isSuccess()) {
      responseObserver.onError(
          Status.INVALID_ARGUMENT.withDescription(result.toString()).asException());
      return;
    }
    Reservation reservation =
        Reservation.newBuilder()
            .setReservationId("res-" + request.getSagaId())
            .setUserId(request.getUserId())
            .setSagaId(request.getSagaId())
            .setAmount(request.getAmount())
            .setCurrency("EUR")
            .setStatus(ReservationStatus.RESERVATION_STATUS_PENDING)
            .build();
    responseObserver.onNext(
        ReserveBalanceResponse.newBuilder()
            .setReservation(reservation)
            .setAvailableAfter("400.00")
            .build());
    responseObserver.onCompleted();
  }

  /**
   * Starts the server on the loopback address.
   *
   * @param port the port, or 0 for a free one
   * @return the started server; {@link Server#getPort()} tells the port
   * @throws IOException if the port cannot be bound
   */
  public static Server start(int port) throws IOException {
    return NettyServerBuilder.forAddress(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
        .addService(new InteropWalletServer())
        .build()
        .start();
  }

  /**
   * Binds a free loopback port, prints {@code PORT=<port>} on a line of its own, then serves until
   * the process is stopped.
   *
   * @param args unused
   * @throws Exception if the server cannot start or is interrupted
   */
  public static void main(String[] args) throws Exception {
    Server server = start(0);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println("PORT=" + server.getPort());
    System.out.flush();
    server.awaitTermination();
  }
}
