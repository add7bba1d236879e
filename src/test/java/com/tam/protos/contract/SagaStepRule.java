package com.tam.protos.contract;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.common.v1.SagaStepOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Every saga RPC (method option {@code (common.v1.saga_step)}) is well formed.
 *
 * <ul>
 *   <li>its request has a top-level {@code string saga_id} with the id rule;
 *   <li>its role is not {@code SAGA_ROLE_UNSPECIFIED};
 *   <li>a {@code COMPENSATABLE} step names in {@code compensated_by} an RPC of the same service
 *       that is a write and has role {@code COMPENSATION};
 *   <li>only {@code COMPENSATABLE} steps set {@code compensated_by};
 *   <li>every {@code COMPENSATION} RPC is named by some compensatable step of its service.
 * </ul>
 */
public final class SagaStepRule implements ContractRule {

  @Override
  public String id() {
    return "SAGA_STEP";
  }

  @Override
  public String summary() {
    return "saga steps carry a saga_id, a role and a compensation that exists";
  }

  /** Returns the saga step options of an RPC, or null when it is not a saga participant. */
  static SagaStepOptions step(MethodDescriptor m) {
    return m.getOptions().hasExtension(AnnotationsProto.sagaStep)
        ? m.getOptions().getExtension(AnnotationsProto.sagaStep)
        : null;
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    contracts
        .methods()
        .forEach(
            m -> {
              SagaStepOptions step = step(m);
              if (step != null) {
                checkStep(m, step, out);
              }
            });
    return out;
  }

  private void checkStep(MethodDescriptor m, SagaStepOptions step, List<Violation> out) {
    FieldDescriptor sagaId = m.getInputType().findFieldByName("saga_id");
    if (sagaId == null) {
      out.add(
          Elements.violation(
              this,
              m,
              "is a saga step but "
                  + m.getInputType().getName()
                  + " has no top-level 'string saga_id'",
              "add 'string saga_id = N " + Elements.idRuleText() + "'"));
    } else {
      Elements.idRuleProblem(sagaId)
          .ifPresent(
              p ->
                  out.add(
                      Elements.violation(
                          this,
                          m,
                          "is a saga step but " + sagaId.getFullName() + " " + p,
                          "declare it as 'string saga_id = "
                              + sagaId.getNumber()
                              + " "
                              + Elements.idRuleText()
                              + "'")));
    }
    SagaRole role = step.getRole();
    if (role == SagaRole.SAGA_ROLE_UNSPECIFIED || role == SagaRole.UNRECOGNIZED) {
      out.add(
          Elements.violation(
              this,
              m,
              "has (common.v1.saga_step) with role " + role,
              "set role to SAGA_ROLE_COMPENSATABLE, SAGA_ROLE_COMPENSATION, SAGA_ROLE_FINAL or"
                  + " SAGA_ROLE_BEST_EFFORT"));
    }
    String compensatedBy = step.getCompensatedBy();
    if (role == SagaRole.SAGA_ROLE_COMPENSATABLE) {
      checkCompensation(m, compensatedBy, out);
    } else if (!compensatedBy.isEmpty()) {
      out.add(
          Elements.violation(
              this,
              m,
              "has role " + role + " but sets compensated_by \"" + compensatedBy + "\"",
              "remove compensated_by (only SAGA_ROLE_COMPENSATABLE steps name a compensation)"));
    }
    if (role == SagaRole.SAGA_ROLE_COMPENSATION) {
      boolean referenced =
          m.getService().getMethods().stream()
              .map(SagaStepRule::step)
              .anyMatch(
                  s ->
                      s != null
                          && s.getRole() == SagaRole.SAGA_ROLE_COMPENSATABLE
                          && s.getCompensatedBy().equals(m.getName()));
      if (!referenced) {
        out.add(
            Elements.violation(
                this,
                m,
                "has role SAGA_ROLE_COMPENSATION but no SAGA_ROLE_COMPENSATABLE step of "
                    + m.getService().getFullName()
                    + " names it in compensated_by",
                "set compensated_by: \""
                    + m.getName()
                    + "\" on the step it undoes, or change its role"));
      }
    }
  }

  private void checkCompensation(MethodDescriptor m, String compensatedBy, List<Violation> out) {
    if (compensatedBy.isEmpty()) {
      out.add(
          Elements.violation(
              this,
              m,
              "has role SAGA_ROLE_COMPENSATABLE but no compensated_by",
              "set compensated_by to the simple name of the RPC of "
                  + m.getService().getName()
                  + " that undoes it"));
      return;
    }
    MethodDescriptor target = m.getService().findMethodByName(compensatedBy);
    if (target == null) {
      out.add(
          Elements.violation(
              this,
              m,
              "names compensated_by \""
                  + compensatedBy
                  + "\", which is not an RPC of "
                  + m.getService().getFullName(),
              "name an existing RPC of the same service (simple name, no package)"));
      return;
    }
    if (!Elements.isWrite(target)) {
      out.add(
          Elements.violation(
              this,
              m,
              "is compensated by " + target.getFullName() + ", which is not a write (IDEMPOTENT)",
              "make " + target.getName() + " a write: 'option idempotency_level = IDEMPOTENT;'"));
    }
    SagaStepOptions targetStep = step(target);
    if (targetStep == null || targetStep.getRole() != SagaRole.SAGA_ROLE_COMPENSATION) {
      out.add(
          Elements.violation(
              this,
              m,
              "is compensated by "
                  + target.getFullName()
                  + ", whose saga role is "
                  + (targetStep == null ? "not declared" : targetStep.getRole().name())
                  + ", not SAGA_ROLE_COMPENSATION",
              "add 'option (common.v1.saga_step) = {role: SAGA_ROLE_COMPENSATION};' to "
                  + target.getName()));
    }
  }
}
