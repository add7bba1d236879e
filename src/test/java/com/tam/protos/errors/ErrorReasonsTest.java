package com.tam.protos.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import com.tam.protos.common.v1.ErrorReason;
import com.tam.protos.wallet.v1.CreditReason;
import com.tam.protos.wallet.v1.WalletErrorReason;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.junit.jupiter.api.Test;

class ErrorReasonsTest {

  @Test
  void reasonIsTheValueNameWithoutTheEnumPrefix() {
    assertThat(ErrorReasons.toReason(ErrorReason.ERROR_REASON_VALIDATION_FAILED))
        .isEqualTo("VALIDATION_FAILED");
    assertThat(ErrorReasons.toReason(WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS))
        .isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(ErrorReasons.prefixOf(WalletErrorReason.getDescriptor()))
        .isEqualTo("WALLET_ERROR_REASON_");
    assertThat(ErrorReasons.prefixOf(CreditReason.getDescriptor())).isEqualTo("CREDIT_REASON_");
  }

  @Test
  void everyDefinedReasonRoundTrips() {
    for (Class<? extends Enum<?>> type :
        java.util.List.of(ErrorReason.class, WalletErrorReason.class)) {
      roundTrip(type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void roundTrip(Class type) {
    int checked = 0;
    for (Object constant : type.getEnumConstants()) {
      var value = (com.google.protobuf.ProtocolMessageEnum) constant;
      if (((Enum<?>) constant).name().equals("UNRECOGNIZED") || value.getNumber() == 0) {
        continue;
      }
      String reason = ErrorReasons.toReason(value);
      assertThat(reason).matches("[A-Z][A-Z0-9_]{0,62}");
      assertThat(ErrorReasons.fromReason(type, reason)).contains(constant);
      checked++;
    }
    assertThat(checked).isPositive();
  }

  @Test
  void zeroValueUnknownAndForeignReasonsAreRejected() {
    assertThatThrownBy(() -> ErrorReasons.toReason(ErrorReason.ERROR_REASON_UNSPECIFIED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErrorReasons.toReason(ErrorReason.UNRECOGNIZED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ErrorReasons.fromReason(ErrorReason.class, "UNSPECIFIED")).isEmpty();
    assertThat(ErrorReasons.fromReason(ErrorReason.class, "INSUFFICIENT_FUNDS")).isEmpty();
    assertThat(ErrorReasons.fromReason(ErrorReason.class, "ERROR_REASON_TOKEN_MISSING")).isEmpty();
    assertThat(ErrorReasons.fromReason(ErrorReason.class, "")).isEmpty();
    assertThat(ErrorReasons.fromReason(ErrorReason.class, null)).isEmpty();
  }

  @Test
  void builtErrorsCarryOneErrorInfoFirstAndReadBack() {
    StatusRuntimeException e =
        RpcErrors.error(
                Status.Code.FAILED_PRECONDITION,
                WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS,
                RpcErrors.domain("wallet"))
            .message("available funds are lower than the requested amount")
            .putMetadata("available", "20.00")
            .addDetail(RetryInfo.getDefaultInstance())
            .asException();

    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    assertThat(status.getDetailsCount()).isEqualTo(2);
    assertThat(status.getDetails(0).is(ErrorInfo.class)).isTrue();
    ErrorInfo info = RpcErrors.errorInfo(e).orElseThrow();
    assertThat(info.getReason()).isEqualTo("INSUFFICIENT_FUNDS");
    assertThat(info.getDomain()).isEqualTo("wallet.tam.internal");
    assertThat(info.getMetadataMap()).containsEntry("available", "20.00");
    assertThat(RpcErrors.reason(e, WalletErrorReason.class))
        .contains(WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS);
    assertThat(RpcErrors.reason(e, ErrorReason.class)).isEmpty();
    assertThat(RpcErrors.hasReason(e, WalletErrorReason.WALLET_ERROR_REASON_INSUFFICIENT_FUNDS))
        .isTrue();
    assertThat(RpcErrors.hasReason(e, WalletErrorReason.WALLET_ERROR_REASON_WALLET_NOT_FOUND))
        .isFalse();
    assertThat(RpcErrors.badRequest(e)).isEmpty();
  }

  @Test
  void plainStatusHasNoErrorInfo() {
    StatusRuntimeException e = Status.UNAVAILABLE.asRuntimeException();
    assertThat(RpcErrors.errorInfo(e)).isEmpty();
    assertThat(RpcErrors.hasReason(e, ErrorReason.ERROR_REASON_DEPENDENCY_UNAVAILABLE)).isFalse();
  }

  @Test
  void builderRejectsMisuse() {
    assertThatThrownBy(
            () -> RpcErrors.error(Status.Code.OK, ErrorReason.ERROR_REASON_RATE_LIMITED, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    var builder = RpcErrors.error(Status.Code.INTERNAL, ErrorReason.ERROR_REASON_RATE_LIMITED, "x");
    assertThatThrownBy(() -> builder.addDetail(ErrorInfo.getDefaultInstance()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(builder.addDetail(BadRequest.getDefaultInstance())).isSameAs(builder);
  }

  @Test
  void domainsFollowTheConvention() {
    assertThat(RpcErrors.domainOf("wallet.v1.WalletService/ReserveBalance"))
        .isEqualTo("wallet.tam.internal");
    assertThat(RpcErrors.domainOf("order.v1.OrderBookService")).isEqualTo("order.tam.internal");
    assertThatThrownBy(() -> RpcErrors.domain("Wallet"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RpcErrors.domainOf("NoPackage/Method"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
