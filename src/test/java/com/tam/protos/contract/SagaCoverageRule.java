package com.tam.protos.contract;

import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.common.v1.SagaStepOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The saga declarations on the participants ({@code (common.v1.saga_step)}) and the saga
 * definitions on the orchestrators ({@code (common.v1.saga)}) describe the same sagas.
 *
 * <ul>
 *   <li>every RPC declared as a forward saga step (COMPENSATABLE, FINAL or BEST_EFFORT) is a step
 *       of some saga definition: a step that no orchestrator runs means the definition is missing
 *       it (or the declaration is stale);
 *   <li>every COMPENSATION RPC undoes a step that some definition runs;
 *   <li>a definition lists forward steps only (never a COMPENSATION RPC: compensations follow from
 *       the steps' {@code compensated_by}), each RPC at most once;
 *   <li>each COMPENSATABLE step of a definition names a compensation that exists in its service
 *       with role COMPENSATION;
 *   <li>the steps are ordered COMPENSATABLE*, then at most one FINAL (the pivot), then
 *       BEST_EFFORT*, and a BEST_EFFORT step only follows a FINAL one.
 * </ul>
 *
 * <p>{@link SagaDefinitionRule} checks that each step names an RPC with the same role; {@link
 * SagaStepRule} checks each participant on its own.
 */
public final class SagaCoverageRule implements ContractRule {

  @Override
  public String id() {
    return "SAGA_COVERAGE";
  }

  @Override
  public String summary() {
    return "every saga step and compensation belongs to a saga definition, whose steps are ordered"
        + " and compensated";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    Set<String> compensationsUsed = new HashSet<>();
    contracts
        .services()
        .forEach(
            s -> {
              for (SagaDefinition saga : s.getOptions().getExtension(AnnotationsProto.saga)) {
                checkDefinition(contracts, s, saga, defined, compensationsUsed, out);
              }
            });
    contracts
        .methods()
        .forEach(
            m -> {
              SagaStepOptions step = SagaStepRule.step(m);
              if (step == null || step.getRole() == SagaRole.SAGA_ROLE_UNSPECIFIED) {
                return;
              }
              if (step.getRole() == SagaRole.SAGA_ROLE_COMPENSATION) {
                if (!compensationsUsed.contains(m.getFullName())) {
                  out.add(
                      Elements.violation(
                          this,
                          m,
                          "has role SAGA_ROLE_COMPENSATION but undoes no step of any saga"
                              + " definition",
                          "list the step it undoes in the orchestrator's (common.v1.saga)"
                              + " definition, or remove its (common.v1.saga_step) option"));
                }
              } else if (!defined.contains(m.getFullName())) {
                out.add(
                    Elements.violation(
                        this,
                        m,
                        "has role "
                            + step.getRole().name()
                            + " but no saga definition (common.v1.saga) lists it as a step",
                        "add {method: \""
                            + m.getFullName()
                            + "\" role: "
                            + step.getRole().name()
                            + "} to the orchestrator's (common.v1.saga) definition in execution"
                            + " order, or remove its (common.v1.saga_step) option"));
              }
            });
    return out;
  }

  private void checkDefinition(
      ContractSet contracts,
      ServiceDescriptor s,
      SagaDefinition saga,
      Set<String> defined,
      Set<String> compensationsUsed,
      List<Violation> out) {
    String label = "declares saga \"" + saga.getName() + "\" whose step ";
    Set<String> seen = new HashSet<>();
    SagaRole previous = null;
    for (int i = 0; i < saga.getStepsCount(); i++) {
      SagaDefinitionStep step = saga.getSteps(i);
      String where = label + (i + 1) + " (" + step.getMethod() + ")";
      if (!seen.add(step.getMethod())) {
        out.add(
            Elements.violation(
                this,
                s,
                where + " repeats an earlier step",
                "list each RPC once; a saga calls each step once (retries reuse its key)"));
      }
      checkOrder(s, step.getRole(), previous, where, out);
      previous = step.getRole();
      Optional<MethodDescriptor> target = contracts.findMethod(step.getMethod());
      if (target.isEmpty()) {
        continue; // SagaDefinitionRule reports it.
      }
      MethodDescriptor m = target.get();
      defined.add(m.getFullName());
      SagaStepOptions declared = SagaStepRule.step(m);
      if (declared == null) {
        continue; // SagaDefinitionRule reports it.
      }
      if (declared.getRole() == SagaRole.SAGA_ROLE_COMPENSATION) {
        out.add(
            Elements.violation(
                this,
                s,
                where + " is a SAGA_ROLE_COMPENSATION RPC",
                "list forward steps only; a compensation runs because the step it undoes names it"
                    + " in compensated_by"));
        continue;
      }
      if (declared.getRole() != SagaRole.SAGA_ROLE_COMPENSATABLE) {
        continue;
      }
      MethodDescriptor compensation = m.getService().findMethodByName(declared.getCompensatedBy());
      SagaStepOptions compensationStep =
          compensation == null ? null : SagaStepRule.step(compensation);
      if (compensationStep == null
          || compensationStep.getRole() != SagaRole.SAGA_ROLE_COMPENSATION) {
        out.add(
            Elements.violation(
                this,
                s,
                where
                    + " is compensated by \""
                    + declared.getCompensatedBy()
                    + "\", which is not a SAGA_ROLE_COMPENSATION RPC of "
                    + m.getService().getFullName(),
                "name in compensated_by an RPC of the same service with role"
                    + " SAGA_ROLE_COMPENSATION"));
      } else {
        compensationsUsed.add(compensation.getFullName());
      }
    }
  }

  private void checkOrder(
      ServiceDescriptor s, SagaRole role, SagaRole previous, String where, List<Violation> out) {
    String problem = null;
    if (role == SagaRole.SAGA_ROLE_COMPENSATABLE
        && previous != null
        && previous != SagaRole.SAGA_ROLE_COMPENSATABLE) {
      problem = " is COMPENSATABLE after the pivot (a FINAL or BEST_EFFORT step)";
    } else if (role == SagaRole.SAGA_ROLE_FINAL
        && (previous == SagaRole.SAGA_ROLE_FINAL || previous == SagaRole.SAGA_ROLE_BEST_EFFORT)) {
      problem = " is a second pivot (FINAL after the FINAL step)";
    } else if (role == SagaRole.SAGA_ROLE_BEST_EFFORT
        && (previous == null || previous == SagaRole.SAGA_ROLE_COMPENSATABLE)) {
      problem = " is BEST_EFFORT before any FINAL step";
    }
    if (problem != null) {
      out.add(
          Elements.violation(
              this,
              s,
              where + problem,
              "order the steps COMPENSATABLE first, then the one FINAL step, then BEST_EFFORT"));
    }
  }
}
