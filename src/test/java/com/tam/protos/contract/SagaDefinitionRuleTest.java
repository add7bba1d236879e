package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.demoService;
import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.rpc;
import static com.tam.protos.contract.Protos.service;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaRole;
import org.junit.jupiter.api.Test;

class SagaDefinitionRuleTest {

  private final SagaDefinitionRule rule = new SagaDefinitionRule();

  /** An orchestrator in another file and package that runs a saga over the demo service. */
  private static FileDescriptorProto.Builder orchestrator(SagaDefinitionStep... steps) {
    FileDescriptorProto.Builder file =
        file("orch/v1/orch_service.proto")
            .addMessageType(message("GetRunRequest", string("run_id", 1)))
            .addService(
                service(
                    "OrchService",
                    rpc(
                        "orch.v1",
                        "GetRun",
                        "GetRunRequest",
                        "GetRunRequest",
                        IdempotencyLevel.NO_SIDE_EFFECTS)));
    ServiceDescriptorProto.Builder s = file.getServiceBuilder(0);
    s.getOptionsBuilder()
        .addExtension(
            AnnotationsProto.saga,
            SagaDefinition.newBuilder()
                .setName("thing_flow")
                .addAllSteps(java.util.List.of(steps))
                .build());
    return file;
  }

  private static SagaDefinitionStep step(String method, SagaRole role) {
    return SagaDefinitionStep.newBuilder().setMethod(method).setRole(role).build();
  }

  @Test
  void passesWhenStepsResolveAcrossFilesWithMatchingRoles() {
    FileDescriptorProto.Builder orch =
        orchestrator(step("demo.v1.DemoService.ReserveThing", SagaRole.SAGA_ROLE_COMPENSATABLE));

    assertThat(rule.check(set(demoService(), orch))).isEmpty();
  }

  @Test
  void failsOnAStepThatNamesNoKnownRpc() {
    FileDescriptorProto.Builder orch =
        orchestrator(step("demo.v1.DemoService.ReserveThings", SagaRole.SAGA_ROLE_COMPENSATABLE));

    assertThat(rule.check(set(demoService(), orch)))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.file()).isEqualTo("orch/v1/orch_service.proto");
              assertThat(v.element()).isEqualTo("service orch.v1.OrchService");
              assertThat(v.problem())
                  .contains("saga \"thing_flow\"")
                  .contains("step 1 names method \"demo.v1.DemoService.ReserveThings\"");
            });
  }

  @Test
  void failsOnASimpleNameWithoutPackage() {
    FileDescriptorProto.Builder orch =
        orchestrator(step("ReserveThing", SagaRole.SAGA_ROLE_COMPENSATABLE));

    assertThat(rule.check(set(demoService(), orch))).hasSize(1);
  }

  @Test
  void failsWhenTheDeclaredRoleDiffersFromTheRpcsRole() {
    FileDescriptorProto.Builder orch =
        orchestrator(
            step("demo.v1.DemoService.ReserveThing", SagaRole.SAGA_ROLE_COMPENSATABLE),
            step("demo.v1.DemoService.CancelThing", SagaRole.SAGA_ROLE_FINAL));

    assertThat(rule.check(set(demoService(), orch)))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.problem())
                    .contains(
                        "step 2 (demo.v1.DemoService.CancelThing) has role SAGA_ROLE_FINAL but the"
                            + " RPC declares role SAGA_ROLE_COMPENSATION"));
  }

  @Test
  void failsWhenTheRpcIsNotASagaStep() {
    FileDescriptorProto.Builder orch =
        orchestrator(step("demo.v1.DemoService.GetThing", SagaRole.SAGA_ROLE_FINAL));

    assertThat(rule.check(set(demoService(), orch)))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("no (common.v1.saga_step)"));
  }

  @Test
  void failsOnASagaWithoutSteps() {
    assertThat(rule.check(set(demoService(), orchestrator())))
        .singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("with no steps"));
  }
}
