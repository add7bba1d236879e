package com.tam.protos.saga;

import static com.tam.protos.common.v1.SagaRole.SAGA_ROLE_BEST_EFFORT;
import static com.tam.protos.common.v1.SagaRole.SAGA_ROLE_COMPENSATABLE;
import static com.tam.protos.common.v1.SagaRole.SAGA_ROLE_FINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodOptions;
import com.google.protobuf.DescriptorProtos.ServiceOptions;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaStepOptions;
import com.tam.protos.order.v1.OrderBookServiceProto;
import com.tam.protos.order.v1.OrderEventsProto;
import com.tam.protos.order.v1.OrderValidatorServiceProto;
import com.tam.protos.risk.v1.RiskServiceProto;
import com.tam.protos.saga.SagaModel.Saga;
import com.tam.protos.saga.SagaModel.Step;
import com.tam.protos.wallet.v1.WalletServiceProto;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bet-placement saga, rebuilt from descriptors alone: the risk assessment AssessBet
 * (COMPENSATABLE, ReleaseBetLimits) as step 1, then exactly the four steps of the platform spec in
 * its order: ReserveBalance (COMPENSATABLE, CancelReservation), PlaceBet (COMPENSATABLE,
 * CancelBet), CommitReservation (FINAL), ConfirmBet (BEST_EFFORT).
 */
class BetPlacementSagaTest {

  private static final String DESCRIPTOR_SET = "META-INF/tam-protos/tam-protos.binpb";
  private static final String ORCHESTRATOR = "order.v1.OrderValidatorService";
  private static final String SAGA = "bet_placement";
  private static final String VALIDATOR_FILE = "order/v1/order_validator_service.proto";
  private static final String BOOK_FILE = "order/v1/order_book_service.proto";
  private static final String RISK_FILE = "risk/v1/risk_service.proto";

  private static final String RELEASE_LIMITS = "risk.v1.RiskService.ReleaseBetLimits";
  private static final String CANCEL_RESERVATION = "wallet.v1.WalletService.CancelReservation";
  private static final String CANCEL_BET = "order.v1.OrderBookService.CancelBet";

  /** Step 1: the risk assessment, a write that consumes limits, so a compensatable step. */
  private static final Step ASSESS =
      new Step(1, "risk.v1.RiskService.AssessBet", SAGA_ROLE_COMPENSATABLE, RELEASE_LIMITS);

  /** The platform spec's four steps, in its order, as steps 2-5. */
  private static final List<Step> SEED_STEPS =
      List.of(
          new Step(
              2,
              "wallet.v1.WalletService.ReserveBalance",
              SAGA_ROLE_COMPENSATABLE,
              CANCEL_RESERVATION),
          new Step(3, "order.v1.OrderBookService.PlaceBet", SAGA_ROLE_COMPENSATABLE, CANCEL_BET),
          new Step(4, "wallet.v1.WalletService.CommitReservation", SAGA_ROLE_FINAL, ""),
          new Step(5, "order.v1.OrderBookService.ConfirmBet", SAGA_ROLE_BEST_EFFORT, ""));

  private static final List<Step> SEED_SAGA =
      Stream.concat(Stream.of(ASSESS), SEED_STEPS.stream()).toList();

  private static List<FileDescriptor> shipped;

  @BeforeAll
  static void loadShippedDescriptorSet() throws IOException {
    try (InputStream in =
        BetPlacementSagaTest.class.getClassLoader().getResourceAsStream(DESCRIPTOR_SET)) {
      assertThat(in).as("descriptor set %s on the classpath", DESCRIPTOR_SET).isNotNull();
      shipped = SagaModel.load(in);
    }
  }

  @Test
  void shippedDescriptorSetDeclaresTheSeedSaga() {
    Saga saga = SagaModel.reconstruct(shipped, ORCHESTRATOR, SAGA);

    assertThat(saga.name()).isEqualTo(SAGA);
    assertThat(saga.problems()).isEmpty();
    assertThat(saga.steps()).containsExactlyElementsOf(SEED_SAGA);
    assertThat(SagaModel.mismatches(SEED_SAGA, saga)).isEmpty();
  }

