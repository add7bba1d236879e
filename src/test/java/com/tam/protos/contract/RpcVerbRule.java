package com.tam.protos.contract;

import com.google.protobuf.DescriptorProtos.MethodOptions.IdempotencyLevel;
import com.google.protobuf.Descriptors.MethodDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * The verb of an RPC name agrees with its classification. Read verbs ({@link RpcVerbs#READS}) need
 * {@code NO_SIDE_EFFECTS}, write verbs ({@link RpcVerbs#WRITES}) need {@code IDEMPOTENT}; a verb in
 * neither list is a violation.
 */
public final class RpcVerbRule implements ContractRule {

  @Override
  public String id() {
    return "RPC_VERB";
  }

  @Override
  public String summary() {
    return "an RPC's leading verb agrees with its read/write classification";
  }

  @Override
  public List<Violation> check(ContractSet contracts) {
    return contracts.methods().map(this::check).flatMap(Optional::stream).toList();
  }

  private Optional<Violation> check(MethodDescriptor m) {
    String verb = RpcVerbs.verbOf(m.getName()).orElse(m.getName());
    IdempotencyLevel level = Elements.level(m);
    if (RpcVerbs.READS.contains(verb)) {
      if (level == IdempotencyLevel.IDEMPOTENT) {
        return Optional.of(
            Elements.violation(
                this,
                m,
                "starts with the read verb '"
                    + verb
                    + "' but is classified as a write (IDEMPOTENT)",
                "rename it with a write verb from RpcVerbs.WRITES, or make it a read with 'option"
                    + " idempotency_level = NO_SIDE_EFFECTS;'"));
      }
      return Optional.empty();
    }
    if (RpcVerbs.WRITES.contains(verb)) {
      if (level == IdempotencyLevel.NO_SIDE_EFFECTS) {
        return Optional.of(
            Elements.violation(
                this,
                m,
                "starts with the write verb '"
                    + verb
                    + "' but is classified as a read (NO_SIDE_EFFECTS)",
                "rename it with a read verb from RpcVerbs.READS, or make it a write with 'option"
                    + " idempotency_level = IDEMPOTENT;' and a 'string idempotency_key'"));
      }
      return Optional.empty();
    }
    return Optional.of(
        Elements.violation(
            this,
            m,
            "starts with the verb '" + verb + "', which is neither a read nor a write verb",
            "use a verb from RpcVerbs.READS "
                + RpcVerbs.READS.stream().sorted().toList()
                + " or RpcVerbs.WRITES, or add '"
                + verb
                + "' to RpcVerbs (src/test/java/com/tam/protos/contract/RpcVerbs.java) and to"
                + " the verb table in docs/CONVENTIONS.md, on purpose and in review"));
  }
}
