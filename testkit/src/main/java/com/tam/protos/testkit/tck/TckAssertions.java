package com.tam.protos.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.ProtocolMessageEnum;
import com.google.rpc.ErrorInfo;
import com.tam.protos.errors.ErrorReasons;
import com.tam.protos.errors.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Error assertions the suites share. Every message starts with the rule's id in brackets, like the
 * suites' own assertions.
 */
final class TckAssertions {
  private TckAssertions() {}

  /**
   * Runs a call that must fail with a gRPC status.
   *
   * @param rule the rule id
   * @param call the call
   * @return the failure
   */
  static StatusRuntimeException fails(String rule, ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t)
        .as("[%s] the call must fail with a gRPC status", rule)
        .isInstanceOf(StatusRuntimeException.class);
    return (StatusRuntimeException) t;
  }

  /**
   * Asserts a failure's status code and its {@code ErrorInfo} reason.
   *
   * @param rule the rule id
   * @param e the failure
   * @param code the expected status code
   * @param reason the expected reason
   */
  static void assertError(
      String rule, StatusRuntimeException e, Status.Code code, ProtocolMessageEnum reason) {
    assertThat(e.getStatus().getCode())
        .as("[%s] status code (%s)", rule, e.getStatus())
        .isEqualTo(code);
    assertReason(rule, e, reason);
  }

  /**
   * Asserts a reason carried in a response field ({@code failure_reason} and the like), which holds
   * the same string as an {@code ErrorInfo.reason}.
   *
   * @param rule the rule id
   * @param field what the value is, for the message
   * @param actual the field's value
   * @param reason the expected reason
   */
  static void assertReason(String rule, String field, String actual, ProtocolMessageEnum reason) {
    assertThat(actual).as("[%s] %s", rule, field).isEqualTo(ErrorReasons.toReason(reason));
    TckReasons.checked(reason);
  }

  /**
   * Asserts a failure's {@code ErrorInfo.reason} only (the status code is checked elsewhere or is
   * free).
   *
   * @param rule the rule id
   * @param e the failure
   * @param reason the expected reason
   */
  static void assertReason(String rule, StatusRuntimeException e, ProtocolMessageEnum reason) {
    assertThat(RpcErrors.errorInfo(e).map(ErrorInfo::getReason).orElse("<no ErrorInfo>"))
        .as("[%s] ErrorInfo.reason (%s)", rule, e.getStatus())
        .isEqualTo(ErrorReasons.toReason(reason));
    assertDocumentedMetadata(rule, reason, RpcErrors.errorInfo(e).orElseThrow());
  }

  /**
   * Asserts that an {@code ErrorInfo} carries every metadata key its reason's comment documents
   * ({@link ErrorReasonDocs}; skipped when the comment says some keys are left out in some cases),
   * then records the reason as checked. Rule {@code [errors.metadata]}.
   *
   * @param rule the rule id of the case
   * @param reason the reason, already checked
   * @param info the {@code ErrorInfo} that carried it
   */
  static void assertDocumentedMetadata(String rule, ProtocolMessageEnum reason, ErrorInfo info) {
    ErrorReasonDocs.MetadataKeys documented =
        ErrorReasonDocs.metadataOf(reason.getValueDescriptor().getFullName());
    if (!documented.optional()) {
      assertThat(info.getMetadataMap().keySet())
          .as(
              "[%s] [errors.metadata] the ErrorInfo.metadata keys that %s documents",
              rule, ErrorReasons.toReason(reason))
          .containsAll(documented.keys());
    }
    TckReasons.checked(reason, info);
  }

  /**
   * One entry of a failure's {@code ErrorInfo} metadata.
   *
   * @param e the failure
   * @param key the metadata key
   * @return the value, or null when absent
   */
  static String metadata(StatusRuntimeException e, String key) {
    return RpcErrors.errorInfo(e).map(i -> i.getMetadataMap().get(key)).orElse(null);
  }
}
