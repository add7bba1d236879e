package com.tam.protos.testkit.validator;

import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import com.tam.protos.common.v1.AnnotationsProto;
import com.tam.protos.common.v1.SagaDefinition;
import com.tam.protos.common.v1.SagaDefinitionStep;
import com.tam.protos.common.v1.SagaRole;
import com.tam.protos.common.v1.SagaStepOptions;
import com.tam.protos.order.v1.OrderBookServiceProto;
import com.tam.protos.order.v1.OrderValidatorServiceProto;
import com.tam.protos.risk.v1.RiskServiceProto;
import com.tam.protos.wallet.v1.WalletServiceProto;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bet-placement saga as the contract declares it: the steps, their order and roles from {@code
 * (common.v1.saga)} on {@code order.v1.OrderValidatorService}, and each compensatable step's
 * compensation from {@code (common.v1.saga_step).compensated_by} on the participant's RPC. The
 * workflow runs whatever this says, so a change of the declaration changes the workflow.
 *
 * @param name the saga's name ({@code bet_placement})
 * @param steps the forward steps in execution order
 */
public record BetPlacementSaga(String name, List<Step> steps) {

  /** The saga's declared name. */
  public static final String NAME = "bet_placement";

  /**
   * One forward step.
   *
   * @param position 1-based position in the declaration
   * @param method the RPC's full name, for example {@code wallet.v1.WalletService.ReserveBalance}
   * @param role its declared role
   * @param compensation the full name of its compensation, empty unless COMPENSATABLE
   */
  public record Step(int position, String method, SagaRole role, String compensation) {
    /**
     * The step's simple RPC name, for example {@code ReserveBalance}.
     *
     * @return the name
     */
    public String rpc() {
      return method.substring(method.lastIndexOf('.') + 1);
    }

    /**
     * The compensation's simple RPC name, for example {@code CancelReservation}.
     *
     * @return the name, empty when none
     */
    public String compensationRpc() {
      return compensation.isEmpty()
          ? ""
          : compensation.substring(compensation.lastIndexOf('.') + 1);
    }
  }

  /** Checks the values. */
  public BetPlacementSaga {
    steps = List.copyOf(steps);
  }

  /**
   * Reads the saga from the compiled descriptors of tam-protos.
   *
   * @return the saga
   * @throws IllegalStateException when the declaration is missing or names an unknown RPC
   */
  public static BetPlacementSaga fromDescriptors() {
    ServiceDescriptor validator =
        OrderValidatorServiceProto.getDescriptor().findServiceByName("OrderValidatorService");
    Map<String, ServiceDescriptor> participants =
        Map.of(
            "wallet.v1.WalletService",
            WalletServiceProto.getDescriptor().findServiceByName("WalletService"),
            "order.v1.OrderBookService",
            OrderBookServiceProto.getDescriptor().findServiceByName("OrderBookService"),
            "risk.v1.RiskService",
            RiskServiceProto.getDescriptor().findServiceByName("RiskService"));
    SagaDefinition definition =
        validator.getOptions().getExtension(AnnotationsProto.saga).stream()
            .filter(d -> d.getName().equals(NAME))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no (common.v1.saga) named " + NAME));
    List<Step> steps = new ArrayList<>();
    int position = 0;
    for (SagaDefinitionStep s : definition.getStepsList()) {
      position++;
      String service = s.getMethod().substring(0, s.getMethod().lastIndexOf('.'));
      String rpc = s.getMethod().substring(s.getMethod().lastIndexOf('.') + 1);
      ServiceDescriptor owner = participants.get(service);
      MethodDescriptor method = owner == null ? null : owner.findMethodByName(rpc);
      if (method == null) {
        throw new IllegalStateException("saga step names an unknown RPC: " + s.getMethod());
      }
      SagaStepOptions options = method.getOptions().getExtension(AnnotationsProto.sagaStep);
      String compensation =
          s.getRole() == SagaRole.SAGA_ROLE_COMPENSATABLE
              ? service + "." + options.getCompensatedBy()
              : "";
      steps.add(new Step(position, s.getMethod(), s.getRole(), compensation));
    }
    return new BetPlacementSaga(definition.getName(), steps);
  }

  /**
   * The position of a step by its simple RPC name.
   *
   * @param rpc for example {@code ReserveBalance}
   * @return the 1-based position, or 0 when the saga has no such step
   */
  public int positionOf(String rpc) {
    return steps.stream()
        .filter(s -> s.rpc().equals(rpc))
        .mapToInt(Step::position)
        .findFirst()
        .orElse(0);
  }

  /**
   * The documented idempotency-key suffix of a saga RPC ({@code <saga_id>:<suffix>}).
   *
   * @param rpc the simple RPC name
   * @return for example {@code reserve} for {@code ReserveBalance}
   */
  public static String keySuffix(String rpc) {
    return switch (rpc) {
      case "AssessBet" -> "assess";
      case "ReserveBalance" -> "reserve";
      case "PlaceBet" -> "place";
      case "CommitReservation" -> "commit";
      case "ConfirmBet" -> "confirm";
      case "CancelBet" -> "cancel-bet";
      case "CancelReservation" -> "cancel-reservation";
      case "ReleaseBetLimits" -> "release-limits";
      default -> throw new IllegalArgumentException("not a saga RPC: " + rpc);
    };
  }
}
