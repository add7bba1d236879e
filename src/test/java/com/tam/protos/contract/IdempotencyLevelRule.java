package com.tam.protos.contract;

import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import java.util.List;

/**
 * Every RPC declares whether it is a read ({@code NO_SIDE_EFFECTS}) or a write ({@code
 * IDEMPOTENT}). An unset level is a violation, so a reviewer always sees the classification.
 */
public final class IdempotencyLevelRule implements ContractRule {

  @Override
  public String id() {
    return "IDEMPOTENCY_LEVEL";
  }

  @Override
  public String summary() {
    return "every RPC is classified as a read (NO_SIDE_EFFECTS) or a write (IDEMPOTENT)";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts
        .methods()
        .filter(
            m ->
                Elements.level(m) != IdempotencyLevel.NO_SIDE_EFFECTS
                    && Elements.level(m) != IdempotencyLevel.IDEMPOTENT)
        .map(
            m ->
                Elements.violation(
                    this,
                    m,
                    "declares no read/write classification (idempotency_level is "
                        + (m.getOptions().hasIdempotencyLevel()
                            ? Elements.level(m).name()
                            : "unset")
                        + ")",
                    "add 'option idempotency_level = NO_SIDE_EFFECTS;' for a read or 'option"
                        + " idempotency_level = IDEMPOTENT;' for a write (a write also needs"
                        + " 'string idempotency_key')"))
        .toList();
  }
}
