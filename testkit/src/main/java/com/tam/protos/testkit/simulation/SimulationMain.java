package com.tam.protos.testkit.simulation;

/**
 * The command line of {@code scripts/simulate.sh}: {@code [--seed S] [--orders N] [--faults
 * default|none|heavy]} (defaults 1, 1000, default). Runs the simulation on the reference platform,
 * prints its report and exits 0 when every invariant holds, 1 when one fails, 2 on bad arguments.
 */
public final class SimulationMain {

  private SimulationMain() {}

  /**
   * Runs one simulation.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    long seed = 1;
    int orders = 1000;
    FaultProfile faults = FaultProfile.DEFAULT;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--seed" -> seed = Long.parseLong(require(args[i], value));
          case "--orders" -> orders = Integer.parseInt(require(args[i], value));
          case "--faults" -> faults = FaultProfile.named(require(args[i], value));
          default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
        }
        i++;
      }
      if (orders < 10) {
        throw new IllegalArgumentException("--orders must be at least 10, not " + orders);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(
          "usage: scripts/simulate.sh [--seed S] [--orders N] [--faults default|none|heavy]");
      System.exit(2);
      return;
    }
    SimulationResult result =
        Simulation.run(
            Simulation.Config.of(seed, orders, faults), ReferenceSimulatedPlatform.factory());
    System.out.println(result.report());
    System.exit(result.ok() ? 0 : 1);
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