  /**
   * The spec's saga (ReserveBalance, PlaceBet, CommitReservation, ConfirmBet) is kept: the same
   * RPCs, roles and compensations, in the same relative order, with nothing between them. Only the
   * risk assessment runs before them.
   */
  @Test
  void theSpecsFourStepsKeepTheirOrderAfterTheRiskAssessment() {
    Saga saga = SagaModel.reconstruct(shipped, ORCHESTRATOR, SAGA);

    assertThat(saga.steps().get(0)).isEqualTo(ASSESS);
    assertThat(saga.steps().subList(1, saga.steps().size()))
        .extracting(Step::method, Step::role, Step::compensation)
        .containsExactlyElementsOf(
            SEED_STEPS.stream()
                .map(s -> Tuple.tuple(s.method(), s.role(), s.compensation()))
                .toList());
  }

  @Test
  void generatedClassesDeclareTheSameSaga() {
    Saga saga = SagaModel.reconstruct(generatedFiles(), ORCHESTRATOR, SAGA);

    assertThat(SagaModel.mismatches(SEED_SAGA, saga)).isEmpty();
  }

  /**
   * Issue 10.1: a bet reaches the book only after its money is committed. In the saga that means
   * the only step after the pivot (CommitReservation) is ConfirmBet, the RPC that puts the bet on
   * the book; and the bet's state model has a PENDING state (placed, not matchable) distinct from
   * EXECUTABLE (on the book).
   */
  @Test
  void onlyConfirmBetFollowsThePivotAndPendingBetsAreOffTheBook() {
    Saga saga = SagaModel.reconstruct(shipped, ORCHESTRATOR, SAGA);
    int pivot =
        saga.steps().stream()
            .filter(s -> s.role() == SAGA_ROLE_FINAL)
            .findFirst()
            .orElseThrow()
            .position();

    assertThat(saga.steps().stream().filter(s -> s.position() > pivot).map(Step::method))
        .containsExactly("order.v1.OrderBookService.ConfirmBet");
    assertThat(com.tam.protos.order.v1.BetState.getDescriptor().getValues())
        .extracting(v -> v.getName())
        .contains("BET_STATE_PENDING", "BET_STATE_EXECUTABLE");
  }

