package com.tam.protos.contract;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * The request of every write RPC ({@code IDEMPOTENT}) has a top-level {@code string
 * idempotency_key} with the id rule: {@code min_len >= 1}, {@code max_len <= 128} and {@code
 * pattern == ContractPatterns.ID}.
 */
public final class IdempotencyKeyRule implements ContractRule {

  @Override
  public String id() {
    return "IDEMPOTENCY_KEY";
  }

  @Override
  public String summary() {
    return "the request of every write has a validated top-level idempotency_key";
  }

  static final String FIELD = "idempotency_key";

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts
        .methods()
        .filter(Elements::isWrite)
        .map(this::check)
        .flatMap(Optional::stream)
        .toList();
  }

  private Optional<Violation> check(MethodDescriptor m) {
    Descriptor request = m.getInputType();
    FieldDescriptor key = request.findFieldByName(FIELD);
    String fix =
        "add 'string idempotency_key = N " + Elements.idRuleText() + "' to " + request.getName();
    if (key == null) {
      return Optional.of(
          Elements.violation(
              this,
              m,
              "is a write (IDEMPOTENT) but "
                  + request.getName()
                  + " has no top-level 'string idempotency_key'",
              fix));
    }
    return Elements.idRuleProblem(key)
        .map(
            problem ->
                Elements.violation(
                    this,
                    m,
                    "is a write (IDEMPOTENT) but " + key.getFullName() + " " + problem,
                    "declare it as 'string idempotency_key = "
                        + key.getNumber()
                        + " "
                        + Elements.idRuleText()
                        + "'"));
  }
}
