package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.enumType;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorDocumentationRuleTest {

  private final ErrorDocumentationRule rule = new ErrorDocumentationRule();

  /** The demo service with its reason enum and a comment on each of its three RPCs. */
  private static FileDescriptorProto.Builder demo(
      String getThing, String reserveThing, String cancelThing) {
    FileDescriptorProto.Builder file =
        demoService()
            .addEnumType(
                enumType(
                    "DemoErrorReason",
                    "DEMO_ERROR_REASON_UNSPECIFIED",
                    "DEMO_ERROR_REASON_THING_NOT_FOUND",
                    "DEMO_ERROR_REASON_IDEMPOTENCY_KEY_REUSED"));
    String[] comments = {getThing, reserveThing, cancelThing};
    for (int i = 0; i < comments.length; i++) {
      file.getSourceCodeInfoBuilder()
          .addLocation(
              Location.newBuilder()
                  .addAllPath(List.of(6, 0, 2, i))
                  .addAllSpan(List.of(10 + i, 2, 40))
                  .setLeadingComments(comments[i]));
    }
    return file;
  }

  private static final String WRITE_OK =
      " Errors: NOT_FOUND / THING_NOT_FOUND; FAILED_PRECONDITION / IDEMPOTENCY_KEY_REUSED.\n";

  @Test
  void passesWhenEveryRpcDocumentsDefinedErrors() {
    FileDescriptorProto.Builder file =
        demo(" Errors: NOT_FOUND / THING_NOT_FOUND.\n", WRITE_OK, WRITE_OK);

    assertThat(rule.check(set(file))).isEmpty();
  }

  @Test
  void failsWhenAnRpcDocumentsNoError() {
    FileDescriptorProto.Builder file = demo(" Returns the thing.\n", WRITE_OK, WRITE_OK);

    assertThat(Protos.messages(rule.check(set(file))))
        .containsExactly(
            "demo/v1/demo_service.proto: [ErrorDocumentationRule] rpc demo.v1.DemoService.GetThing"
                + " documents no error in its comment. Fix: list the errors it returns as 'CODE /"
                + " REASON', e.g. 'NOT_FOUND / RESOURCE_NOT_FOUND' (docs/CONVENTIONS.md, Errors)");
  }

  @Test
  void failsWhenAWriteDoesNotDocumentKeyReuse() {
    FileDescriptorProto.Builder file =
        demo(
            " Errors: NOT_FOUND / THING_NOT_FOUND.\n",
            " Errors: NOT_FOUND / THING_NOT_FOUND.\n",
            WRITE_OK);

    assertThat(rule.check(set(file)))
        .extracting(Violation::element, Violation::problem)
        .containsExactly(
            tuple(
                "rpc demo.v1.DemoService.ReserveThing",
                "is a write but its comment does not say what a reused idempotency key returns"));
  }

  @Test
  void failsWhenACommentNamesAnUndefinedReason() {
    FileDescriptorProto.Builder file =
        demo(" Errors: NOT_FOUND / THING_MISSING.\n", WRITE_OK, WRITE_OK);

    assertThat(rule.check(set(file)))
        .extracting(Violation::element, Violation::problem)
        .containsExactly(
            tuple(
                "comment at line 11",
                "names error 'NOT_FOUND / THING_MISSING' but no *ErrorReason enum defines"
                    + " THING_MISSING"));
  }

  @Test
  void readsOnlyCanonicalCodesAsErrors() {
    // "BACK / LAY" is prose, not an error; it neither counts as documentation nor fails.
    FileDescriptorProto.Builder file =
        demo(" Errors: NOT_FOUND / THING_NOT_FOUND. Side BACK / LAY.\n", WRITE_OK, WRITE_OK);

    assertThat(rule.check(set(file))).isEmpty();
  }

  @Test
  void reasonsAreEnumValueNamesWithoutTheEnumPrefix() {
    assertThat(ErrorDocumentationRule.reasons(set(demo("", "", ""))))
        .containsExactly("IDEMPOTENCY_KEY_REUSED", "THING_NOT_FOUND");
    assertThat(ErrorDocumentationRule.reasons(ContractSet.load()))
        .contains(
            "VALIDATION_FAILED",
            "IDEMPOTENCY_KEY_REUSED",
            "INSUFFICIENT_FUNDS",
            "BET_ALREADY_CREDITED",
            "TOKEN_EXPIRED")
        .doesNotContain("UNSPECIFIED")
        .hasSizeGreaterThan(50);
  }
}
