package com.tam.protos.contract;

import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaStepOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every saga definition (service option {@code (common.v1.saga)}) can be rebuilt from the
 * descriptors. Each step's {@code method} is the full name {@code pkg.Service.Method} of a known
 * RPC, in any contract file, and the step's {@code role} equals that RPC's own {@code saga_step}
 * role. A definition has at least one step.
 */
public final class SagaDefinitionRule implements ContractRule {

  @Override
  public String id() {
    return "SAGA_DEFINITION";
  }

  @Override
  public String summary() {
    return "every step of a saga definition names an RPC with the same role";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    List<Violation> out = new ArrayList<>();
    contracts
        .services()
        .forEach(
            s -> {
              for (SagaDefinition saga : s.getOptions().getExtension(AnnotationsProto.saga)) {
                check(contracts, s, saga, out);
              }
            });
    return out;
  }

  private void check(
      ContractSet contracts, ServiceDescriptor s, SagaDefinition saga, List<Violation> out) {
    String label = "declares saga \"" + saga.getName() + "\" whose ";
    if (saga.getStepsList().isEmpty()) {
      out.add(
          Elements.violation(
              this,
              s,
              "declares saga \"" + saga.getName() + "\" with no steps",
              "list the saga's steps in execution order"));
    }
    for (int i = 0; i < saga.getStepsCount(); i++) {
      SagaDefinitionStep step = saga.getSteps(i);
      Optional<MethodDescriptor> target = contracts.findMethod(step.getMethod());
      if (target.isEmpty()) {
        out.add(
            Elements.violation(
                this,
                s,
                label
                    + "step "
                    + (i + 1)
                    + " names method \""
                    + step.getMethod()
                    + "\", which is not an RPC of any contract file",
                "use the fully qualified name 'pkg.Service.Method' of an existing RPC, for example"
                    + " \"wallet.v1.WalletService.ReserveBalance\""));
        continue;
      }
      SagaStepOptions declared = SagaStepRule.step(target.get());
      if (declared == null || declared.getRole() != step.getRole()) {
        out.add(
            Elements.violation(
                this,
                s,
                label
                    + "step "
                    + (i + 1)
                    + " ("
                    + step.getMethod()
                    + ") has role "
                    + step.getRole().name()
                    + " but the RPC declares "
                    + (declared == null
                        ? "no (common.v1.saga_step)"
                        : "role " + declared.getRole().name()),
                "make the step's role equal the RPC's (common.v1.saga_step) role, or declare"
                    + " that role on the RPC"));
      }
    }
  }
}
