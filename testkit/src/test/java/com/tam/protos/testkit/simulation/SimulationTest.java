package com.tam.protos.testkit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reduced simulation of the test command: the whole platform under faults, with fixed seeds and
 * a size that keeps the run short; every invariant must hold. The full run is {@code
 * scripts/simulate.sh} (docs/testkit.md, "Simulation").
 */
class SimulationTest {

  /** Every invariant holds. */
  private static void assertHolds(SimulationResult r) {
    assertThat(r.failures()).as(r.report()).isEmpty();
  }

  /**
   * The daily report succeeded on the attempt after the report worker crashes drawn for the run.
   */
  private static void assertReportSurvivedItsWorkerCrashes(SimulationResult r, int crashes) {
    assertThat(r.figures().get("daily report attempts"))
        .as(r.report())
        .isEqualTo(String.valueOf(crashes + 1));
  }

  @Test
  @DisplayName("120 concurrent orders with the default faults keep every invariant (seed 11)")
  void defaultFaults() {
    SimulationResult r =
        Simulation.run(
            Simulation.Config.of(11, 120, FaultProfile.DEFAULT),
            ReferenceSimulatedPlatform.factory());
    System.out.println(r.report());
    assertThat(r.figures().get("orders accepted")).isNotNull();
    assertThat(Long.parseLong(r.figures().get("fills"))).as(r.report()).isPositive();
    assertHolds(r);
    assertReportSurvivedItsWorkerCrashes(
        r, ReferenceSimulatedPlatform.reportWorkerCrashes(11, FaultProfile.DEFAULT));
  }

  @Test
  @DisplayName(
      "60 concurrent orders with heavy faults and report worker crashes keep every invariant"
          + " (seed 12)")
  void heavyFaults() {
    SimulationResult r =
        Simulation.run(
            Simulation.Config.of(12, 60, FaultProfile.HEAVY), ReferenceSimulatedPlatform.factory());
    System.out.println(r.report());
    assertHolds(r);
    int crashes = ReferenceSimulatedPlatform.reportWorkerCrashes(12, FaultProfile.HEAVY);
    assertThat(crashes).as("seed 12 draws crashes of the report worker").isPositive();
    assertReportSurvivedItsWorkerCrashes(r, crashes);
  }
}