  @Test
  void failureAtTheCommitCompensatesTheEarlierStepsInReverseOrder() {
    Saga saga = SagaModel.reconstruct(shipped, ORCHESTRATOR, SAGA);

    assertThat(saga.compensationsAfterFailureAt(4))
        .containsExactly(CANCEL_BET, CANCEL_RESERVATION, RELEASE_LIMITS);
    assertThat(saga.compensationsAfterFailureAt(3))
        .containsExactly(CANCEL_RESERVATION, RELEASE_LIMITS);
    // A refused reservation (insufficient funds) gives the consumed limits back.
    assertThat(saga.compensationsAfterFailureAt(2)).containsExactly(RELEASE_LIMITS);
    // A REJECT consumed nothing.
    assertThat(saga.compensationsAfterFailureAt(1)).isEmpty();
    // After the pivot (step 4) the saga only moves forward.
    assertThat(saga.compensationsAfterFailureAt(5)).isEmpty();
    assertThatThrownBy(() -> saga.compensationsAfterFailureAt(6))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownOutcomeBeforeThePivotIsCompensatedAsIfTheStepHadSucceeded() {
    Saga saga = SagaModel.reconstruct(shipped, ORCHESTRATOR, SAGA);

    // risk-analyzer silent (fail closed): the release leaves a tombstone against a late assessment.
    assertThat(saga.compensationsAfterUnknownOutcomeAt(1)).containsExactly(RELEASE_LIMITS);
    assertThat(saga.compensationsAfterUnknownOutcomeAt(2))
        .containsExactly(CANCEL_RESERVATION, RELEASE_LIMITS);
    assertThat(saga.compensationsAfterUnknownOutcomeAt(3))
        .containsExactly(CANCEL_BET, CANCEL_RESERVATION, RELEASE_LIMITS);
    // The pivot's outcome is read back with GetReservation, never guessed.
    assertThatThrownBy(() -> saga.compensationsAfterUnknownOutcomeAt(4))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pivot");
    // After the pivot the saga only moves forward.
    assertThat(saga.compensationsAfterUnknownOutcomeAt(5)).isEmpty();
  }

  @Test
  void aWrongExpectationIsReportedAgainstTheRealDescriptors() {
    Saga saga = SagaModel.reconstruct(shipped, ORCHESTRATOR, SAGA);
    List<Step> wrong = new ArrayList<>(SEED_SAGA);
    wrong.set(
        3,
        new Step(
            4,
            "wallet.v1.WalletService.CommitReservation",
            SAGA_ROLE_COMPENSATABLE,
            CANCEL_RESERVATION));

    assertThat(SagaModel.mismatches(wrong, saga))
        .singleElement(STRING)
        .startsWith("step 4: expected");
    assertThat(SagaModel.mismatches(SEED_SAGA.subList(0, 4), saga))
        .containsExactly("step 5: expected null but was " + SEED_SAGA.get(4));
  }

  @Test
  void unknownSagaOrServiceIsAnError() {
    assertThatThrownBy(() -> SagaModel.reconstruct(shipped, ORCHESTRATOR, "no_such_saga"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no_such_saga");
    assertThatThrownBy(() -> SagaModel.reconstruct(shipped, "order.v1.Nope", SAGA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void swappedStepOrderChangesTheCompensationOrder() throws DescriptorValidationException {
    List<FileDescriptor> mutated =
        mutate(VALIDATOR_FILE, file -> editSaga(file, BetPlacementSagaTest::swapReserveAndPlace));
    Saga saga = SagaModel.reconstruct(mutated, ORCHESTRATOR, SAGA);

    assertThat(saga.compensationsAfterFailureAt(4))
        .containsExactly(CANCEL_RESERVATION, CANCEL_BET, RELEASE_LIMITS);
    assertThat(saga.compensationsAfterUnknownOutcomeAt(3))
        .containsExactly(CANCEL_RESERVATION, CANCEL_BET, RELEASE_LIMITS);
  }

  /** Each mutation of the real descriptors must be reported as a mismatch. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void mutatedDescriptorsAreReportedAsMismatch(
      String description,
      String fileName,
      Consumer<FileDescriptorProto.Builder> change,
      String hint)
      throws DescriptorValidationException {
    List<FileDescriptor> mutated = mutate(fileName, change);

    List<String> mismatches =
        SagaModel.mismatches(SEED_SAGA, SagaModel.reconstruct(mutated, ORCHESTRATOR, SAGA));

    assertThat(mismatches).as(description).isNotEmpty();
    assertThat(String.join("\n", mismatches)).contains(hint);
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        Arguments.of(
            "steps 2 and 3 swapped",
            VALIDATOR_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> editSaga(file, BetPlacementSagaTest::swapReserveAndPlace),
            "step 2: expected"),
        Arguments.of(
            "the risk assessment dropped (the definition is the seed's four steps again)",
            VALIDATOR_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> editSaga(file, saga -> saga.removeSteps(0)),
            "step 1: expected"),
        Arguments.of(
            "AssessBet names no compensation",
            RISK_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file ->
                    editSagaStep(file, "AssessBet", SagaStepOptions.Builder::clearCompensatedBy),
            "names no compensated_by"),
        Arguments.of(
            "steps 3 and 4 swapped (COMPENSATABLE after the pivot)",
            VALIDATOR_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file ->
                    editSaga(
                        file,
                        saga -> {
                          List<SagaDefinitionStep> steps = new ArrayList<>(saga.getStepsList());
                          Collections.swap(steps, 2, 3);
                          saga.clearSteps().addAllSteps(steps);
                        }),
            "COMPENSATABLE after the FINAL step"),
        Arguments.of(
            "declared role of step 4 changed to BEST_EFFORT",
            VALIDATOR_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file ->
                    editSaga(file, saga -> saga.getStepsBuilder(3).setRole(SAGA_ROLE_BEST_EFFORT)),
            "but the RPC says SAGA_ROLE_FINAL"),
        Arguments.of(
            "step 5 dropped",
            VALIDATOR_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> editSaga(file, saga -> saga.removeSteps(4)),
            "step 5: expected"),
        Arguments.of(
            "step names an RPC that does not exist",
            VALIDATOR_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file ->
                    editSaga(
                        file,
                        saga ->
                            saga.getStepsBuilder(2).setMethod("order.v1.OrderBookService.Place")),
            "no such RPC"),
        Arguments.of(
            "PlaceBet's own role changed to FINAL",
            BOOK_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> editSagaStep(file, "PlaceBet", step -> step.setRole(SAGA_ROLE_FINAL)),
            "declared SAGA_ROLE_COMPENSATABLE but the RPC says SAGA_ROLE_FINAL"),
        Arguments.of(
            "PlaceBet compensated by a non-compensation RPC",
            BOOK_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> editSagaStep(file, "PlaceBet", step -> step.setCompensatedBy("ConfirmBet")),
            "has role SAGA_ROLE_BEST_EFFORT"),
        Arguments.of(
            "PlaceBet names no compensation",
            BOOK_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> editSagaStep(file, "PlaceBet", SagaStepOptions.Builder::clearCompensatedBy),
            "names no compensated_by"),
        Arguments.of(
            "CancelBetRequest loses saga_id",
            BOOK_FILE,
            (Consumer<FileDescriptorProto.Builder>)
                file -> renameField(file, "CancelBetRequest", "saga_id", "saga_ref"),
            "CancelBetRequest lacks string saga_id"));
  }

  private static void swapReserveAndPlace(SagaDefinition.Builder saga) {
    List<SagaDefinitionStep> steps = new ArrayList<>(saga.getStepsList());
    Collections.swap(steps, 1, 2);
    saga.clearSteps().addAllSteps(steps);
  }

  /** Returns the shipped files with {@code fileName} replaced by a changed and relinked copy. */
  private static List<FileDescriptor> mutate(
      String fileName, Consumer<FileDescriptorProto.Builder> change)
      throws DescriptorValidationException {
    List<FileDescriptor> files = new ArrayList<>(shipped);
    int index = -1;
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).getName().equals(fileName)) {
        index = i;
      }
    }
    assertThat(index).as("%s in the descriptor set", fileName).isNotNegative();
    FileDescriptor original = files.get(index);
    FileDescriptorProto.Builder builder = original.toProto().toBuilder();
    change.accept(builder);
    FileDescriptorProto changed = builder.build();
    assertThat(changed).as("the mutation changed %s", fileName).isNotEqualTo(original.toProto());
    files.set(
        index,
        FileDescriptor.buildFrom(
            changed, original.getDependencies().toArray(FileDescriptor[]::new)));
    return files;
  }

  private static void editSaga(
      FileDescriptorProto.Builder file, Consumer<SagaDefinition.Builder> edit) {
    ServiceOptions.Builder options =
        file.getServiceBuilderList().stream()
            .filter(s -> s.getName().equals("OrderValidatorService"))
            .findFirst()
            .orElseThrow()
            .getOptionsBuilder();
    SagaDefinition.Builder saga = options.getExtension(AnnotationsProto.saga, 0).toBuilder();
    edit.accept(saga);
    options.setExtension(AnnotationsProto.saga, 0, saga.build());
  }

  private static void editSagaStep(
      FileDescriptorProto.Builder file, String method, Consumer<SagaStepOptions.Builder> edit) {
    MethodDescriptorProto.Builder rpc =
        file.getServiceBuilderList().stream()
            .flatMap(s -> s.getMethodBuilderList().stream())
            .filter(m -> m.getName().equals(method))
            .findFirst()
            .orElseThrow();
    MethodOptions.Builder options = rpc.getOptionsBuilder();
    SagaStepOptions.Builder step = options.getExtension(AnnotationsProto.sagaStep).toBuilder();
    edit.accept(step);
    options.setExtension(AnnotationsProto.sagaStep, step.build());
  }

  private static void renameField(
      FileDescriptorProto.Builder file, String message, String from, String to) {
    FieldDescriptorProto.Builder field =
        file.getMessageTypeBuilderList().stream()
            .filter(m -> m.getName().equals(message))
            .flatMap(m -> m.getFieldBuilderList().stream())
            .filter(f -> f.getName().equals(from))
            .findFirst()
            .orElseThrow();
    field.setName(to).clearJsonName();
  }

  /**
   * The generated classes' files: the order events and service files, the wallet and risk service
   * files, and their imports.
   */
  private static List<FileDescriptor> generatedFiles() {
    Set<FileDescriptor> seen = new LinkedHashSet<>();
    Deque<FileDescriptor> todo =
        new ArrayDeque<>(
            List.of(
                OrderEventsProto.getDescriptor(),
                OrderValidatorServiceProto.getDescriptor(),
                OrderBookServiceProto.getDescriptor(),
                RiskServiceProto.getDescriptor(),
                WalletServiceProto.getDescriptor()));
    while (!todo.isEmpty()) {
      FileDescriptor file = todo.pop();
      if (seen.add(file)) {
        todo.addAll(file.getDependencies());
      }
    }
    return List.copyOf(seen);
  }
}
