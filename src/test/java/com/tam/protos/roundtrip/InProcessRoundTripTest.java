package com.tam.protos.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's ReserveBalance call through grpc-inprocess. */
class InProcessRoundTripTest {

  private final EchoWalletService service = new EchoWalletService();
  private Server server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws IOException {
    String name = InProcessServerBuilder.generateName();
    server =
        InProcessServerBuilder.forName(name).directExecutor().addService(service).build().start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void reserveBalanceRoundTripsTheSeedRequest() {
    ReserveBalanceRequest seed = SeedRequests.reserveBalance();

    ReserveBalanceResponse response =
        WalletServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .reserveBalance(seed);

    assertThat(service.received()).containsExactly(seed);
    ReserveBalanceRequest received = service.received().get(0);
    assertThat(received.getUserId()).isEqualTo("user-123");
    assertThat(received.getAmount()).isEqualTo("100.00");
    assertThat(received.getSagaId()).isEqualTo("saga-456");
    assertThat(received.getIdempotencyKey()).isEqualTo("idempotency-789");
    assertThat(received.hasTtl()).isFalse();
    assertThat(response).isEqualTo(EchoWalletService.responseFor(seed));
    assertThat(response.getReservation().getState())
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
  }
}
