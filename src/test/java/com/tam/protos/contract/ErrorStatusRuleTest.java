package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.field;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import org.junit.jupiter.api.Test;

class ErrorStatusRuleTest {

  private final ErrorStatusRule rule = new ErrorStatusRule();

  private static FileDescriptorProto.Builder demo() {
    return file("demo/v1/demo.proto").addDependency("google/rpc/status.proto");
  }

  @Test
  void passesOnStatusFields() {
    FileDescriptorProto.Builder f =
        demo()
            .addMessageType(
                message(
                    "StepResult",
                    string("step_id", 1),
                    field("error", 2, Type.TYPE_MESSAGE, "google.rpc.Status"),
                    field("last_error", 3, Type.TYPE_MESSAGE, "google.rpc.Status"),
                    string("failure_reason", 4)));

    assertThat(rule.check(set(f))).isEmpty();
  }

  @Test
  void passesOnTheRealContracts() {
    assertThat(Protos.messages(rule.check(ContractSet.load()))).isEmpty();
  }

  @Test
  void failsOnFlattenedErrorFields() {
    FileDescriptorProto.Builder f =
        demo()
            .addMessageType(
                message(
                    "StepResult",
                    string("error_code", 1),
                    string("error_reason", 2),
                    string("error_domain", 3),
                    string("error_message", 4)));

    assertThat(rule.check(set(f)))
        .extracting(Violation::element)
        .containsExactly(
            "field demo.v1.StepResult.error_code",
            "field demo.v1.StepResult.error_reason",
            "field demo.v1.StepResult.error_domain",
            "field demo.v1.StepResult.error_message");
    assertThat(Protos.messages(rule.check(set(f))).get(1))
        .contains("flattens an error into 'error_reason'")
        .contains("google.rpc.Status");
  }

  @Test
  void failsOnAnErrorFieldThatIsNotAStatus() {
    FileDescriptorProto.Builder f =
        demo()
            .addMessageType(
                message(
                    "BatchResult",
                    string("error", 1),
                    field("last_error", 2, Type.TYPE_MESSAGE, "demo.v1.BatchResult")));

    assertThat(Protos.messages(rule.check(set(f))))
        .hasSize(2)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("field demo.v1.BatchResult.error is an error field of type 'string'"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "field demo.v1.BatchResult.last_error is an error field of type"
                            + " 'demo.v1.BatchResult', not google.rpc.Status"));
  }
}
