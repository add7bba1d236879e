package com.tam.protos.testkit.simulation;

/**
 * What reproduces a simulation run exactly: its seed, its size and its fault profile. Printed with
 * every failing invariant.
 *
 * @param seed the seed of every random choice (ids, the driver's choices, the injected faults)
 * @param orders the number of bet placements
 * @param faults the fault profile
 */
public record Reproduction(long seed, int orders, FaultProfile faults) {

  /**
   * The command that reruns this simulation from a fresh clone.
   *
   * @return a shell command line
   */
  public String command() {
    return "scripts/simulate.sh --seed "
        + seed
        + " --orders "
        + orders
        + " --faults "
        + faults.name();
  }

  /**
   * One line naming the seed and the command, appended to every failure.
   *
   * @return the line
   */
  public String describe() {
    return "seed " + seed + "; reproduce with: " + command();
  }
}
