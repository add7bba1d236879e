package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoRpc;
import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.fieldOf;
import static com.tam.protos.contract.Protos.messageOf;
import static com.tam.protos.contract.Protos.messages;
import static com.tam.protos.contract.Protos.saga;
import static com.tam.protos.contract.Protos.set;
import static org.assertj.core.api.Assertions.assertThat;

import build.buf.validate.ValidateProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaRole;
import org.junit.jupiter.api.Test;

class SagaStepRuleTest {

  private final SagaStepRule rule = new SagaStepRule();

  @Test
  void passesOnAWellFormedCompensationPair() {
    assertThat(rule.check(set(demoService()))).isEmpty();
  }

  @Test
  void failsWhenTheRequestHasNoSagaId() {
    FileDescriptorProto.Builder file = demoService();
    messageOf(file, "ReserveThingRequest").removeField(0);

    assertThat(messages(rule.check(set(file))))
        .containsExactly(
            "demo/v1/demo_service.proto: [SagaStepRule] rpc demo.v1.DemoService.ReserveThing is a"
                + " saga step but ReserveThingRequest has no top-level 'string saga_id'. Fix: add"
                + " 'string saga_id = N [(buf.validate.field).string = {min_len: 1, max_len: 128,"
                + " pattern: \"^[A-Za-z0-9][A-Za-z0-9._:-]*$\"}]'");
  }

  @Test
  void failsWhenTheSagaIdHasNoIdRule() {
    FileDescriptorProto.Builder file = demoService();
    fieldOf(messageOf(file, "CancelThingRequest"), "saga_id")
        .getOptionsBuilder()
        .clearExtension(ValidateProto.field);

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.element()).isEqualTo("rpc demo.v1.DemoService.CancelThing");
              assertThat(v.problem()).contains("CancelThingRequest.saga_id lacks the id rule");
            });
  }

  @Test
  void failsOnAnUnspecifiedRole() {
    FileDescriptorProto.Builder file = demoService();
    saga(demoRpc(file, "GetThing"), SagaRole.SAGA_ROLE_UNSPECIFIED, "");
    Protos.messageOf(file, "GetThingRequest").addField(Protos.id("saga_id", 2));

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("role SAGA_ROLE_UNSPECIFIED"));
  }

  @Test
  void failsWhenACompensatableStepNamesNoCompensation() {
    FileDescriptorProto.Builder file = demoService();
    saga(demoRpc(file, "ReserveThing"), SagaRole.SAGA_ROLE_COMPENSATABLE, "");

    assertThat(messages(rule.check(set(file))))
        .anySatisfy(m -> assertThat(m).contains("SAGA_ROLE_COMPENSATABLE but no compensated_by"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("rpc demo.v1.DemoService.CancelThing has role SAGA_ROLE_COMPENSATION")
                    .contains("no SAGA_ROLE_COMPENSATABLE step"));
  }

  @Test
  void failsWhenTheCompensationDoesNotExistInTheService() {
    FileDescriptorProto.Builder file = demoService();
    saga(demoRpc(file, "ReserveThing"), SagaRole.SAGA_ROLE_COMPENSATABLE, "UndoThing");

    assertThat(messages(rule.check(set(file))))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "names compensated_by \"UndoThing\", which is not an RPC of"
                            + " demo.v1.DemoService"));
  }

  @Test
  void failsWhenTheCompensationIsAReadOrHasTheWrongRole() {
    FileDescriptorProto.Builder file = demoService();
    saga(demoRpc(file, "ReserveThing"), SagaRole.SAGA_ROLE_COMPENSATABLE, "GetThing");

    assertThat(messages(rule.check(set(file))))
        .anySatisfy(
            m -> assertThat(m).contains("demo.v1.DemoService.GetThing, which is not a write"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("whose saga role is not declared, not SAGA_ROLE_COMPENSATION"));
  }

  @Test
  void failsWhenANonCompensatableStepSetsCompensatedBy() {
    FileDescriptorProto.Builder file = demoService();
    saga(demoRpc(file, "CancelThing"), SagaRole.SAGA_ROLE_COMPENSATION, "ReserveThing");

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.problem())
                    .isEqualTo(
                        "has role SAGA_ROLE_COMPENSATION but sets compensated_by"
                            + " \"ReserveThing\""));
  }

  @Test
  void failsWhenTheCompensationIsNotAWrite() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "CancelThing")
        .getOptionsBuilder()
        .setIdempotencyLevel(IdempotencyLevel.NO_SIDE_EFFECTS);

    assertThat(rule.check(set(file)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("CancelThing, which is not a write"));
  }

  @Test
  void rpcsWithoutTheOptionAreNotSagaSteps() {
    FileDescriptorProto.Builder file = demoService();
    demoRpc(file, "ReserveThing").getOptionsBuilder().clearExtension(AnnotationsProto.sagaStep);
    demoRpc(file, "CancelThing").getOptionsBuilder().clearExtension(AnnotationsProto.sagaStep);
    messageOf(file, "ReserveThingRequest").removeField(0);

    assertThat(rule.check(set(file))).isEmpty();
  }
}
