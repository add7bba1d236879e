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
