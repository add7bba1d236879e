package com.tam.protos.contract;

import static com.tam.protos.contract.Protos.file;
import static com.tam.protos.contract.Protos.id;
import static com.tam.protos.contract.Protos.message;
import static com.tam.protos.contract.Protos.rpc;
import static com.tam.protos.contract.Protos.saga;
import static com.tam.protos.contract.Protos.service;
import static com.tam.protos.contract.Protos.set;
import static com.tam.protos.contract.Protos.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.DescriptorProtos.ServiceOptions;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SagaCoverageRuleTest {

  private static final String PKG = "flow.v1";
  private static final String HOLD = "flow.v1.FlowService.HoldThing";
  private static final String RELEASE = "flow.v1.FlowService.ReleaseThing";
  private static final String COMMIT = "flow.v1.FlowService.CommitThing";
  private static final String NOTIFY = "flow.v1.FlowService.NotifyThing";

  private final SagaCoverageRule rule = new SagaCoverageRule();

  /**
   * A participant with one RPC of each role: HoldThing (COMPENSATABLE, compensated by
   * ReleaseThing), ReleaseThing (COMPENSATION), CommitThing (FINAL), NotifyThing (BEST_EFFORT).
   */
  private static FileDescriptorProto.Builder participant(String holdCompensatedBy) {
    return file("flow/v1/flow_service.proto")
        .addMessageType(message("StepRequest", id("saga_id", 1), id("idempotency_key", 2)))
        .addMessageType(message("StepResponse", string("saga_id", 1)))
        .addService(
            service(
                "FlowService",
                saga(write("HoldThing"), SagaRole.SAGA_ROLE_COMPENSATABLE, holdCompensatedBy),
                saga(write("ReleaseThing"), SagaRole.SAGA_ROLE_COMPENSATION, ""),
                saga(write("CommitThing"), SagaRole.SAGA_ROLE_FINAL, ""),
                saga(write("NotifyThing"), SagaRole.SAGA_ROLE_BEST_EFFORT, "")));
  }

  private static MethodDescriptorProto.Builder write(String name) {
    return rpc(PKG, name, "StepRequest", "StepResponse", IdempotencyLevel.IDEMPOTENT);
  }

  /** An orchestrator in another file that declares saga "thing_flow" with the given steps. */
  private static FileDescriptorProto.Builder orchestrator(String... methods) {
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
    SagaDefinition.Builder saga = SagaDefinition.newBuilder().setName("thing_flow");
    for (String method : methods) {
      saga.addSteps(SagaDefinitionStep.newBuilder().setMethod(method).setRole(roleOf(method)));
    }
    file.getServiceBuilder(0).getOptionsBuilder().addExtension(AnnotationsProto.saga, saga.build());
    return file;
  }

  private static SagaRole roleOf(String method) {
    return switch (method) {
      case HOLD -> SagaRole.SAGA_ROLE_COMPENSATABLE;
      case RELEASE -> SagaRole.SAGA_ROLE_COMPENSATION;
      case COMMIT -> SagaRole.SAGA_ROLE_FINAL;
      case NOTIFY -> SagaRole.SAGA_ROLE_BEST_EFFORT;
      default -> throw new IllegalArgumentException(method);
    };
  }

  private List<String> check(FileDescriptorProto.Builder... files) {
    return Protos.messages(rule.check(set(files)));
  }

  @Test
  void passesWhenTheDefinitionRunsEveryStepInPivotOrder() {
    assertThat(check(participant("ReleaseThing"), orchestrator(HOLD, COMMIT, NOTIFY))).isEmpty();
  }

  @Test
  void passesOnTheRealContracts() {
    assertThat(Protos.messages(rule.check(ContractSet.load()))).isEmpty();
  }

  @Test
  void failsOnAForwardStepThatNoDefinitionLists() {
    assertThat(check(participant("ReleaseThing"), orchestrator(HOLD, COMMIT)))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains("flow/v1/flow_service.proto: [SagaCoverageRule] rpc " + NOTIFY)
                    .contains(
                        "has role SAGA_ROLE_BEST_EFFORT but no saga definition (common.v1.saga)"
                            + " lists it as a step"));
  }

  @Test
  void failsOnEverySagaRpcWhenThereIsNoDefinitionAtAll() {
    assertThat(check(participant("ReleaseThing")))
        .hasSize(4)
        .anySatisfy(m -> assertThat(m).contains(HOLD).contains("lists it as a step"))
        .anySatisfy(m -> assertThat(m).contains(COMMIT).contains("lists it as a step"))
        .anySatisfy(m -> assertThat(m).contains(NOTIFY).contains("lists it as a step"))
        .anySatisfy(
            m -> assertThat(m).contains(RELEASE).contains("undoes no step of any saga definition"));
  }

  @Test
  void failsOnACompensationWhoseStepNoDefinitionRuns() {
    assertThat(check(participant("ReleaseThing"), orchestrator(COMMIT, NOTIFY)))
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).contains(HOLD).contains("lists it as a step"))
        .anySatisfy(
            m -> assertThat(m).contains(RELEASE).contains("undoes no step of any saga definition"));
  }

  @Test
  void failsWhenADefinitionListsACompensationAsAForwardStep() {
    assertThat(check(participant("ReleaseThing"), orchestrator(HOLD, RELEASE, COMMIT, NOTIFY)))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .contains("service orch.v1.OrchService")
                    .contains("step 2 (" + RELEASE + ") is a SAGA_ROLE_COMPENSATION RPC"));
  }

  @Test
  void failsOnARepeatedStep() {
    assertThat(check(participant("ReleaseThing"), orchestrator(HOLD, HOLD, COMMIT, NOTIFY)))
        .singleElement()
        .satisfies(m -> assertThat(m).contains("step 2 (" + HOLD + ") repeats an earlier step"));
  }

  @Test
  void failsOnACompensatableStepAfterThePivot() {
    assertThat(check(participant("ReleaseThing"), orchestrator(COMMIT, HOLD, NOTIFY)))
        .anySatisfy(
            m -> assertThat(m).contains("step 2 (" + HOLD + ") is COMPENSATABLE after the pivot"))
        .anySatisfy(
            m -> assertThat(m).contains("step 3 (" + NOTIFY + ") is BEST_EFFORT before any FINAL"));
  }

  @Test
  void failsOnABestEffortStepBeforeThePivot() {
    assertThat(check(participant("ReleaseThing"), orchestrator(NOTIFY, HOLD, COMMIT)))
        .anySatisfy(
            m -> assertThat(m).contains("step 1 (" + NOTIFY + ") is BEST_EFFORT before any FINAL"))
        .anySatisfy(
            m -> assertThat(m).contains("step 2 (" + HOLD + ") is COMPENSATABLE after the pivot"));
  }

  @Test
  void failsOnAStepCompensatedByAnRpcThatIsNoCompensation() {
    assertThat(check(participant("CommitThing"), orchestrator(HOLD, COMMIT, NOTIFY)))
        .hasSize(2)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "step 1 ("
                            + HOLD
                            + ") is compensated by \"CommitThing\", which is not a"
                            + " SAGA_ROLE_COMPENSATION RPC of flow.v1.FlowService"))
        .anySatisfy(
            m -> assertThat(m).contains(RELEASE).contains("undoes no step of any saga definition"));
  }

  /**
   * The defect this rule was written for: risk.v1.RiskService.AssessBet is a compensatable step,
   * but a bet_placement definition without it leaves AssessBet and its compensation
   * ReleaseBetLimits outside every saga.
   */
  @Test
  void failsOnTheRealContractsWhenTheBetPlacementSagaLosesTheRiskAssessment() {
    ContractSet mutated =
        realWithChange(
            "order/v1/order_validator_service.proto",
            options -> {
              SagaDefinition saga = options.getExtension(AnnotationsProto.saga, 0);
              SagaDefinition.Builder without = saga.toBuilder().clearSteps();
              saga.getStepsList().stream()
                  .filter(s -> !s.getMethod().equals("risk.v1.RiskService.AssessBet"))
                  .forEach(without::addSteps);
              options.setExtension(AnnotationsProto.saga, 0, without.build());
            });

    assertThat(Protos.messages(rule.check(mutated)))
        .hasSize(2)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("rpc risk.v1.RiskService.AssessBet has role SAGA_ROLE_COMPENSATABLE")
                    .contains("lists it as a step"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("rpc risk.v1.RiskService.ReleaseBetLimits")
                    .contains("undoes no step of any saga definition"));
  }

  /** The real contract files, with the first service's options of {@code fileName} changed. */
  private static ContractSet realWithChange(
      String fileName, Consumer<ServiceOptions.Builder> edit) {
    List<FileDescriptorProto> files = new ArrayList<>();
    for (FileDescriptorProto f : ContractSet.readDescriptorSet().getFileList()) {
      if (f.getName().startsWith("google/") || f.getName().startsWith("buf/")) {
        continue;
      }
      if (f.getName().equals(fileName)) {
        FileDescriptorProto.Builder b = f.toBuilder();
        edit.accept(b.getServiceBuilder(0).getOptionsBuilder());
        files.add(b.build());
      } else {
        files.add(f);
      }
    }
    return ContractSet.of(files);
  }
}
