package com.tam.protos.testkit.simulation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one simulation run: its figures and its invariants.
 *
 * @param run what reproduces it
 * @param figures named figures, in report order (orders, fills, faults per kind, retries, ...)
 * @param invariants every invariant's outcome
 * @param duration wall-clock time of the run
 */
public record SimulationResult(
    Reproduction run, Map<String, String> figures, List<Invariant> invariants, Duration duration) {

  /**
   * Whether every invariant holds.
   *
   * @return true when all hold
   */
  public boolean ok() {
    return invariants.stream().allMatch(Invariant::ok);
  }

  /**
   * The invariants that failed.
   *
   * @return the failures
   */
  public List<Invariant> failures() {
    return invariants.stream().filter(i -> !i.ok()).toList();
  }

  /**
   * A human-readable report: figures, then every invariant, then the verdict with the seed.
   *
   * @return the report
   */
  public String report() {
    StringBuilder b = new StringBuilder();
    b.append("Simulation ").append(run.describe()).append('\n');
    figures.forEach((k, v) -> b.append(String.format("  %-28s %s%n", k, v)));
    b.append(String.format("  %-28s %.1f s%n", "duration", duration.toMillis() / 1000.0));
    invariants.forEach(i -> b.append("  ").append(i).append('\n'));
    b.append(
        ok()
            ? "ALL INVARIANTS HOLD"
            : failures().size() + " INVARIANT(S) FAILED; " + run.describe());
    return b.toString();
  }
}
