package com.tam.protos.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tam.protos.errors.RpcErrors;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java side of the cross-language check, called from Java over loopback. */
class InteropWalletServerTest {

  private Server server;
  private ManagedChannel channel;
  private WalletServiceGrpc.WalletServiceBlockingStub stub;

  @BeforeEach
  void startServer() throws Exception {
    server = InteropWalletServer.start(0);
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.getPort()).usePlaintext().build();
    stub = WalletServiceGrpc.newBlockingStub(channel);
  }

  @AfterEach
  void stopServer() {
    channel.shutdownNow();
    server.shutdownNow();
  }

  private static ReserveBalanceRequest.Builder seedRequest() {
    return ReserveBalanceRequest.newBuilder()
        .setUserId("user-123")
        .setAmount("100.00")
        .setSagaId("saga-456")
        .setIdempotencyKey("idempotency-789");
  }

  @Test
  void reservesTheSeedRequest() {
    ReserveBalanceResponse response = stub.reserveBalance(seedRequest().build());

    assertThat(response.getReservation().getReservationId()).isEqualTo("res-saga-456");
    assertThat(response.getReservation().getUserId()).isEqualTo("user-123");
    assertThat(response.getReservation().getAmount()).isEqualTo("100.00");
    assertThat(response.getReservation().getState())
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(response.getAvailableAfter()).isEqualTo("400.00");
  }

  @Test
  void rejectsAnExponentAmount() {
    assertThatThrownBy(() -> stub.reserveBalance(seedRequest().setAmount("1e3").build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason())
                  .isEqualTo("VALIDATION_FAILED");
              assertThat(RpcErrors.badRequest(e).orElseThrow().getFieldViolationsList())
                  .extracting(v -> v.getField())
                  .containsExactly("amount");
            });
  }
}
