package com.tam.protos.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seed's ReserveBalance call over real HTTP/2 (grpc-netty-shaded) on the loopback interface.
 */
class NettyLoopbackRoundTripTest {

  private final EchoWalletService service = new EchoWalletService();
  private Server server;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws IOException {
    InetAddress loopback = InetAddress.getLoopbackAddress();
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress(loopback, 0))
            .addService(service)
            .build()
            .start();
    channel =
        NettyChannelBuilder.forAddress(new InetSocketAddress(loopback, server.getPort()))
            .usePlaintext()
            .build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void reserveBalanceRoundTripsTheSeedRequestOverTheWire() {
    ReserveBalanceRequest seed = SeedRequests.reserveBalance();

    ReserveBalanceResponse response =
        WalletServiceGrpc.newBlockingStub(channel)
            .withDeadlineAfter(30, TimeUnit.SECONDS)
            .reserveBalance(seed);

    assertThat(server.getPort()).isPositive();
    assertThat(service.received()).containsExactly(seed);
    assertThat(service.received().get(0).toByteArray()).isEqualTo(seed.toByteArray());
    assertThat(response).isEqualTo(EchoWalletService.responseFor(seed));
    assertThat(response.getReservation().getState())
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(response.getReservation().getAmount()).isEqualTo("100.00");
  }
}
