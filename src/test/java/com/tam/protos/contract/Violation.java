package com.tam.protos.contract;

/**
 * One breach of a contract rule.
 *
 * @param file the proto file, by import path (for example {@code wallet/v1/wallet_service.proto})
 * @param element the offending element with its kind and fully qualified name, for example {@code
 *     rpc wallet.v1.WalletService.DepositFunds}
 * @param rule the simple class name of the rule that found it
 * @param problem what is wrong, phrased to follow the element name
 * @param fix what to change so that the rule passes
 */
public record Violation(String file, String element, String rule, String problem, String fix) {

  /** Returns the one-line message printed by the contract test. */
  public String message() {
    return file + ": [" + rule + "] " + element + " " + problem + ". Fix: " + fix;
  }

  @Override
  public String toString() {
    return message();
  }
}
