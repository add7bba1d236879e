package com.tam.protos.saga;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.common.v1.SagaStepOptions;
import com.tam.protos.contract.ContractSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds a saga (step order, roles and compensations) from compiled descriptors alone, using the
 * {@code (common.v1.saga)} service option of the orchestrator and the {@code (common.v1.saga_step)}
 * method options of the participants.
 */
final class SagaModel {

  /**
   * One forward step of a saga.
   *
   * @param position 1-based position in the saga definition
   * @param method fully qualified RPC name, for example {@code
   *     wallet.v1.WalletService.ReserveBalance}
   * @param role the role declared by the orchestrator for this step
   * @param compensation fully qualified name of the compensating RPC, or {@code ""} if none
   */
  record Step(int position, String method, SagaRole role, String compensation) {

    Step {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(compensation, "compensation");
    }
  }

  /**
   * A saga as declared by an orchestrator, plus every inconsistency found between the declaration
   * and the participating RPCs.
   *
   * @param name the saga's name, for example {@code bet_placement}
   * @param steps the forward steps in execution order
   * @param problems human-readable inconsistencies; empty when the declaration is sound
   */
  record Saga(String name, List<Step> steps, List<String> problems) {

    Saga {
      steps = List.copyOf(steps);
      problems = List.copyOf(problems);
    }

    /**
     * Returns the compensating RPCs run when step {@code failedPosition} fails definitively: the
     * compensations of the earlier compensatable steps, in reverse order. Empty when the failing
     * step comes after the pivot (a FINAL step that already succeeded), because then the saga only
     * moves forward.
     *
     * @param failedPosition 1-based position of the failing step
     * @return fully qualified compensation RPC names, in the order they run
     */
    List<String> compensationsAfterFailureAt(int failedPosition) {
      if (failedPosition < 1 || failedPosition > steps.size()) {
        throw new IllegalArgumentException("no step " + failedPosition + " in saga " + name);
      }
      List<String> result = new ArrayList<>();
      for (Step step : steps.subList(0, failedPosition - 1)) {
        if (step.role() == SagaRole.SAGA_ROLE_FINAL) {
          return List.of();
        }
        if (step.role() == SagaRole.SAGA_ROLE_COMPENSATABLE) {
          result.add(0, step.compensation());
        }
      }
      return List.copyOf(result);
    }

    /**
     * Returns the compensating RPCs run when the outcome of step {@code position} is unknown
     * (timeout, retries exhausted). A COMPENSATABLE step is compensated as if it had succeeded, so
     * its own compensation runs first, then those of the earlier steps; a step after the pivot only
     * moves forward. The pivot's outcome is never guessed: the orchestrator reads it back instead,
     * so asking for it is an error.
     *
     * @param position 1-based position of the step whose outcome is unknown
     * @return fully qualified compensation RPC names, in the order they run
     * @throws IllegalStateException if the step is the FINAL step
     */
    List<String> compensationsAfterUnknownOutcomeAt(int position) {
      List<String> earlier = compensationsAfterFailureAt(position);
      Step step = steps.get(position - 1);
      if (step.role() == SagaRole.SAGA_ROLE_FINAL) {
        throw new IllegalStateException(
            "step " + position + " is the pivot: its outcome is read back, never compensated");
      }
      if (step.role() != SagaRole.SAGA_ROLE_COMPENSATABLE || isAfterPivot(position)) {
        return earlier;
      }
      List<String> result = new ArrayList<>();
      result.add(step.compensation());
      result.addAll(earlier);
      return List.copyOf(result);
    }

    private boolean isAfterPivot(int position) {
      return steps.subList(0, position - 1).stream()
          .anyMatch(step -> step.role() == SagaRole.SAGA_ROLE_FINAL);
    }
  }

  private SagaModel() {}

