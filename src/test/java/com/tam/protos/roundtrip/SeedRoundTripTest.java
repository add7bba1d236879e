package com.tam.protos.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testing.FakeWallet;
import com.tam.protos.testing.GrpcTestHarness;
import com.tam.protos.testing.GrpcTestHarness.Transport;
import com.tam.protos.testing.SeedRequests;
import com.tam.protos.wallet.v1.ReservationState;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.ReserveBalanceResponse;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed's ReserveBalance call through each transport: grpc-inprocess and real HTTP/2
 * (grpc-netty-shaded) on the loopback interface, against the kit-wrapped fake wallet.
 */
class SeedRoundTripTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void reserveBalanceRoundTripsTheSeedRequest(Transport transport) throws Exception {
    FakeWallet wallet = new FakeWallet();
    ReserveBalanceRequest seed = SeedRequests.reserveBalance();

    ReserveBalanceResponse response;
    try (GrpcTestHarness harness = GrpcTestHarness.start(transport, List.of(wallet.service()))) {
      response =
          WalletServiceGrpc.newBlockingStub(harness.channel())
              .withDeadlineAfter(30, TimeUnit.SECONDS)
              .reserveBalance(seed);
    }

    assertThat(wallet.received()).containsExactly(seed);
    ReserveBalanceRequest received = (ReserveBalanceRequest) wallet.received().get(0);
    assertThat(received.toByteArray()).isEqualTo(seed.toByteArray());
    assertThat(received.getUserId()).isEqualTo("user-123");
    assertThat(received.getAmount()).isEqualTo("100.00");
    assertThat(received.getSagaId()).isEqualTo("saga-456");
    assertThat(received.getIdempotencyKey()).isEqualTo("idempotency-789");
    assertThat(received.hasTtl()).isFalse();
    assertThat(response).isEqualTo(FakeWallet.responseFor(seed));
    assertThat(response.getReservation().getReservationId()).isEqualTo("res-saga-456");
    assertThat(response.getReservation().getState())
        .isEqualTo(ReservationState.RESERVATION_STATE_PENDING);
    assertThat(response.getAvailableAfter()).isEqualTo("400.00");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anExponentAmountGetsTheKitsValidationStatus(Transport transport) throws Exception {
    FakeWallet wallet = new FakeWallet();
    ReserveBalanceRequest bad = SeedRequests.reserveBalance().toBuilder().setAmount("1e3").build();

    try (GrpcTestHarness harness = GrpcTestHarness.start(transport, List.of(wallet.service()))) {
      var stub =
          WalletServiceGrpc.newBlockingStub(harness.channel())
              .withDeadlineAfter(30, TimeUnit.SECONDS);
      assertThatThrownBy(() -> stub.reserveBalance(bad))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_VALIDATION_FAILED))
                    .isTrue();
                assertThat(RpcErrors.badRequest(e).orElseThrow().getFieldViolationsList())
                    .extracting(v -> v.getField())
                    .containsExactly("amount");
              });
    }
    assertThat(wallet.received()).isEmpty();
  }
}
