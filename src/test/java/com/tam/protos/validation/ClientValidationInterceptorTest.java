package com.tam.protos.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.errors.RpcErrors;
import com.tam.protos.testing.FakeWallet;
import com.tam.protos.testing.GrpcTestHarness;
import com.tam.protos.testing.GrpcTestHarness.Transport;
import com.tam.protos.wallet.v1.ReserveBalanceRequest;
import com.tam.protos.wallet.v1.WalletServiceGrpc;
import io.grpc.ClientInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientValidationInterceptorTest {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void badRequestFailsLocallyWithTheServersErrorShape(Transport transport) throws Exception {
    FakeWallet wallet = new FakeWallet();
    try (GrpcTestHarness harness = GrpcTestHarness.start(transport, List.of(wallet.service()))) {
      var stub =
          WalletServiceGrpc.newBlockingStub(
                  ClientInterceptors.intercept(
                      harness.channel(), new ClientValidationInterceptor()))
              .withDeadlineAfter(30, TimeUnit.SECONDS);

      assertThat(stub.reserveBalance(ValidationInterceptorTest.VALID))
          .isEqualTo(FakeWallet.responseFor(ValidationInterceptorTest.VALID));
      assertThat(wallet.received()).containsExactly(ValidationInterceptorTest.VALID);

      ReserveBalanceRequest bad =
          ValidationInterceptorTest.VALID.toBuilder().setAmount("1e3").build();
      assertThatThrownBy(() -> stub.reserveBalance(bad))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_VALIDATION_FAILED))
                    .isTrue();
                assertThat(RpcErrors.badRequest(e).orElseThrow().getFieldViolations(0).getField())
                    .isEqualTo("amount");
              });
      assertThat(wallet.received()).hasSize(1);
    }
  }
}
