package com.tam.protos.testkit.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reduced simulation of the test command: the whole platform under faults, with fixed seeds and
 * a size that keeps the run short; every invariant must hold. The full run is {@code
 * scripts/simulate.sh} (docs/testkit.md, "Simulation").
 */
class SimulationTest {

  /**
   * Every invariant holds. One exception is tolerated, and only in this exact form: while the
   * platform assembles no reporting-service, {@code reporting-agrees-with-wallet} fails because
   * GenerateReport answers UNIMPLEMENTED.
   */
  private static void assertHolds(SimulationResult r) {
    List<Invariant> failures =
        r.failures().stream()
            .filter(
                i ->
                    !(i.name().equals(Invariants.REPORTING_AGREES)
                        && i.details().contains("UNIMPLEMENTED")))
            .toList();
    assertThat(failures).as(r.report()).isEmpty();
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
  }

  @Test
  @DisplayName("60 concurrent orders with heavy faults keep every invariant (seed 12)")
  void heavyFaults() {
    SimulationResult r =
        Simulation.run(
            Simulation.Config.of(12, 60, FaultProfile.HEAVY), ReferenceSimulatedPlatform.factory());
    System.out.println(r.report());
    assertHolds(r);
  }
}