  /**
   * Reads a descriptor set (as shipped in {@code META-INF/tam-protos/tam-protos.binpb}) and links
   * its files, resolving the TAM custom options.
   *
   * @param in the serialized {@code FileDescriptorSet}, including imports
   * @return every file of the set, in the set's order
   */
  static List<FileDescriptor> load(InputStream in) {
    try {
      return ContractSet.link(ContractSet.parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rebuilds the saga {@code sagaName} declared on {@code orchestrator} and checks it against the
   * participating RPCs' own {@code saga_step} options.
   *
   * <p>Checked: every step names an existing RPC; the declared role equals the RPC's role; a
   * COMPENSATABLE step names a compensation in its own service whose role is COMPENSATION, and no
   * other step names one; every step and compensation has a top-level {@code string saga_id} in its
   * request; the steps are ordered COMPENSATABLE*, then exactly one FINAL, then BEST_EFFORT*.
   *
   * @param files the linked files that hold the orchestrator and every participant
   * @param orchestrator fully qualified service name, for example {@code
   *     order.v1.OrderValidatorService}
   * @param sagaName the saga's {@code name}
   * @return the saga with its problems
   * @throws IllegalArgumentException if the service or the saga does not exist
   */
  static Saga reconstruct(Collection<FileDescriptor> files, String orchestrator, String sagaName) {
    Map<String, ServiceDescriptor> services = new HashMap<>();
    files.forEach(f -> f.getServices().forEach(s -> services.put(s.getFullName(), s)));
    ServiceDescriptor service = services.get(orchestrator);
    if (service == null) {
      throw new IllegalArgumentException("no service " + orchestrator);
    }
    SagaDefinition definition =
        service.getOptions().getExtension(AnnotationsProto.saga).stream()
            .filter(d -> d.getName().equals(sagaName))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no saga " + sagaName + " on " + orchestrator));

    List<Step> steps = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int position = 0;
    for (SagaDefinitionStep declared : definition.getStepsList()) {
      position++;
      String where = "step " + position + " (" + declared.getMethod() + ")";
      MethodDescriptor method = findMethod(services, declared.getMethod());
      if (method == null) {
        problems.add(where + ": no such RPC");
        steps.add(new Step(position, declared.getMethod(), declared.getRole(), ""));
        continue;
      }
      SagaStepOptions own = method.getOptions().getExtension(AnnotationsProto.sagaStep);
      if (own.getRole() != declared.getRole()) {
        problems.add(
            where + ": declared " + declared.getRole() + " but the RPC says " + own.getRole());
      }
      requireSagaId(method, where, problems);
      String compensation = "";
      if (declared.getRole() == SagaRole.SAGA_ROLE_COMPENSATABLE) {
        compensation = checkCompensation(method, own, where, problems);
      } else if (!own.getCompensatedBy().isEmpty()) {
        problems.add(where + ": only COMPENSATABLE steps may name compensated_by");
      }
      steps.add(new Step(position, declared.getMethod(), declared.getRole(), compensation));
    }
    checkOrder(steps, problems);
    return new Saga(definition.getName(), steps, problems);
  }

  /**
   * Lists the differences between an expected saga and a rebuilt one, including the rebuilt saga's
   * own problems. Empty means they agree.
   *
   * @param expected the steps the saga must have, in order
   * @param actual the rebuilt saga
   * @return one line per difference
   */
  static List<String> mismatches(List<Step> expected, Saga actual) {
    List<String> result = new ArrayList<>(actual.problems());
    int count = Math.max(expected.size(), actual.steps().size());
    for (int i = 0; i < count; i++) {
      Step want = i < expected.size() ? expected.get(i) : null;
      Step got = i < actual.steps().size() ? actual.steps().get(i) : null;
      if (!Objects.equals(want, got)) {
        result.add("step " + (i + 1) + ": expected " + want + " but was " + got);
      }
    }
    return List.copyOf(result);
  }

  private static MethodDescriptor findMethod(
      Map<String, ServiceDescriptor> services, String fullName) {
    int dot = fullName.lastIndexOf('.');
    if (dot < 0) {
      return null;
    }
    ServiceDescriptor service = services.get(fullName.substring(0, dot));
    return service == null ? null : service.findMethodByName(fullName.substring(dot + 1));
  }

  private static String checkCompensation(
      MethodDescriptor method, SagaStepOptions own, String where, List<String> problems) {
    if (own.getCompensatedBy().isEmpty()) {
      problems.add(where + ": COMPENSATABLE but names no compensated_by");
      return "";
    }
    MethodDescriptor compensation = method.getService().findMethodByName(own.getCompensatedBy());
    String fullName = method.getService().getFullName() + "." + own.getCompensatedBy();
    if (compensation == null) {
      problems.add(where + ": compensation " + fullName + " does not exist");
      return fullName;
    }
    SagaRole role = compensation.getOptions().getExtension(AnnotationsProto.sagaStep).getRole();
    if (role != SagaRole.SAGA_ROLE_COMPENSATION) {
      problems.add(where + ": compensation " + fullName + " has role " + role);
    }
    requireSagaId(compensation, "compensation " + fullName, problems);
    return fullName;
  }

  private static void requireSagaId(MethodDescriptor method, String where, List<String> problems) {
    FieldDescriptor sagaId = method.getInputType().findFieldByName("saga_id");
    if (sagaId == null || sagaId.getType() != FieldDescriptor.Type.STRING || sagaId.isRepeated()) {
      String request = method.getInputType().getName();
      problems.add(where + ": request " + request + " lacks string saga_id");
    }
  }

  private static void checkOrder(List<Step> steps, List<String> problems) {
    int finals = 0;
    for (Step step : steps) {
      switch (step.role()) {
        case SAGA_ROLE_COMPENSATABLE -> {
          if (finals > 0) {
            problems.add("step " + step.position() + ": COMPENSATABLE after the FINAL step");
          }
        }
        case SAGA_ROLE_FINAL -> finals++;
        case SAGA_ROLE_BEST_EFFORT -> {
          if (finals == 0) {
            problems.add("step " + step.position() + ": BEST_EFFORT before the FINAL step");
          }
        }
        default -> problems.add("step " + step.position() + ": role " + step.role());
      }
    }
    if (finals != 1) {
      problems.add("saga has " + finals + " FINAL steps, expected exactly 1");
    }
  }
}
