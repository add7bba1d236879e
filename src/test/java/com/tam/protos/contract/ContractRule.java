package com.tam.protos.contract;

import java.util.List;

/**
 * A contract rule: a check over the compiled descriptors of every file in {@code proto/}.
 *
 * <p>Implementations are small final classes, one per rule, and are listed in {@link
 * ContractRules#all()}. A rule never reads file names from a hand-written list: it walks {@link
 * ContractSet#files()}, so a file added later is covered without a code change.
 */
public interface ContractRule {

  /**
   * Returns the rule's stable id, UPPER_SNAKE_CASE (for example {@code IDEMPOTENCY_LEVEL}). The id
   * heads the rule's section in docs/CONTRACT-RULES.md and never changes once published, even if
   * the class is renamed.
   */
  String id();

  /**
   * Returns what the rule requires, in one line in lower case without a final period (for example
   * "every RPC is classified as a read or a write"). The rule index of docs/CONTRACT-RULES.md is
   * generated from it.
   */
  String summary();

  /** Returns the name printed in violation messages: the rule's simple class name. */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Checks the contracts.
   *
   * @param contracts the files to check and everything they import
   * @return every violation found, empty when the contracts follow the rule
   */
  List<Violation> check(ContractSet contracts);
}
