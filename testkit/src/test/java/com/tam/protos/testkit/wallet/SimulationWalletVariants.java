package com.tam.protos.testkit.wallet;

/**
 * Switches on a reference wallet's deliberate defects for the simulation's broken-variant tests
 * (the defect switch is package-private).
 */
public final class SimulationWalletVariants {
  private SimulationWalletVariants() {}

  /**
   * Switches defects on.
   *
   * @param wallet the running wallet
   * @param defects names of {@code ReferenceWalletService.Defect} constants
   */
  public static void enable(ReferenceWalletService wallet, String... defects) {
    for (String d : defects) {
      wallet.enable(ReferenceWalletService.Defect.valueOf(d));
    }
  }
}
